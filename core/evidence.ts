/**
 * The evidence policy: when the laws' verdict is something a person can act
 * on. The laws answer everywhere, but Busbridge et al. (2025) fitted them on a
 * bounded set of runs (PAPER.md §7) and claim ≲1% error inside it; far outside
 * it, or when the two routes differ by less than that error, the verdict is
 * not evidence. Each decision gets a `call` beside the law's `verdict`:
 *
 * - `outside-evidence`: the plan leans on a quantity more than EVIDENCE_FACTOR
 *   beyond the fitted ranges, or on a loss above ln(vocabulary) (worse than a
 *   uniform guess, so never a prediction);
 * - `close-call`: |margin| below the laws' error (1% of the loss), plus the
 *   law's own ±0.012-nat inconsistency between its two limits (PAPER.md §2)
 *   when the teacher is trained for the purpose;
 * - otherwise the verdict, except that a teacher trained for one student is
 *   never a `distil` call: the paper finds direct training better there
 *   (PAPER.md §4), so a law-side "distil" inside the evidence is a close call.
 *
 * Core speaks in codes and numbers only; faces word them.
 */
import type { CoefficientSet } from './coefficients.js';
import { fittedRangeOf } from './fit/setfile.js';
import { FITTED_RANGES, type FittedQuantity, UNIFORM_LOSS_NATS } from './validity.js';

export { UNIFORM_LOSS_NATS, VOCABULARY_SIZE } from './validity.js';

export type Call = 'distil' | 'train' | 'close-call' | 'outside-evidence';

/**
 * How far beyond a fitted range a quantity may go before the answer stops
 * being evidence: one order of magnitude in counts (parameters, tokens). The
 * paper's own checks extrapolate about this far (weaker to stronger models,
 * Fig. 5); beyond it a verdict is the formula's shape, not the data's.
 * For losses the same factor is carried through Eq. 1's parameter term: a
 * model 10× larger or smaller moves the reducible loss L − E by 10^(α·γ) ≈ 1.53.
 */
export const EVIDENCE_FACTOR = 10;

/** The laws' claimed relative prediction error, "≲1%" (§4.4, Fig. 5). */
export const RELATIVE_LAW_ERROR = 0.01;
/** The distillation law's own disagreement with the supervised limit at its optimum (PAPER.md §2, N in 1e8–1e11). */
export const LIMIT_INCONSISTENCY_NATS = 0.012;

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
  /** How many times beyond the range: value/high or low/value for counts, the reducible-loss ratio for losses. */
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

/** Quantities more than EVIDENCE_FACTOR beyond the fitted ranges. */
export function outsideEvidence(set: CoefficientSet, values: EvidenceValues): OutsideQuantity[] {
  const quantities: EvidenceQuantity[] = [
    'studentParams',
    'studentTokens',
    'supervisedTokens',
    'teacherLoss',
    'studentLoss',
  ];
  const outside: OutsideQuantity[] = [];
  for (const quantity of quantities) {
    const found = beyond(set, quantity, values[quantity]);
    if (found) outside.push(found);
  }
  return outside;
}

function beyond(set: CoefficientSet, quantity: EvidenceQuantity, value: number): OutsideQuantity | null {
  // A set fitted to a team's runs is judged against those runs' ranges where its fit recorded them.
  const range = fittedRangeOf(set, quantity, FITTED_RANGES[quantity as FittedQuantity]);
  const factor = beyondFactor(set, quantity, value, range);
  if (factor === 0) return null;
  const side = factor > 0 ? 'above' : 'below';
  return { quantity, value, fittedLow: range.low, fittedHigh: range.high, side, factor: Math.abs(factor) };
}

/**
 * How far beyond its fitted range a quantity is: 0 inside (within EVIDENCE_FACTOR), +factor above, −factor below.
 * A number, not an object: the evidence-budget search asks this at every budget it visits.
 */
function beyondFactor(
  set: CoefficientSet,
  quantity: EvidenceQuantity,
  value: number,
  range: { low: number; high: number },
): number {
  if (quantity === 'teacherLoss' || quantity === 'studentLoss') {
    const E = set.supervised.E;
    const lossFactor = EVIDENCE_FACTOR ** (set.supervised.alpha * set.supervised.gamma);
    const excess = value - E;
    if (!(excess > 0)) return Number.NEGATIVE_INFINITY;
    const below = (range.low - E) / excess;
    const above = excess / (range.high - E);
    if (below > lossFactor) return -below;
    if (above > lossFactor) return above;
    return 0;
  }
  if (range.low > 0 && value * EVIDENCE_FACTOR < range.low) return -(range.low / value);
  if (value > range.high * EVIDENCE_FACTOR) return value / range.high;
  return 0;
}

/** Whether a quantity is within EVIDENCE_FACTOR of its fitted range (allocates nothing). */
function withinEvidence(set: CoefficientSet, quantity: EvidenceQuantity, value: number): boolean {
  return (
    beyondFactor(set, quantity, value, fittedRangeOf(set, quantity, FITTED_RANGES[quantity as FittedQuantity])) === 0
  );
}

/** The losses above ln(vocabulary). */
export function lossesAboveUniform(values: Pick<EvidenceValues, 'studentLoss' | 'supervisedLoss'>): LossName[] {
  const names: LossName[] = [];
  if (!(values.studentLoss <= UNIFORM_LOSS_NATS)) names.push('distilLoss');
  if (!(values.supervisedLoss <= UNIFORM_LOSS_NATS)) names.push('supervisedLoss');
  return names;
}

/** The margin below which the two routes are indistinguishable, in nats. */
export function closeCallNats(
  values: Pick<EvidenceValues, 'studentLoss' | 'supervisedLoss'>,
  teacherNew: boolean,
): number {
  const lawError = RELATIVE_LAW_ERROR * Math.max(values.studentLoss, values.supervisedLoss);
  return lawError + (teacherNew ? LIMIT_INCONSISTENCY_NATS : 0);
}

/** Why the call differs from the law's verdict, as codes. */
export type CallReason =
  | 'outside-fitted-range'
  | 'loss-above-uniform'
  | 'margin-within-error'
  | 'paper-finding'
  /** Fewer than PLAUSIBLE_AGREEMENT of the set's bootstrap-resampled laws give the verdict. */
  | 'plausible-laws-disagree';

export interface CallInput {
  /** supervised − distilled loss, nats (positive favours distillation). */
  margin: number;
  teacher: TeacherKind;
  values: EvidenceValues;
}

export interface CallResult {
  call: Call;
  reasons: CallReason[];
  finding: FindingCode;
  closeCallNats: number;
  outside: OutsideQuantity[];
  lossesAboveUniform: LossName[];
}

/** The call for one decision, from its numbers alone (no searches: cheap enough for every spreadsheet row). */
export function callFor(set: CoefficientSet, input: CallInput): CallResult {
  const { margin, teacher, values } = input;
  const outside = outsideEvidence(set, values);
  const aboveUniform = lossesAboveUniform(values);
  const band = closeCallNats(values, teacher !== 'existing');
  const common = { finding: findingFor(teacher), closeCallNats: band, outside, lossesAboveUniform: aboveUniform };
  const reasons: CallReason[] = [];
  if (outside.length > 0) reasons.push('outside-fitted-range');
  if (aboveUniform.length > 0) reasons.push('loss-above-uniform');
  if (reasons.length > 0) return { ...common, call: 'outside-evidence', reasons };
  if (Math.abs(margin) < band) return { ...common, call: 'close-call', reasons: ['margin-within-error'] };
  if (margin > 0 && teacher === 'new-for-one') return { ...common, call: 'close-call', reasons: ['paper-finding'] };
  return { ...common, call: margin > 0 ? 'distil' : 'train', reasons };
}

/** With bootstrap samples, a verdict that fewer than this share of the plausible laws give is a close call. */
export const PLAUSIBLE_AGREEMENT = 0.9;

/**
 * The call once the coefficients' uncertainty is known (core/fit/uncertainty.ts): a distil or train call
 * that fewer than 90% of the set's resampled laws agree with becomes a close call. null: the set has no samples.
 */
export function withPlausibleLaws(result: CallResult, margin: number, verdictShare: number | null): CallResult {
  if (verdictShare === null || (result.call !== 'distil' && result.call !== 'train')) return result;
  const agreeing = margin > 0 ? verdictShare : 1 - verdictShare;
  if (agreeing >= PLAUSIBLE_AGREEMENT) return result;
  return { ...result, call: 'close-call', reasons: [...result.reasons, 'plausible-laws-disagree'] };
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
