/**
 * The shape of a catalogue: every problem code, accepted form and warning code
 * of core (and of the faces' own parsers) worded in one language. The mapped
 * types make a missing entry a type error; test/messages checks the Japanese
 * one is Japanese.
 */
import type {
  AcceptedCode,
  AcceptedParams,
  ChartCode,
  ChartParams,
  FieldId,
  ProblemCode,
  ProblemParams,
  UncertaintyBasis,
  WarningCode,
  WarningParams,
} from '../core/index.js';
import type { AnswerWords } from './answer.js';
import type { CorrectionWords } from './corrections.js';
import type { CostWords } from './costs.js';
import type { HeadlineWords } from './headline.js';
import type { PresetWords } from './presets.js';

export type Lang = 'en' | 'ja';
export type Face = 'cli' | 'slack' | 'sheets';

/** How a face names its inputs: `--compute`, `budget`, `compute`. */
export interface Names {
  face: Face;
  name(field: FieldId): string;
  /** An example of the field as typed on this face: `--student-params 1B`, `student=1B`, `1B`. */
  example(field: FieldId, value: string): string;
}

export interface Catalogue {
  lang: Lang;
  /** `/distil presets` and the share of plausible laws. */
  presets: PresetWords;
  /** What follows the subject: " is missing" (en), "がありません" (ja). */
  problems: { [C in ProblemCode]: (p: ProblemParams[C], n: Names) => string };
  accepted: { [C in AcceptedCode]: (p: AcceptedParams[C], n: Names) => string };
  warnings: { [C in WarningCode]: (p: WarningParams[C]) => string };
  /** A word the person typed, quoted: "hello", 「hello」. */
  quote(typed: string): string;
  /** The label before the accepted form: "Accepted", "使える形式". */
  acceptedLabel: string;
  /** The one-line message: "budget is missing. Accepted: …". */
  full(short: string, accepted: string): string;
  /** The decide answer's first lines (core/headline.ts). */
  headline: HeadlineWords;
  /** The words of an answer around its numbers (Slack's blocks). */
  answer: AnswerWords;
  /** Words of answers that more than one face shows. */
  phrases: Phrases;
  serving: ServingPhrases;
  /** The chart's labels (core/chart gives the codes). */
  chart: { [C in ChartCode]: (p: ChartParams) => string };
  /** The words around a corrected command (Slack's "Try" lines and the blanks in them). */
  corrections: CorrectionWords;
  /** Cost profiles, total cost of ownership and the scenarios table. */
  costs: CostWords;
}

/** An MFU band in the order of the money it gives: `low` is the MFU behind the low cost (the high MFU). */
export interface MfuOfBand {
  low: number;
  base: number;
  high: number;
}

export interface Phrases {
  /** What a cost band means: "if MFU is 40% (50%…30%)", so a range never reads as an overrun. */
  costBand(mfu: MfuOfBand): string;
  /** A band summed over parts that run at different MFUs (training and serving). */
  costBandByPart(): string;
  /** A law's 90% interval: "2.3101–2.3405 nats/token over 200 plausible laws (bootstrap, figure-1-residuals)". */
  lawInterval(p: { low: string; high: string; samples: number; basis: readonly UncertaintyBasis[] }): string;
  /** A decision under the plausible laws: "distil wins in 57% of 200 (90%: distilled 2.1–2.2, direct 2.1–2.2)". */
  plausibleDecision(p: { share: number; samples: number; distil: string; direct: string }): string;
}

/** "40%", "37.5%": an MFU as a percentage, three significant figures at most. */
export function percentOf(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}

/** "1.23%": a fit's error (MAPE, the largest error) as a percentage to 2 decimals, as `distilplan fit` prints it. */
export function fitErrorPercent(fraction: number): string {
  return `${(100 * fraction).toFixed(2)}%`;
}

/** "0.0110 nats": the size of a margin between two losses, 4 decimals as losses are shown (the law's lawSays). */
export function marginSize(margin: number): string {
  return `${Math.abs(margin).toFixed(4)} nats`;
}

/** Training + serving over a model's life (messages/serving.ts puts these in order; money comes formatted). */
export interface ServingPhrases {
  /** Which model costs least in all over the horizon. */
  cheapest(p: {
    name: string;
    days: number;
    tokensPerDay: number;
    total: string;
    training: string;
    serving: string;
  }): string;
  /**
   * Under a cost profile: which model costs least by its total cost of ownership (training, serving and what the
   * profile adds), `total` that total.
   */
  cheapestOwned(p: {
    name: string;
    days: number;
    tokensPerDay: number;
    total: string;
    training: string;
    serving: string;
    profile: string;
  }): string;
  /** One model (decide): its training + serving over the horizon. */
  single(p: { days: number; tokensPerDay: number; total: string; training: string; serving: string }): string;
  /** The model cheapest to run costs more to train than `other`: after `days` days it has paid that back. */
  paysBack(p: {
    runner: string;
    other: string;
    extra: string;
    savedPerDay: string;
    days: number;
    horizon: number;
    withinHorizon: boolean;
  }): string;
  /** The model cheapest to run is also not dearer to train than `other`. */
  fromStart(p: { runner: string; other: string }): string;
  /** The two cost the same a day to run; the runner's extra training never pays back. */
  never(p: { runner: string; other: string; extra: string }): string;
  /** One model's figures: training + serving a day = total over the horizon. */
  figures(p: { name: string; training: string; perDay: string; total: string; days: number }): string;
  /** What serving costs assume. */
  basis(p: { mfu: number; gpu: string }): string;
}
