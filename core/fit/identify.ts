/**
 * Which fitted coefficients the runs cannot pin down. A bootstrap interval
 * is only as honest as the fit's ability to move a coefficient: Table 6's
 * c1 = 522.6 has the degenerate interval (522.6, 522.6) (PAPER.md §2), the
 * mark of a coefficient the data do not determine. After every fit each
 * free coefficient is checked, in its fitting space (logs of the scale
 * coefficients):
 *
 * - `bound`: the fit or its resamples sit on a box bound;
 * - `wide`: the 90% interval spans more than a decade (scale coefficients)
 *   or more than WIDE_LINEAR (exponents, c0);
 * - `flat`: moving it alone by a factor 2 (or ±0.1) barely changes the objective;
 * - `frozen`: it does not move across resamples started from different
 *   points while the others do.
 */
import { interval90 } from '../math.js';
import type { FitModel } from './models.js';

export type UnidentifiedReason = 'bound' | 'wide' | 'flat' | 'frozen';

export interface Unidentified {
  name: string;
  reasons: UnidentifiedReason[];
}

/** A decade, for coefficients fitted as logarithms. */
export const WIDE_LOG = Math.log(10);
/** For exponents and c0: an interval wider than this is no estimate. */
export const WIDE_LINEAR = 0.5;
/** A step of the profile check: ×2 for scale coefficients, ±0.1 for the others. */
const STEP_LOG = Math.log(2);
const STEP_LINEAR = 0.1;
/** A profile step raising the objective by less than this share of it is flat. */
const FLAT_RISE = 1e-3;

export interface IdentifyInput {
  model: FitModel;
  /** Free coefficient indices (into the model's names) and the fit's optimum over them. */
  free: readonly number[];
  optimum: ArrayLike<number>;
  /** Each resample's optimum over the free coefficients, in fitting space. */
  resamples: readonly ArrayLike<number>[];
  /** The unweighted objective over the free coefficients (as the optimiser sees it). */
  value: (x: ArrayLike<number>) => number;
}

export function unidentifiedOf(input: IdentifyInput): Unidentified[] {
  const { model, free, optimum, resamples, value } = input;
  const best = value(optimum);
  const spreads = free.map((_, k) => spread(resamples.map((x) => x[k]!)));
  const anyMoved = spreads.some((s) => s.width > 1e-4);
  const found: Unidentified[] = [];
  free.forEach((i, k) => {
    const reasons: UnidentifiedReason[] = [];
    const log = model.logScale[i]!;
    const span = model.upper[i]! - model.lower[i]!;
    const near = (x: number): boolean => x - model.lower[i]! < 1e-3 * span || model.upper[i]! - x < 1e-3 * span;
    const s = spreads[k]!;
    if (near(optimum[k]!) || (resamples.length > 0 && (near(s.low) || near(s.high)))) reasons.push('bound');
    if (s.width > (log ? WIDE_LOG : WIDE_LINEAR)) reasons.push('wide');
    const step = log ? STEP_LOG : STEP_LINEAR;
    const rise = Math.min(risen(value, optimum, k, step, model, i), risen(value, optimum, k, -step, model, i)) - best;
    if (!(rise > FLAT_RISE * Math.max(best, 1e-12))) reasons.push('flat');
    if (resamples.length > 1 && anyMoved && s.width < 1e-6 * Math.max(1, Math.abs(optimum[k]!))) reasons.push('frozen');
    if (reasons.length > 0) found.push({ name: model.names[i]!, reasons });
  });
  return found;
}

/** The objective with coefficient k moved by `step` (inside the bounds). */
function risen(
  value: IdentifyInput['value'],
  optimum: ArrayLike<number>,
  k: number,
  step: number,
  model: FitModel,
  i: number,
): number {
  const x = Array.from(optimum);
  x[k] = Math.min(model.upper[i]!, Math.max(model.lower[i]!, x[k]! + step));
  const moved = value(x);
  return Number.isFinite(moved) ? moved : Number.POSITIVE_INFINITY;
}

/** The 5th–95th percentile span of values. */
function spread(values: number[]): { low: number; high: number; width: number } {
  if (values.length === 0) return { low: Number.NaN, high: Number.NaN, width: 0 };
  const [low, high] = interval90([...values]);
  return { low, high, width: high - low };
}
