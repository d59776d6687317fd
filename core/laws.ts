/**
 * The two laws of Busbridge et al. 2025, "Distillation Scaling Laws":
 * supervised L(N, D) (Eq. 1) and distilled student L_S(N_S, D_S, L_T) (Eq. 8),
 * the latter in the log-space form of Eq. 49 so that the sharp capacity-gap
 * break (c1·f1 ≈ 47, 1/f1 ≈ 11) never overflows.
 *
 * `prepareLaws` assumes checked inputs and sits on the optimisers' hot path;
 * the exported `supervisedLoss`/`distilledLoss` check their inputs.
 */
import {
  COEFFICIENT_SETS,
  type CoefficientSet,
  coefficientSet,
  type Preset,
  type SupervisedCoefficients,
} from './coefficients.js';
import { type Accepted, type FieldId, InputError } from './errors.js';
import { logSumExp, softplus } from './math.js';
import { COUNT_FORMS, checkRange } from './units.js';
import { UNIFORM_LOSS_NATS, VOCABULARY_SIZE } from './validity.js';

/** The laws with their constant logarithms taken once, for the optimisers' hot loops. */
export interface PreparedLaws {
  /** L(N, D), nats/token. */
  supervised(params: number, tokens: number): number;
  /** L_S(N_S, D_S, L_T), with L̃_S = L(N_S, D_S) from the supervised law. */
  student(studentParams: number, studentTokens: number, teacherLoss: number): number;
  /** L(N, ·) for one fixed N: the optimisers' inner loops vary only D. */
  supervisedAt(params: number): (tokens: number) => number;
  /** L_S(N_S, ·, ·) for one fixed student, sharing log D_S between L̃_S and the power term. */
  studentAt(studentParams: number): (studentTokens: number, teacherLoss: number) => number;
  /**
   * Eq. 8 in parts, for many teachers (or many laws sharing Eq. 1) of one student on one token count:
   * studentFrom(log supervised(N, D), studentPower(N, D), L_T) is student(N, D, L_T) to the last bit (the same
   * operations in the same order).
   */
  studentPower(studentParams: number, studentTokens: number): number;
  studentFrom(logSupervised: number, power: number, teacherLoss: number): number;
}

/**
 * The one implementation of both laws. Supervised, Eq. 1:
 * L = E + exp(γ·LSE(log A − α·log N, log B − β·log D)). Distilled, Eq. 49:
 * log L_S = LSE(log L_T, −c0·log L_T − c1·f1·LSE(0, (log L_T − log L̃_S − log d1)/f1)
 *                        + γ′·LSE(log A′ − α′·log N_S, log B′ − β′·log D_S)).
 */
export function prepareLaws(set: CoefficientSet): PreparedLaws {
  const s = set.supervised;
  const d = set.distillation;
  const logA = Math.log(s.A);
  const logB = Math.log(s.B);
  const logDistilA = Math.log(d.A);
  const logDistilB = Math.log(d.B);
  const logD1 = Math.log(d.d1);
  const breakWeight = d.c1 * d.f1;
  const supervisedOf = (paramsTerm: number, logTokens: number): number =>
    s.E + Math.exp(s.gamma * logSumExp(paramsTerm, logB - s.beta * logTokens));
  const supervisedAt = (params: number) => {
    const paramsTerm = logA - s.alpha * Math.log(params);
    return (tokens: number): number => supervisedOf(paramsTerm, Math.log(tokens));
  };
  // Eq. 49 from its parts: the one place L_S is finished, whichever way it is called.
  const studentOf = (logTeacher: number, logSupervised: number, power: number): number => {
    const gap = (logTeacher - logSupervised - logD1) / d.f1;
    return Math.exp(logSumExp(logTeacher, -d.c0 * logTeacher - breakWeight * softplus(gap) + power));
  };
  const studentAt = (studentParams: number) => {
    const logParams = Math.log(studentParams);
    const supervisedParamsTerm = logA - s.alpha * logParams;
    const distilParamsTerm = logDistilA - d.alpha * logParams;
    return (studentTokens: number, teacherLoss: number): number => {
      const logTokens = Math.log(studentTokens);
      const logTeacher = Math.log(teacherLoss);
      const logSupervised = Math.log(supervisedOf(supervisedParamsTerm, logTokens));
      const power = d.gamma * logSumExp(distilParamsTerm, logDistilB - d.beta * logTokens);
      return studentOf(logTeacher, logSupervised, power);
    };
  };
  return {
    supervised: (params, tokens) => supervisedOf(logA - s.alpha * Math.log(params), Math.log(tokens)),
    student: (studentParams, studentTokens, teacherLoss) => studentAt(studentParams)(studentTokens, teacherLoss),
    supervisedAt,
    studentAt,
    // γ′·LSE(log A′ − α′·log N_S, log B′ − β′·log D_S), as studentAt computes it.
    studentPower: (studentParams, studentTokens) =>
      d.gamma *
      logSumExp(logDistilA - d.alpha * Math.log(studentParams), logDistilB - d.beta * Math.log(studentTokens)),
    studentFrom: (logSupervised, power, teacherLoss) => studentOf(Math.log(teacherLoss), logSupervised, power),
  };
}

/** Each shipped set prepared once at load (never changed after): the checked entry points below are called per spreadsheet cell. */
const PREPARED: ReadonlyMap<CoefficientSet, PreparedLaws> = new Map(
  COEFFICIENT_SETS.map((set) => [set, prepareLaws(set)]),
);

/** The prepared laws of a set: the shared instance for a shipped set (by identity: a file's set may reuse an id). */
export function lawsFor(set: CoefficientSet): PreparedLaws {
  return PREPARED.get(set) ?? prepareLaws(set);
}

/** Supervised loss with infinite data, L(N, ∞) (Eq. 35). */
export function infiniteDataLossOf(c: SupervisedCoefficients, params: number): number {
  return c.E + (c.A * params ** -c.alpha) ** c.gamma;
}

/** D such that L(N, D) = loss (Eq. 1 solved for D); NaN-free: 0 when no token count reaches it. */
export function tokensReachingLoss(c: SupervisedCoefficients, params: number, loss: number): number {
  const room = (loss - c.E) ** (1 / c.gamma) - c.A * params ** -c.alpha;
  return room > 0 ? (c.B / room) ** (1 / c.beta) : 0;
}

const POSITIVE = { min: 0, exclusiveMin: true, accepted: COUNT_FORMS };

/** The loss a supervised model reaches, checked. */
export function supervisedLoss(params: number, tokens: number, preset?: Preset): number {
  const set = coefficientSet(preset);
  checkRange('params', params, POSITIVE);
  checkRange('tokens', tokens, POSITIVE);
  return lawsFor(set).supervised(params, tokens);
}

/** Teacher loss for a teacher given by size and tokens: L_T = L(N_T, D_T). */
export function teacherLossFromSize(teacherParams: number, teacherTokens: number, preset?: Preset): number {
  const set = coefficientSet(preset);
  checkRange('teacherParams', teacherParams, POSITIVE);
  checkRange('teacherTokens', teacherTokens, POSITIVE);
  return lawsFor(set).supervised(teacherParams, teacherTokens);
}

/**
 * Largest teacher loss accepted: ln(32768) ≈ 10.40 nats is a uniform guess over the vocabulary; a teacher worse
 * than that has learnt nothing. The one check every face reaches (CLI, Slack and Sheets alike).
 */
export const MAX_TEACHER_LOSS = UNIFORM_LOSS_NATS;

export function checkTeacherLoss(set: CoefficientSet, teacherLoss: number, field: FieldId = 'teacherLoss'): number {
  const accepted: Accepted = { form: 'teacher-loss', E: set.supervised.E };
  if (!Number.isFinite(teacherLoss)) throw new InputError(field, { code: 'not-finite' }, accepted);
  if (teacherLoss <= set.supervised.E)
    throw new InputError(field, { code: 'below-irreducible', E: set.supervised.E }, accepted);
  if (teacherLoss > MAX_TEACHER_LOSS)
    throw new InputError(
      field,
      { code: 'loss-above-uniform', vocabularySize: VOCABULARY_SIZE, uniformLoss: UNIFORM_LOSS_NATS },
      accepted,
    );
  return teacherLoss;
}

/** The distilled student's loss, checked; also returns the same student's supervised loss L̃_S. */
export function distilledLoss(
  studentParams: number,
  studentTokens: number,
  teacherLoss: number,
  preset?: Preset,
): { loss: number; supervisedLoss: number } {
  const set = coefficientSet(preset);
  checkRange('studentParams', studentParams, POSITIVE);
  checkRange('tokens', studentTokens, POSITIVE);
  checkTeacherLoss(set, teacherLoss);
  const laws = lawsFor(set);
  return {
    loss: laws.student(studentParams, studentTokens, teacherLoss),
    supervisedLoss: laws.supervised(studentParams, studentTokens),
  };
}
