/**
 * Public, checked entry points for optimal plans: the faces call these with
 * numbers they have parsed; every result names its coefficient set and FLOP
 * counting so the answer can say what it assumed.
 */
import { type CoefficientSet, type CoefficientSetId, coefficientSet, type Preset } from './coefficients.js';
import { clipTyped, type FieldId, InputError } from './errors.js';
import { FLOP_COUNTINGS, type FlopCounting, forwardFlopsFor } from './flops.js';
import { checkTeacherLoss, lawsFor, tokensReachingLoss } from './laws.js';
import { MAX_COUNT, MIN_COUNT, MIN_SEARCH_COMPUTE } from './optimise/bounds.js';
import {
  checkFeasible,
  type DistillationProblem,
  minimumCompute,
  optimiseDistillation,
  type TeacherChoice,
} from './optimise/distil.js';
import { SCENARIO_ALIASES, SCENARIO_IDS, SCENARIOS, type Scenario } from './optimise/scenarios.js';
import { optimalSupervisedOf, supervisedTokensFor } from './optimise/supervised.js';
import { computeRatioOf, computeToReach } from './ratio.js';
import { normaliseTyped } from './typed.js';
import { checkRange, PARAMS_LIMITS, type QuantityLimits } from './units.js';

export interface PlanOptions {
  /** Coefficient set id; default `busbridge2025-corrected`. */
  preset?: Preset;
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
  /** The optimiser met its stopping rule (always true in a plan a public function returns: see checkConverged). */
  converged: boolean;
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
  /**
   * The optimiser stopped at a search bound (1e6 or 1e17, App. D.4): the number is the bound, not a plan.
   * In teacher inference the teacher's tokens always are (its training is free, so the law keeps improving).
   */
  studentTokensAtBound: boolean;
  teacherTokensAtBound: boolean;
  teacherParamsAtBound: boolean;
  /** Every search behind the plan met its stopping rule (always true in a plan a public function returns). */
  converged: boolean;
}

export const MAX_STUDENTS = 1e6;

export interface Resolved {
  set: CoefficientSet;
  flopCounting: FlopCounting;
  forwardFlops: (params: number) => number;
}

export function resolveOptions(options: PlanOptions = {}): Resolved {
  const flopCounting = options.flopCounting ?? 'paper';
  if (!FLOP_COUNTINGS.includes(flopCounting))
    throw new InputError(
      'flopCounting',
      { code: 'unknown-flop-counting', value: clipTyped(String(flopCounting)) },
      { form: 'one-of', ids: FLOP_COUNTINGS },
    );
  return { set: coefficientSet(options.preset), flopCounting, forwardFlops: forwardFlopsFor(flopCounting) };
}

const COMPUTE: QuantityLimits = { min: 0, exclusiveMin: true, max: 1e35, accepted: { form: 'flop-count' } };

/** A scenario id or its short name, in any case, with spaces or underscores for hyphens ("Best case", "inference"). */
export function checkScenario(scenario: string, field: FieldId = 'scenario'): Scenario {
  const id = SCENARIO_ALIASES.get(
    normaliseTyped(String(scenario))
      .toLowerCase()
      .replace(/[\s_]+/g, '-'),
  );
  if (id === undefined)
    throw new InputError(
      field,
      { code: 'unknown-scenario', value: clipTyped(String(scenario)) },
      { form: 'one-of', ids: [...SCENARIO_IDS, 'best', 'inference', 'pretraining', 'both'] },
    );
  return id;
}

export function checkStudents(students: number, field: FieldId = 'students'): number {
  if (!Number.isInteger(students) || students < 1 || students > MAX_STUDENTS) {
    throw new InputError(field, { code: 'not-whole-students' }, { form: 'students' });
  }
  return students;
}

export function checkParams(params: number, field: FieldId): number {
  return checkRange(field, params, PARAMS_LIMITS);
}

export function checkCompute(compute: number, field: FieldId = 'compute'): number {
  return checkRange(field, compute, COMPUTE);
}

/** Compute-optimal supervised model for a budget (C = 3·F(N)·D). */
export function optimalSupervised(compute: number, options: PlanOptions = {}): SupervisedPlan {
  const { set, flopCounting, forwardFlops } = resolveOptions(options);
  checkCompute(compute);
  const best = optimalSupervisedOf(set, compute, forwardFlops);
  return checkConverged({
    coefficients: set.id,
    flopCounting,
    compute,
    params: best.params,
    tokens: best.tokens,
    tokensPerParam: best.tokens / best.params,
    loss: best.loss,
    converged: best.converged,
  });
}

/** A search that did not converge is no plan: refused (a coded error on the budget), never shown. */
export function checkConverged<P extends { converged: boolean }>(plan: P): P {
  if (!plan.converged) throw new InputError('compute', { code: 'search-not-converged' }, { form: 'flop-count' });
  return plan;
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
    studentParams: checkParams(request.studentParams, 'studentParams'),
    compute: checkCompute(request.compute),
    scenario: checkScenario(request.scenario ?? 'pretraining-and-inference'),
    students: checkStudents(request.students ?? 1),
    forwardFlops: resolved.forwardFlops,
  };
  checkFeasible(problem);
  const choice = optimiseDistillation(problem);
  return checkConverged(accountPlan(problem, resolved.flopCounting, choice));
}

/**
 * The distillation problem at any budget for one checked student, scenario and student count: inputs are checked
 * and the laws prepared once, not on every step of a budget search.
 */
export function problemsAt(
  resolved: Resolved,
  studentParams: number,
  scenario: Scenario,
  students: number,
): (compute: number) => DistillationProblem {
  const laws = lawsFor(resolved.set);
  return (compute) => ({
    set: resolved.set,
    laws,
    studentParams,
    compute,
    scenario,
    students,
    forwardFlops: resolved.forwardFlops,
  });
}

export interface ComputeRatioRequest {
  studentParams: number;
  /** The loss both routes must reach, nats/token. */
  loss: number;
  scenario?: string;
  students?: number;
}

export interface ComputeRatio {
  /** distillationCompute ÷ supervisedCompute (App. D.5); null when either route never reaches the loss. */
  ratio: number | null;
  supervisedCompute: number | null;
  distillationCompute: number | null;
}

/**
 * App. D.5: the compute compute-optimal distillation in a scenario needs to reach a loss, over the compute
 * direct training of the same student needs (Eq. 1 solved for D, C = 3·F(N)·D).
 */
export function computeRatio(request: ComputeRatioRequest, options: PlanOptions = {}): ComputeRatio {
  const resolved = resolveOptions(options);
  const studentParams = checkParams(request.studentParams, 'studentParams');
  const loss = checkTeacherLoss(resolved.set, request.loss, 'teacherLoss');
  const problemAt = problemsAt(
    resolved,
    studentParams,
    checkScenario(request.scenario ?? 'teacher-inference'),
    checkStudents(request.students ?? 1),
  );
  const tokens = tokensReachingLoss(resolved.set.supervised, studentParams, loss);
  const supervisedCompute = tokens > 0 ? 3 * resolved.forwardFlops(studentParams) * tokens : null;
  const distillationCompute = computeToReach(
    (compute) => optimiseDistillation(problemAt(compute)).loss,
    loss,
    minimumCompute(problemAt(MIN_SEARCH_COMPUTE)),
  );
  return {
    ratio: supervisedCompute === null ? null : computeRatioOf(distillationCompute, supervisedCompute),
    supervisedCompute,
    distillationCompute,
  };
}

/** FLOPs, shares and the supervised comparison for a chosen teacher and token split. */
export function accountPlan(
  problem: DistillationProblem,
  flopCounting: FlopCounting,
  choice: TeacherChoice,
): DistillationPlan {
  const costs = SCENARIOS[problem.scenario];
  const studentForward = problem.forwardFlops(problem.studentParams);
  const teacherForward = problem.forwardFlops(choice.teacherParams);
  const teacherPretrainingWhole = 3 * teacherForward * choice.teacherTokens;
  const studentTraining = 3 * studentForward * choice.studentTokens;
  const teacherInference = costs.teacherInference * teacherForward * choice.studentTokens;
  const teacherPretraining = (costs.teacherPretraining * teacherPretrainingWhole) / problem.students;
  const total = studentTraining + teacherInference + teacherPretraining;
  const supervisedTokens = supervisedTokensFor(problem.compute, problem.studentParams, problem.forwardFlops);
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
    studentTokensAtBound: atSearchBound(choice.studentTokens),
    teacherTokensAtBound: !choice.teacherGiven && atSearchBound(choice.teacherTokens),
    teacherParamsAtBound: !choice.teacherGiven && atSearchBound(choice.teacherParams),
    converged: choice.converged,
  };
}

/** Within 1e-6 (in log) of the optimiser's bounds [1e6, 1e17]. */
function atSearchBound(count: number): boolean {
  return Math.abs(Math.log(count / MAX_COUNT)) < 1e-6 || Math.abs(Math.log(count / MIN_COUNT)) < 1e-6;
}
