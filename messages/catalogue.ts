/**
 * The shape of a catalogue: every problem code, accepted form and warning code
 * of core (and of the faces' own parsers) worded in one language. The mapped
 * types make a missing entry a type error; test/messages checks the Japanese
 * one is Japanese.
 */
import type {
  AcceptedCode,
  AcceptedParams,
  Call,
  ChartCode,
  ChartParams,
  CostProfileRule,
  DaysLine,
  EvidenceBudgets,
  EvidenceMeter,
  FieldId,
  FindingCode,
  LossName,
  MoneyAmount,
  OutsideQuantity,
  OwnershipPartCode,
  PricedEnd,
  PriceKind,
  ProblemCode,
  ProblemParams,
  RatioLine,
  ShareLine,
  UncertaintyBasis,
  WarningCode,
  WarningParams,
} from '../core/index.js';
import type { AnswerWords } from './answer.js';
import type { CorrectionWords } from './corrections.js';
import { percent } from './numbers.js';
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

/** The decide answer's first lines (core/headline.ts), worded by messages/headline.ts. */
export interface HeadlineWords {
  /** The call as a title: "Distil", "蒸留する". */
  call: Record<Call, string>;
  /** What the call means, one clause: "distillation beats training this student directly". */
  callMeaning: Record<Call, string>;
  /** The CLI's first line: "DISTIL: distillation beats …", with the meter: "DISTIL (extrapolated ×2.4 …): …". */
  callLine(call: Call, meter?: string): string;
  ratio: { [K in RatioLine['kind']]: (p: Extract<RatioLine, { kind: K }>) => string };
  days(p: DaysLine): string;
  cost(p: MoneyAmount): string;
  why(reasons: readonly string[]): string;
  outside(p: OutsideQuantity): string;
  lossAboveUniform(name: LossName): string;
  finding: Record<FindingCode, string>;
  found(finding: string): string;
  /** Where the evidence is: null means no budget brings the question inside it. */
  budgets(p: EvidenceBudgets | null): string;
  /** Those budgets in the person's money and days ('' when neither end is bounded). */
  budgetsPriced(p: { low: PricedEnd | null; high: PricedEnd | null }): string;
  /** Where the evidence is, in FLOPs and in the person's money and days, as one sentence or two on one line. */
  budgetsInMoney(budgets: EvidenceBudgets, priced: { low: PricedEnd | null; high: PricedEnd | null }): string;
  /** Beside a call that stands between 1× and 3× beyond a fitted range: "extrapolated ×2.4 (student tokens)". */
  meter(p: NonNullable<EvidenceMeter>): string;
  /** The call's confidence: "Distil wins in 93% of 200 plausible laws." */
  share(p: ShareLine): string;
  /** The set's fit could not pin these coefficients down. */
  unidentified(names: readonly string[]): string;
}

/** Cost profiles, total cost of ownership and the scenarios table (messages/costs.ts holds both languages). */
export interface CostWords {
  part: Record<OwnershipPartCode, string>;
  kind: Record<PriceKind, string>;
  /** The headline's money sentence under a profile: the total, with the rental inside it. */
  ownedCost(p: { total: MoneyAmount; rental: MoneyAmount; profile: string }): string;
  /** A line of a total: "failed and restarted runs  $1,234.00 (8.1%)". */
  share(share: number): string;
  totalLabel: string;
  /** A rental and the total cost of ownership beside it, both formatted. */
  withTotal(p: { rental: string; total: string }): string;
  profileLabel: string;
  /** One line: the total under a profile and each part with its share (parts come formatted). */
  ownershipLine(p: { profile: string; total: string; parts: readonly string[] }): string;
  /** A part and its share: "failed and restarted runs $20k (4.82%)". */
  partShare(p: { part: string; amount: string; share: number }): string;
  /** What a total leaves out (the codes it cannot count), or '' when it counts every part. */
  notCounted(parts: readonly string[]): string;
  /** After the days sentence: the profile's failed and restarted runs are in those days, as in the money. */
  restartDays(p: { share: number; profile: string }): string;
  /** The profile's amounts were converted from its currency at the answer's rate. */
  converted(p: { from: string; to: string }): string;
  /** A price the profile set: its discount, or the team's own price, and the table's price before it. */
  profilePrice(p: { profile: string; discount?: string; own?: string; table: string }): string;
  scenarios: {
    /** `flops` comes formatted as the face writes FLOPs. */
    title(p: { flops: string; currency: string }): string;
    columns: {
      offer: string;
      kind: string;
      price: string;
      asOf: string;
      gpuHours: string;
      cost: string;
      /** The cost band's low and high figures. */
      band: string;
      days: string;
      gpus: string;
      saving: string;
      total: string;
      gpu: string;
      peak: string;
    };
    none: string;
    /** A band's low and high figures, formatted. */
    range(low: string, high: string): string;
    /** "saves 42% ($1.2M) against lambda-h100-8x". */
    saving(p: { share: number; amount: string; against: string }): string;
    noOnDemand: string;
    /** One offer on one line (Slack): figures come formatted. */
    line(p: {
      offer: string;
      kind: string;
      cost: string;
      range: string;
      perHour: string;
      asOf: string;
      days: string;
      gpus: number;
      saving: string;
      /** The GPU's peak, formatted, where the rows' peaks differ. */
      peak?: string;
      total?: string;
    }): string;
    /** "Top 8 of 40 offers". */
    top(p: { shown: number; of: number }): string;
    cheapest(p: { kind: string; offer: string; cost: string }): string;
    /** A GPU without a peak at the precision asked runs at another one. */
    precisionDiffers(p: { gpu: string; asked: string; used: string }): string;
    peaksDiffer: string;
    band(p: { low: number; base: number; high: number }): string;
  };
  profileProblem: Record<CostProfileRule, (p: { list?: readonly string[] }) => string>;
  profileAccepted: Record<CostProfileRule, (p: { list?: readonly string[] }) => string>;
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
  return percent(fraction, 'significant');
}

/** "1.23%": a fit's error (MAPE, the largest error) as a percentage to 2 decimals, as `distilplan fit` prints it. */
export function fitErrorPercent(fraction: number): string {
  return percent(fraction, 'hundredths');
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
