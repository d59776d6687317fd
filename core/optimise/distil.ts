/**
 * Compute-optimal distillation for a student size and a total budget
 * (Busbridge et al. 2025, Eq. 10 / App. D.4): minimise L_S over D_S, N_T, D_T
 * in [1e6, 1e17] subject to the scenario's FLOP constraint (Eq. 9).
 *
 * Every search is a coarse grid then Brent (see minimise.ts), nested where
 * two variables are free, all in log space, so no lucky start is needed.
 * The budget constraint eliminates D_S.
 */
import type { CoefficientSet } from '../coefficients.js';
import { InfeasibleBudgetError } from '../errors.js';
import type { PreparedLaws } from '../laws.js';
import { LOG_MAX_COUNT, LOG_MIN_COUNT, MAX_COUNT, MIN_COUNT, paramsWithForwardFlops } from './bounds.js';
import { minimiseOnInterval } from './minimise.js';
import { SCENARIOS, type Scenario } from './scenarios.js';
import { supervisedTokensFor } from './supervised.js';
import { cheapestTeacherFor } from './teacher.js';

export interface DistillationProblem {
  set: CoefficientSet;
  laws: PreparedLaws;
  studentParams: number;
  compute: number;
  scenario: Scenario;
  /** K students sharing one teacher's pretraining. */
  students: number;
  forwardFlops: (params: number) => number;
  /** `coarse` trades ~1e-5 nats for 3× speed: the flip-budget scan uses it. */
  effort?: 'fine' | 'coarse';
}

/** The optimiser's choice before accounting: what to train on what. */
export interface TeacherChoice {
  loss: number;
  studentTokens: number;
  teacherParams: number;
  teacherTokens: number;
  teacherLoss: number;
  /** The teacher was given, not searched (so its size and tokens are never "at a bound"). */
  teacherGiven?: boolean;
  /** Every search behind the choice met its stopping rule; otherwise the choice is no plan (plans.ts refuses it). */
  converged: boolean;
}

export function optimiseDistillation(problem: DistillationProblem): TeacherChoice {
  const costs = SCENARIOS[problem.scenario];
  if (costs.teacherPretraining) return optimiseWithPretraining(problem, costs.teacherInference);
  if (costs.teacherInference) return optimiseTeacherInference(problem);
  return optimiseBestCase(problem);
}

/** Smallest budget that buys any plan of this scenario inside the bounds. */
export function minimumCompute(problem: DistillationProblem): number {
  const costs = SCENARIOS[problem.scenario];
  const smallestTeacher = problem.forwardFlops(MIN_COUNT) * MIN_COUNT;
  return (
    3 * problem.forwardFlops(problem.studentParams) * MIN_COUNT +
    smallestTeacher * (costs.teacherInference + (costs.teacherPretraining * 3) / problem.students)
  );
}

export function isFeasible(problem: DistillationProblem): boolean {
  return problem.compute >= minimumCompute(problem);
}

/** Throws an InfeasibleBudgetError naming the smallest budget that would buy a plan. */
export function checkFeasible(problem: DistillationProblem, smallest = minimumCompute(problem)): void {
  if (problem.compute < smallest) {
    throw new InfeasibleBudgetError(
      'compute',
      {
        code: 'infeasible-distillation',
        compute: problem.compute,
        studentParams: problem.studentParams,
        scenario: problem.scenario,
      },
      smallest,
    );
  }
}

const studentTokensCap = (tokens: number): number => Math.min(MAX_COUNT, tokens);

/** The teacher loss L_T* that minimises L_S for a student on a fixed number of tokens, and that L_S. */
export function bestTeacherLoss(
  problem: Pick<DistillationProblem, 'set' | 'laws' | 'studentParams'>,
  studentTokens: number,
): { teacherLoss: number; loss: number; converged: boolean } {
  const { laws } = problem;
  const E = problem.set.supervised.E;
  // One student on one token count: L̃_S and Eq. 8's power term are the same for every teacher tried.
  const logSupervised = Math.log(laws.supervised(problem.studentParams, studentTokens));
  const power = laws.studentPower(problem.studentParams, studentTokens);
  // Search log(L_T − E) over every loss a teacher inside the bounds can reach.
  const best = minimiseOnInterval(
    (logExcess) => laws.studentFrom(logSupervised, power, E + Math.exp(logExcess)),
    Math.log(laws.supervised(MAX_COUNT, MAX_COUNT) - E),
    Math.log(laws.supervised(MIN_COUNT, MIN_COUNT) - E),
    { gridPoints: 48, tolerance: 1e-10 },
  );
  return { teacherLoss: E + Math.exp(best.x), loss: best.fun, converged: best.converged };
}

/** Teacher free: all compute on student tokens; choose the best teacher loss L_T*, then the cheapest teacher reaching it. */
function optimiseBestCase(problem: DistillationProblem): TeacherChoice {
  const studentTokens = supervisedTokensFor(problem.compute, problem.studentParams, problem.forwardFlops);
  const best = bestTeacherLoss(problem, studentTokens);
  const teacher = cheapestTeacherFor(problem.set, best.teacherLoss, problem.forwardFlops);
  return {
    loss: best.loss,
    studentTokens,
    teacherLoss: best.teacherLoss,
    teacherParams: teacher.params,
    teacherTokens: teacher.tokens,
    converged: best.converged && teacher.converged,
  };
}

/** Teacher exists and its training is free, so it is as overtrained as allowed (D_T = 1e17); choose its size. */
function optimiseTeacherInference(problem: DistillationProblem): TeacherChoice {
  const { compute } = problem;
  const studentForward = 3 * problem.forwardFlops(problem.studentParams);
  const tokensFor = (teacherParams: number): number =>
    studentTokensCap(compute / (studentForward + problem.forwardFlops(teacherParams)));
  const teacherLossFor = (teacherParams: number): number => problem.laws.supervised(teacherParams, MAX_COUNT);
  const studentLoss = problem.laws.studentAt(problem.studentParams);
  const largestTeacher = paramsWithForwardFlops(problem.forwardFlops, compute / MIN_COUNT - studentForward);
  const best = minimiseOnInterval(
    (logParams) => {
      const teacherParams = Math.exp(logParams);
      return studentLoss(tokensFor(teacherParams), teacherLossFor(teacherParams));
    },
    LOG_MIN_COUNT,
    Math.min(LOG_MAX_COUNT, Math.log(largestTeacher)),
    { gridPoints: 24, tolerance: 1e-9 },
  );
  const teacherParams = Math.exp(best.x);
  return {
    loss: best.fun,
    studentTokens: tokensFor(teacherParams),
    teacherParams,
    teacherTokens: MAX_COUNT,
    teacherLoss: teacherLossFor(teacherParams),
    converged: best.converged,
  };
}

/**
 * The teacher is trained for this purpose (its pretraining split over K
 * students): outer search over teacher size, inner over teacher tokens.
 */
function optimiseWithPretraining(problem: DistillationProblem, inference: 0 | 1): TeacherChoice {
  const { compute, students } = problem;
  const studentForward = 3 * problem.forwardFlops(problem.studentParams);
  const perStudentTokenFor = (teacherForward: number): number => studentForward + inference * teacherForward;
  const studentTokensFor = (teacherForward: number, teacherTokens: number): number =>
    studentTokensCap((compute - (3 * teacherForward * teacherTokens) / students) / perStudentTokenFor(teacherForward));

  const coarse = problem.effort === 'coarse';
  const innerSearch = coarse ? { gridPoints: 6, tolerance: 1e-3 } : { gridPoints: 10, tolerance: 1e-6 };
  const outerSearch = coarse ? { gridPoints: 6, tolerance: 1e-3 } : { gridPoints: 12, tolerance: 1e-6 };
  const studentLoss = problem.laws.studentAt(problem.studentParams);
  const innerOptimum = (teacherParams: number) => {
    const teacherForward = problem.forwardFlops(teacherParams);
    const teacherLossAt = problem.laws.supervisedAt(teacherParams);
    // D_S ≥ 1e6 caps the teacher's tokens.
    const tokenRoom = ((compute - perStudentTokenFor(teacherForward) * MIN_COUNT) * students) / (3 * teacherForward);
    const logUpper = Math.min(LOG_MAX_COUNT, Math.log(tokenRoom));
    return minimiseOnInterval(
      (logTokens) => {
        const teacherTokens = Math.exp(logTokens);
        return studentLoss(studentTokensFor(teacherForward, teacherTokens), teacherLossAt(teacherTokens));
      },
      LOG_MIN_COUNT,
      Math.max(LOG_MIN_COUNT, logUpper),
      innerSearch,
    );
  };

  const smallestTeacherTokensCost = MIN_COUNT * (3 / students + inference);
  const largestTeacher = paramsWithForwardFlops(
    problem.forwardFlops,
    (compute - studentForward * MIN_COUNT) / smallestTeacherTokensCost,
  );
  // The outer search's best point already solved its inner search: kept, not solved again (the same numbers).
  let bestLogParams = Number.NaN;
  let bestInner: ReturnType<typeof innerOptimum> | null = null;
  const outer = minimiseOnInterval(
    (logParams) => {
      const found = innerOptimum(Math.exp(logParams));
      if (bestInner === null || found.fun <= bestInner.fun) {
        bestLogParams = logParams;
        bestInner = found;
      }
      return found.fun;
    },
    LOG_MIN_COUNT,
    Math.min(LOG_MAX_COUNT, Math.log(largestTeacher)),
    outerSearch,
  );
  const teacherParams = Math.exp(outer.x);
  const inner = bestInner !== null && bestLogParams === outer.x ? bestInner : innerOptimum(teacherParams);
  const teacherTokens = Math.exp(inner.x);
  return {
    loss: inner.fun,
    studentTokens: studentTokensFor(problem.forwardFlops(teacherParams), teacherTokens),
    teacherParams,
    teacherTokens,
    teacherLoss: problem.laws.supervised(teacherParams, teacherTokens),
    converged: outer.converged && inner.converged,
  };
}
