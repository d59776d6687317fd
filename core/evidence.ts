/**
 * The evidence policy: when the laws' verdict is something a person can act
 * on. The laws answer everywhere, but Busbridge et al. (2025) fitted them on a
 * bounded set of runs (PAPER.md §7). Each decision gets a `call` beside the
 * law's `verdict`, and an evidence meter (how far the question lies outside
 * the fitted ranges, and on which quantity):
 *
 * - `outside-evidence`: a quantity the plan leans on lies more than
 *   EVIDENCE_FACTOR beyond the fitted ranges, or a loss is above
 *   ln(vocabulary) (worse than a uniform guess, so never a prediction);
 * - otherwise the share of the set's plausible laws in which distillation wins
 *   (core/plausible.ts: the law's whole error, both routes) decides: `distil`
 *   at ≥ 90%, `train` at ≤ 10%, `close-call` in between. Between 1× and 3×
 *   beyond the ranges the call stands, with the meter beside it.
 *
 * Core speaks in codes and numbers only; faces word them.
 */
import type { CoefficientSet } from './coefficients.js';
import { fittedRangeOf } from './fit/setfile.js';
import { LIMIT_INCONSISTENCY_NATS, REPORTED_RELATIVE_ERROR } from './plausible.js';
import { FITTED_RANGES, type FittedQuantity, UNIFORM_LOSS_NATS } from './validity.js';

export { UNIFORM_LOSS_NATS, VOCABULARY_SIZE } from './validity.js';

export type Call = 'distil' | 'train' | 'close-call' | 'outside-evidence';

/**
 * How far beyond a fitted range a quantity may go before the answer stops
 * being evidence: 3× in counts (parameters, tokens). The paper's own
 * extrapolation checks (weaker to stronger models, Fig. 5) reach a few times
 * past the fitted runs; beyond that a verdict is the formula's shape, not the
 * data's. Losses are measured by the count factor that moves the reducible
 * loss L − E as much through Eq. 1's parameter term: ratio^(1/(α·γ)).
 */
export const EVIDENCE_FACTOR = 3;

/** Inside the evidence, distil when at least this share of plausible laws give distillation the win… */
export const PLAUSIBLE_AGREEMENT = 0.9;
/** …and train when at most this share do (1 − 0.9, written out so 20 of 200 is exactly on it). */
export const TRAIN_SHARE = 0.1;

export { LIMIT_INCONSISTENCY_NATS } from './plausible.js';

/**
 * The laws' prediction-error band at this loss, in nats, for reference: the paper's reported ≲1% error (§4.4) of
 * the larger of the two losses, plus the distillation law's 0.012-nat limit inconsistency (PAPER.md §2) when the
 * teacher is trained for the purpose. `evidence.closeCallNats` in `--json` (named when a margin inside it was the
 * close call); the call now follows verdictShare, which weighs these errors law by law (core/plausible.ts).
 */
export function closeCallNats(
  values: Pick<EvidenceValues, 'studentLoss' | 'supervisedLoss'>,
  teacherTrained: boolean,
): number {
  const lawError = REPORTED_RELATIVE_ERROR * Math.max(values.studentLoss, values.supervisedLoss);
  return lawError + (teacherTrained ? LIMIT_INCONSISTENCY_NATS : 0);
}

/** What the paper found for a teacher situation (§4, App. D), as a code the faces word. */
export type FindingCode =
  /** No teacher, one student: the teacher's training counts in full; direct training is better. */
  | 'teacher-for-one-student-train-directly'
  /** A new teacher shared by several students: worthwhile only below a budget that grows with the student. */
  | 'shared-teacher-distil-below-crossover'
  /** An existing teacher: distillation wins at low compute, direct training above a budget growing with the student. */
  | 'existing-teacher-distil-below-crossover';

export type TeacherKind = 'existing' | 'new-for-one' | 'new-shared';

export function findingFor(teacher: TeacherKind): FindingCode {
  if (teacher === 'new-for-one') return 'teacher-for-one-student-train-directly';
  if (teacher === 'new-shared') return 'shared-teacher-distil-below-crossover';
  return 'existing-teacher-distil-below-crossover';
}

/** The quantities a decision leans on, checked against the fitted ranges. */
export type EvidenceQuantity = 'studentParams' | 'studentTokens' | 'supervisedTokens' | 'teacherLoss' | 'studentLoss';

export interface OutsideQuantity {
  quantity: EvidenceQuantity;
  value: number;
  /** The fitted range (PAPER.md §7); `low` 0 means only the upper end is known. */
  fittedLow: number;
  fittedHigh: number;
  side: 'below' | 'above';
  /**
   * How many times beyond the range: value/high or low/value for counts; for losses the count factor that moves
   * the reducible loss as much (reducible-loss ratio^(1/(α·γ))).
   */
  factor: number;
}

/** Losses that are worse than a uniform guess: the law extrapolated to nonsense. */
export type LossName = 'distilLoss' | 'supervisedLoss';

export interface EvidenceValues {
  studentParams: number;
  studentTokens: number;
  supervisedTokens: number;
  teacherLoss: number;
  /** The distilled student's loss. */
  studentLoss: number;
  supervisedLoss: number;
}

const QUANTITIES: readonly EvidenceQuantity[] = [
  'studentParams',
  'studentTokens',
  'supervisedTokens',
  'teacherLoss',
  'studentLoss',
];

/** Each quantity beyond its fitted range (factor > 1), largest factor first. */
export function beyondRanges(set: CoefficientSet, values: EvidenceValues): OutsideQuantity[] {
  const found: OutsideQuantity[] = [];
  for (const quantity of QUANTITIES) {
    const one = beyond(set, quantity, values[quantity]);
    if (one) found.push(one);
  }
  return found.sort((a, b) => b.factor - a.factor);
}

/** Quantities more than EVIDENCE_FACTOR beyond the fitted ranges. */
export function outsideEvidence(set: CoefficientSet, values: EvidenceValues): OutsideQuantity[] {
  return outsideOf(beyondRanges(set, values));
}

/** Of the quantities beyond their ranges (largest first), those beyond EVIDENCE_FACTOR, in QUANTITIES order. */
function outsideOf(beyond: readonly OutsideQuantity[]): OutsideQuantity[] {
  return beyond
    .filter((q) => q.factor > EVIDENCE_FACTOR)
    .sort((a, b) => QUANTITIES.indexOf(a.quantity) - QUANTITIES.indexOf(b.quantity));
}

/** The evidence meter: the largest factor beyond a fitted range and its quantity; null inside every range. */
export type EvidenceMeter = Pick<OutsideQuantity, 'quantity' | 'factor' | 'side'> | null;

export function evidenceMeter(set: CoefficientSet, values: EvidenceValues): EvidenceMeter {
  return meterOf(beyondRanges(set, values));
}

function meterOf(beyond: readonly OutsideQuantity[]): EvidenceMeter {
  const largest = beyond[0];
  return largest ? { quantity: largest.quantity, factor: largest.factor, side: largest.side } : null;
}

/** The quantity beyond its range, with the factor (> 1); null inside the range. */
function beyond(set: CoefficientSet, quantity: EvidenceQuantity, value: number): OutsideQuantity | null {
  // A set fitted to a team's runs is judged against those runs' ranges where its fit recorded them.
  const range = fittedRangeOf(set, quantity, FITTED_RANGES[quantity as FittedQuantity]);
  const factor = beyondFactor(set, quantity, value, range);
  if (factor === 0) return null;
  const side = factor > 0 ? 'above' : 'below';
  return { quantity, value, fittedLow: range.low, fittedHigh: range.high, side, factor: Math.abs(factor) };
}

/**
 * How far beyond its fitted range a quantity is: 0 inside the range, +factor above, −factor below; losses as
 * the count factor that moves the reducible loss as much. A number, not an object: the evidence-budget search
 * asks this at every budget it visits.
 */
function beyondFactor(
  set: CoefficientSet,
  quantity: EvidenceQuantity,
  value: number,
  range: { low: number; high: number },
): number {
  if (quantity === 'teacherLoss' || quantity === 'studentLoss') {
    const E = set.supervised.E;
    const toCount = 1 / (set.supervised.alpha * set.supervised.gamma);
    const excess = value - E;
    if (!(excess > 0)) return Number.NEGATIVE_INFINITY;
    const below = (range.low - E) / excess;
    const above = excess / (range.high - E);
    if (below > 1) return -(below ** toCount);
    if (above > 1) return above ** toCount;
    return 0;
  }
  if (range.low > 0 && value < range.low) return -(range.low / value);
  if (value > range.high) return value / range.high;
  return 0;
}

/** Whether a quantity is within EVIDENCE_FACTOR of its fitted range (allocates nothing). */
function withinEvidence(set: CoefficientSet, quantity: EvidenceQuantity, value: number): boolean {
  const range = fittedRangeOf(set, quantity, FITTED_RANGES[quantity as FittedQuantity]);
  return Math.abs(beyondFactor(set, quantity, value, range)) <= EVIDENCE_FACTOR;
}

/** The losses above ln(vocabulary). */
export function lossesAboveUniform(values: Pick<EvidenceValues, 'studentLoss' | 'supervisedLoss'>): LossName[] {
  const names: LossName[] = [];
  if (!(values.studentLoss <= UNIFORM_LOSS_NATS)) names.push('distilLoss');
  if (!(values.supervisedLoss <= UNIFORM_LOSS_NATS)) names.push('supervisedLoss');
  return names;
}

/** Why the call differs from the law's verdict, as codes. */
export type CallReason =
  | 'outside-fitted-range'
  | 'loss-above-uniform'
  /** Between 10% and 90% of the set's plausible laws give distillation the win. */
  | 'plausible-laws-disagree';

export interface CallInput {
  /** supervised − distilled loss, nats (positive favours distillation). */
  margin: number;
  teacher: TeacherKind;
  values: EvidenceValues;
  /** Share of the set's plausible laws in which distillation wins (core/fit/uncertainty.ts). */
  verdictShare: number;
}

export interface CallResult {
  call: Call;
  reasons: CallReason[];
  finding: FindingCode;
  /** The laws' error band at this loss, nats (closeCallNats): a reference beside the call, not its rule. */
  closeCallNats: number;
  outside: OutsideQuantity[];
  lossesAboveUniform: LossName[];
  meter: EvidenceMeter;
}

/** The call for one decision, from its numbers alone (no searches: cheap enough for every spreadsheet row). */
export function callFor(set: CoefficientSet, input: CallInput): CallResult {
  const { teacher, values, verdictShare } = input;
  // The ranges are checked once: the quantities beyond them give both the meter and what is outside.
  const beyond = beyondRanges(set, values);
  const outside = outsideOf(beyond);
  const aboveUniform = lossesAboveUniform(values);
  const common = {
    finding: findingFor(teacher),
    closeCallNats: closeCallNats(values, teacher !== 'existing'),
    outside,
    lossesAboveUniform: aboveUniform,
    meter: meterOf(beyond),
  };
  const reasons: CallReason[] = [];
  if (outside.length > 0) reasons.push('outside-fitted-range');
  if (aboveUniform.length > 0) reasons.push('loss-above-uniform');
  if (reasons.length > 0) return { ...common, call: 'outside-evidence', reasons };
  return { ...common, ...callFromShare(verdictShare) };
}

/** Inside the evidence the share decides: distil ≥ 90%, train ≤ 10%, close call in between. */
export function callFromShare(verdictShare: number): { call: Call; reasons: CallReason[] } {
  if (verdictShare >= PLAUSIBLE_AGREEMENT) return { call: 'distil', reasons: [] };
  if (verdictShare <= TRAIN_SHARE) return { call: 'train', reasons: [] };
  return { call: 'close-call', reasons: ['plausible-laws-disagree'] };
}

/**
 * The part of insideEvidence that needs no plan: the student's size, and its direct-training tokens and loss
 * (closed-form in the budget). False here means insideEvidence is false for any plan at that budget.
 */
export function directInsideEvidence(
  set: CoefficientSet,
  values: Pick<EvidenceValues, 'studentParams' | 'supervisedTokens' | 'supervisedLoss'>,
): boolean {
  return (
    withinEvidence(set, 'studentParams', values.studentParams) &&
    withinEvidence(set, 'supervisedTokens', values.supervisedTokens) &&
    values.supervisedLoss <= UNIFORM_LOSS_NATS
  );
}

/** Whether a budget's plan is inside the evidence (for the evidence-budget search; allocates nothing). */
export function insideEvidence(set: CoefficientSet, values: EvidenceValues): boolean {
  return (
    withinEvidence(set, 'studentParams', values.studentParams) &&
    withinEvidence(set, 'studentTokens', values.studentTokens) &&
    withinEvidence(set, 'supervisedTokens', values.supervisedTokens) &&
    withinEvidence(set, 'teacherLoss', values.teacherLoss) &&
    withinEvidence(set, 'studentLoss', values.studentLoss) &&
    values.studentLoss <= UNIFORM_LOSS_NATS &&
    values.supervisedLoss <= UNIFORM_LOSS_NATS
  );
}

/**
 * Budgets in which the question is inside the evidence: the interval of the
 * scan [1e17, 1e28] FLOPs (one point per decade, edges narrowed by bisection
 * to 1/64 decade) nearest to `compute` where `inside(C)` holds. `low`/`high`
 * null: the interval runs past the scan's end. null: no budget in the scan.
 */
export interface EvidenceBudgets {
  low: number | null;
  high: number | null;
}

export function evidenceBudgets(
  inside: (compute: number) => boolean,
  compute: number,
  searchLow = 1e17,
  searchHigh = 1e28,
): EvidenceBudgets | null {
  const lowExponent = Math.log10(searchLow);
  const highExponent = Math.log10(searchHigh);
  const here = Math.min(highExponent, Math.max(lowExponent, Math.log10(compute)));
  const at = (exponent: number): boolean => inside(10 ** exponent);
  const points = [here];
  for (let e = Math.ceil(lowExponent); e <= highExponent; e++) if (e !== here) points.push(e);
  points.sort((a, b) => Math.abs(a - here) - Math.abs(b - here));
  const start = points.find(at);
  if (start === undefined) return null;
  return {
    low: edge(at, start, lowExponent),
    high: edge(at, start, highExponent),
  };
}

/** From an inside point towards `end`: the last inside exponent (null if inside all the way to `end`). */
function edge(at: (exponent: number) => boolean, start: number, end: number): number | null {
  const step = end > start ? 1 : -1;
  let inside = start;
  let outside: number | undefined;
  for (let e = start + step; step > 0 ? e <= end + 1e-9 : e >= end - 1e-9; e += step) {
    const x = step > 0 ? Math.min(e, end) : Math.max(e, end);
    if (at(x)) inside = x;
    else {
      outside = x;
      break;
    }
  }
  if (outside === undefined) {
    if (inside === end || at(end)) return null;
    outside = end;
  }
  for (let i = 0; i < 6; i++) {
    const middle: number = 0.5 * (inside + outside);
    if (at(middle)) inside = middle;
    else outside = middle;
  }
  return 10 ** inside;
}
