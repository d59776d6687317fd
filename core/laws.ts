/**
 * The two laws of Busbridge et al. 2025, "Distillation Scaling Laws":
 * supervised L(N, D) (Eq. 1) and distilled student L_S(N_S, D_S, L_T) (Eq. 8),
 * the latter in the log-space form of Eq. 49 so that the sharp capacity-gap
 * break (c1·f1 ≈ 47, 1/f1 ≈ 11) never overflows.
 *
 * The `...Of` functions assume checked inputs and sit on the optimisers' hot
 * path; the exported `supervisedLoss`/`distilledLoss` check their inputs.
 */
import { coefficientSet, type CoefficientSet, type SupervisedCoefficients, type DistillationCoefficients } from './coefficients.js';
import { InputError } from './errors.js';
import { COUNT_FORMS, checkRange } from './units.js';
import { logSumExp, softplus } from './math.js';

/** The laws with their constant logarithms taken once, for the optimisers' hot loops. */
export interface PreparedLaws {
  /** L(N, D), nats/token. */
  supervised(params: number, tokens: number): number;
  /** L_S(N_S, D_S, L_T) given L̃_S = L(N_S, D_S). */
  distilled(studentParams: number, studentTokens: number, teacherLoss: number, supervisedStudentLoss: number): number;
  /** L_S with L̃_S computed here. */
  student(studentParams: number, studentTokens: number, teacherLoss: number): number;
  /** L(N, ·) for one fixed N: the optimisers' inner loops vary only D. */
  supervisedAt(params: number): (tokens: number) => number;
  /** L_S(N_S, ·, ·) for one fixed student, sharing log D_S between L̃_S and the power term. */
  studentAt(studentParams: number): (studentTokens: number, teacherLoss: number) => number;
}

export function prepareLaws(set: CoefficientSet): PreparedLaws {
  const s = set.supervised;
  const d = set.distillation;
  const logA = Math.log(s.A);
  const logB = Math.log(s.B);
  const logDistilA = Math.log(d.A);
  const logDistilB = Math.log(d.B);
  const logD1 = Math.log(d.d1);
  const breakWeight = d.c1 * d.f1;
  const supervised = (params: number, tokens: number): number =>
    s.E + Math.exp(s.gamma * logSumExp(logA - s.alpha * Math.log(params), logB - s.beta * Math.log(tokens)));
  const distilled = (studentParams: number, studentTokens: number, teacherLoss: number, supervisedStudentLoss: number): number => {
    const logTeacher = Math.log(teacherLoss);
    const gap = (logTeacher - Math.log(supervisedStudentLoss) - logD1) / d.f1;
    const power = d.gamma * logSumExp(logDistilA - d.alpha * Math.log(studentParams), logDistilB - d.beta * Math.log(studentTokens));
    return Math.exp(logSumExp(logTeacher, -d.c0 * logTeacher - breakWeight * softplus(gap) + power));
  };
  const student = (studentParams: number, studentTokens: number, teacherLoss: number): number =>
    distilled(studentParams, studentTokens, teacherLoss, supervised(studentParams, studentTokens));
  const supervisedAt = (params: number) => {
    const paramsTerm = logA - s.alpha * Math.log(params);
    return (tokens: number): number => s.E + Math.exp(s.gamma * logSumExp(paramsTerm, logB - s.beta * Math.log(tokens)));
  };
  const studentAt = (studentParams: number) => {
    const logParams = Math.log(studentParams);
    const supervisedParamsTerm = logA - s.alpha * logParams;
    const distilParamsTerm = logDistilA - d.alpha * logParams;
    return (studentTokens: number, teacherLoss: number): number => {
      const logTokens = Math.log(studentTokens);
      const supervisedLoss = s.E + Math.exp(s.gamma * logSumExp(supervisedParamsTerm, logB - s.beta * logTokens));
      const logTeacher = Math.log(teacherLoss);
      const gap = (logTeacher - Math.log(supervisedLoss) - logD1) / d.f1;
      const power = d.gamma * logSumExp(distilParamsTerm, logDistilB - d.beta * logTokens);
      return Math.exp(logSumExp(logTeacher, -d.c0 * logTeacher - breakWeight * softplus(gap) + power));
    };
  };
  return { supervised, distilled, student, supervisedAt, studentAt };
}

/** Supervised cross-entropy (nats/token) of N non-embedding parameters trained on D tokens (Eq. 1). */
export function supervisedLossOf(c: SupervisedCoefficients, params: number, tokens: number): number {
  const reducible = logSumExp(Math.log(c.A) - c.alpha * Math.log(params), Math.log(c.B) - c.beta * Math.log(tokens));
  return c.E + Math.exp(c.gamma * reducible);
}

/** Supervised loss with infinite data, L(N, ∞) (Eq. 35). */
export function infiniteDataLossOf(c: SupervisedCoefficients, params: number): number {
  return c.E + Math.pow(c.A * Math.pow(params, -c.alpha), c.gamma);
}

/**
 * Distilled student cross-entropy, Eq. 8 in the log-space form of Eq. 49:
 * log L_S = LSE(log L_T, −c0·log L_T − c1·f1·LSE(0, (log L_T − log L̃_S − log d1)/f1)
 *                        + γ′·LSE(log A′ − α′·log N_S, log B′ − β′·log D_S)).
 */
export function distilledLossOf(
  c: DistillationCoefficients, studentParams: number, studentTokens: number,
  teacherLoss: number, supervisedStudentLoss: number,
): number {
  const logTeacher = Math.log(teacherLoss);
  const gap = (logTeacher - Math.log(supervisedStudentLoss) - Math.log(c.d1)) / c.f1;
  const power = c.gamma * logSumExp(Math.log(c.A) - c.alpha * Math.log(studentParams), Math.log(c.B) - c.beta * Math.log(studentTokens));
  return Math.exp(logSumExp(logTeacher, -c.c0 * logTeacher - c.c1 * c.f1 * softplus(gap) + power));
}

const POSITIVE = { min: 0, exclusiveMin: true, accepted: COUNT_FORMS };

/** The loss a supervised model reaches, checked. */
export function supervisedLoss(params: number, tokens: number, preset?: string): number {
  const set = coefficientSet(preset);
  checkRange('params', params, POSITIVE);
  checkRange('tokens', tokens, POSITIVE);
  return supervisedLossOf(set.supervised, params, tokens);
}

/** Teacher loss for a teacher given by size and tokens: L_T = L(N_T, D_T). */
export function teacherLossFromSize(teacherParams: number, teacherTokens: number, preset?: string): number {
  const set = coefficientSet(preset);
  checkRange('teacher params', teacherParams, POSITIVE);
  checkRange('teacher tokens', teacherTokens, POSITIVE);
  return supervisedLossOf(set.supervised, teacherParams, teacherTokens);
}

/** Largest teacher loss accepted: ln(32768) ≈ 10.4 nats is a uniform guess over the vocabulary. */
export const MAX_TEACHER_LOSS = 20;

export function checkTeacherLoss(set: CoefficientSet, teacherLoss: number, field = 'teacher loss'): number {
  const accepted = `a cross-entropy in nats/token above the law's irreducible loss E = ${set.supervised.E}, such as 1.9`;
  if (!Number.isFinite(teacherLoss)) throw new InputError(field, 'must be a finite number', accepted);
  if (teacherLoss <= set.supervised.E) throw new InputError(field, `must be > ${set.supervised.E} (the law's irreducible loss E)`, accepted);
  if (teacherLoss > MAX_TEACHER_LOSS) throw new InputError(field, `must be ≤ ${MAX_TEACHER_LOSS} nats`, accepted);
  return teacherLoss;
}

/** The distilled student's loss, checked; also returns the same student's supervised loss L̃_S. */
export function distilledLoss(studentParams: number, studentTokens: number, teacherLoss: number, preset?: string): { loss: number; supervisedLoss: number } {
  const set = coefficientSet(preset);
  checkRange('student params', studentParams, POSITIVE);
  checkRange('tokens', studentTokens, POSITIVE);
  checkTeacherLoss(set, teacherLoss);
  const supervised = supervisedLossOf(set.supervised, studentParams, studentTokens);
  return { loss: distilledLossOf(set.distillation, studentParams, studentTokens, teacherLoss, supervised), supervisedLoss: supervised };
}
