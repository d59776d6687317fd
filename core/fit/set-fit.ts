/**
 * What a fit recorded, as a coefficient set carries it (core/coefficients.ts)
 * and a set file stores it (setfile.ts). Types only, apart from the fitter, so
 * the shipped sets and their Figure-1 bootstrap (figure1-samples.ts) can name
 * it without importing the fitter that wrote it.
 */
import type { CoefficientName, Law } from './models.js';

/** A quantity's observed span in the fitted runs; keys as in the evidence policy (core/validity.ts). */
export interface FittedSpan {
  low: number;
  high: number;
}

export type RunQuantity =
  | 'supervisedParams'
  | 'supervisedTokens'
  | 'supervisedLoss'
  | 'studentParams'
  | 'studentTokens'
  | 'teacherLoss'
  | 'studentLoss';

/** What a fit recorded: carried by a set read from a file. */
export interface SetFit {
  law: Law;
  /** The set the held coefficients came from. */
  base: string;
  fitted: CoefficientName[];
  fixed: CoefficientName[];
  runs: { count: number; ranges: Partial<Record<RunQuantity, FittedSpan>> };
  quality: { mape: number; maxError: number; objective: number };
  /** 90% bootstrap intervals of the fitted coefficients. */
  intervals: Record<string, [number, number]>;
  /** Each resample's fitted coefficients in the order of `fitted`; empty without a bootstrap. */
  bootstrap: { resamples: number; seed: number; samples: number[][] };
  /** Fitted coefficients the runs could not pin down (core/fit/identify.ts); absent in files written before. */
  unidentified?: CoefficientName[];
}
