/**
 * Public, checked entry points for optimal plans: the faces call these with
 * numbers they have parsed; every result names its coefficient set and FLOP
 * counting so the answer can say what it assumed.
 */
import { type CoefficientSet, type CoefficientSetId, coefficientSet } from './coefficients.js';
import { InputError } from './errors.js';
import { FLOP_COUNTINGS, type FlopCounting, forwardFlopsFor } from './flops.js';
import { lawsFor } from './laws.js';
import { checkFeasible, type DistillationProblem, optimiseDistillation } from './optimise/distil.js';
import { SCENARIO_ALIASES, SCENARIO_IDS, SCENARIOS, type Scenario } from './optimise/scenarios.js';
import { optimalSupervisedOf } from './optimise/supervised.js';
import { normaliseTyped } from './typed.js';
import { checkRange, PARAMS_LIMITS } from './units.js';

export interface PlanOptions {
  /** Coefficient set id; default `busbridge2025-corrected`. */
  preset?: string;
  /** `paper` (3·F(N) per training token, Eq. 69) or `6N`. */
  flopCounting?: FlopCounting;
}

export interface SupervisedPlan {
  coefficients: CoefficientSetId;
  flopCounting: FlopCounting;
  compute: number;
  params: number;
  tokens: number;
  /** Tokens per parameter, D/N. */
  tokensPerParam: number;
  loss: number;
}

/** FLOPs by part of a plan. `teacherPretraining` is this student's share (1/K of the teacher's). */
export interface PlanFlops {
  studentTraining: number;
  teacherInference: number;
  teacherPretraining: number;
  total: number;
}

export interface DistillationPlan {
  coefficients: CoefficientSetId;
  flopCounting: FlopCounting;
  scenario: Scenario;
  students: number;
  studentParams: number;
  compute: number;
  loss: number;
  studentTokens: number;
  teacherParams: number;
  teacherTokens: number;
  teacherLoss: number;
  /** The same student trained directly on the same budget: L(N_S, C / (3·F(N_S))). */
  supervisedLoss: number;
  supervisedTokens: number;
  flops: PlanFlops;
  /** Fractions of the FLOPs used (sum to 1). */
  shares: { studentTraining: number; teacherInference: number; teacherPretraining: number };
  /** FLOPs to pretrain the whole teacher once (before the 1/K split); in best case and teacher inference, what it would cost. */
  teacherPretrainingWhole: number;
  /** Budget left over because a count hit its 1e17 bound. */
  unusedCompute: number;
}

export const MAX_STUDENTS = 1e6;

interface Resolved {
  set: CoefficientSet;
  flopCounting: FlopCounting;
  forwardFlops: (params: number) => number;
}

export function resolveOptions(options: PlanOptions = {}): Resolved {
  const flopCounting = options.flopCounting ?? 'paper';
  if (!FLOP_COUNTINGS.includes(flopCounting))
    throw new InputError(
      'flops',
      `"${String(flopCounting)}" is not a FLOP counting`,
      `one of ${FLOP_COUNTINGS.join(', ')}`,
    );
  return { set: coefficientSet(options.preset), flopCounting, forwardFlops: forwardFlopsFor(flopCounting) };
}

const COMPUTE = { min: 0, exclusiveMin: true, max: 1e35, accepted: 'a FLOP count such as 1e21 or 3e23' };

/** A scenario id or its short name, in any case, with spaces or underscores for hyphens ("Best case", "inference"). */
export function checkScenario(scenario: string, field = 'scenario'): Scenario {
  const id = SCENARIO_ALIASES.get(
    normaliseTyped(String(scenario))
      .toLowerCase()
      .replace(/[\s_]+/g, '-'),
  );
  if (id === undefined)
    throw new InputError(
      field,
      `"${String(scenario).slice(0, 40)}" is not a scenario`,
      `one of ${SCENARIO_IDS.join(', ')} (or best, inference, pretraining, both)`,
    );
  return id;
}

export function checkStudents(students: number, field = 'students'): number {
  if (!Number.isInteger(students) || students < 1 || students > MAX_STUDENTS) {
    throw new InputError(field, 'must be a whole number of students ≥ 1', 'a whole number such as 1, 4 or 10');
  }
  return students;
}

export function checkParams(params: number, field: string): number {
  return checkRange(field, params, PARAMS_LIMITS);
}

export function checkCompute(compute: number, field = 'compute'): number {
  return checkRange(field, compute, COMPUTE);
}

/** Compute-optimal supervised model for a budget (C = 3·F(N)·D). */
export function optimalSupervised(compute: number, options: PlanOptions = {}): SupervisedPlan {
  const { set, flopCounting, forwardFlops } = resolveOptions(options);
  checkCompute(compute);
  const best = optimalSupervisedOf(set, compute, forwardFlops);
  return {
    coefficients: set.id,
    flopCounting,
    compute,
    params: best.params,
    tokens: best.tokens,
    tokensPerParam: best.tokens / best.params,
    loss: best.loss,
  };
}

export interface DistillationRequest {
  studentParams: number;
  compute: number;
  scenario?: string;
  students?: number;
}

/** Compute-optimal distillation for a student size, budget and scenario (Eq. 10). */
export function optimalDistillation(request: DistillationRequest, options: PlanOptions = {}): DistillationPlan {
  const resolved = resolveOptions(options);
  const problem: DistillationProblem = {
    set: resolved.set,
    laws: lawsFor(resolved.set),
    studentParams: checkParams(request.studentParams, 'student params'),
    compute: checkCompute(request.compute),
    scenario: checkScenario(request.scenario ?? 'pretraining-and-inference'),
    students: checkStudents(request.students ?? 1),
    forwardFlops: resolved.forwardFlops,
  };
  checkFeasible(problem);
  const choice = optimiseDistillation(problem);
  return accountPlan(problem, resolved.flopCounting, choice);
}

/** FLOPs, shares and the supervised comparison for a chosen teacher and token split. */
export function accountPlan(
  problem: DistillationProblem,
  flopCounting: FlopCounting,
  choice: { loss: number; studentTokens: number; teacherParams: number; teacherTokens: number; teacherLoss: number },
): DistillationPlan {
  const costs = SCENARIOS[problem.scenario];
  const studentForward = problem.forwardFlops(problem.studentParams);
  const teacherForward = problem.forwardFlops(choice.teacherParams);
  const teacherPretrainingWhole = 3 * teacherForward * choice.teacherTokens;
  const studentTraining = 3 * studentForward * choice.studentTokens;
  const teacherInference = costs.teacherInference * teacherForward * choice.studentTokens;
  const teacherPretraining = (costs.teacherPretraining * teacherPretrainingWhole) / problem.students;
  const total = studentTraining + teacherInference + teacherPretraining;
  const supervisedTokens = Math.min(1e17, problem.compute / (3 * studentForward));
  return {
    coefficients: problem.set.id,
    flopCounting,
    scenario: problem.scenario,
    students: problem.students,
    studentParams: problem.studentParams,
    compute: problem.compute,
    loss: choice.loss,
    studentTokens: choice.studentTokens,
    teacherParams: choice.teacherParams,
    teacherTokens: choice.teacherTokens,
    teacherLoss: choice.teacherLoss,
    supervisedLoss: problem.laws.supervised(problem.studentParams, supervisedTokens),
    supervisedTokens,
    flops: { studentTraining, teacherInference, teacherPretraining, total },
    shares: {
      studentTraining: studentTraining / total,
      teacherInference: teacherInference / total,
      teacherPretraining: teacherPretraining / total,
    },
    teacherPretrainingWhole,
    unusedCompute: Math.max(0, problem.compute - total),
  };
}
