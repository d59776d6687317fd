/**
 * A decision's budget searches (core/decide.ts): the budgets where the verdict flips (core/optimise/flip.ts), the
 * interval of budgets inside the evidence (core/evidence.ts) and the compute ratio (core/ratio.ts, App. D.5). The
 * asked budget enters only as the nearest flip, the evidence scan's first point and the ratio's target loss; all
 * three read one curve of coarse plans, each budget's plan computed once.
 */
import type { CoefficientSet } from './coefficients.js';
import { existingTeacherTokenCost, existingTeacherTokens, problemAt, type Question } from './decision-question.js';
import { InfeasibleBudgetError } from './errors.js';
import {
  directInsideEvidence,
  type EvidenceBudgets,
  type EvidenceValues,
  evidenceBudgets,
  insideEvidence,
} from './evidence.js';
import { MAX_SEARCH_COMPUTE } from './optimise/bounds.js';
import { bestTeacherLoss } from './optimise/distil.js';
import { type Flip, findFlips, nearestFlip } from './optimise/flip.js';
import { optimalSupervisedOf, supervisedTokensFor } from './optimise/supervised.js';
import type { DistillationPlan } from './plans.js';
import { computeRatioOf, computeToReach } from './ratio.js';

/** What the budget searches found (none of it depends on the asked budget except which flip is nearest). */
export interface Searched {
  flips: Flip[];
  nearest: Flip | null;
  budgets: EvidenceBudgets | null;
  computeRatio: number | null;
}

/** The three budget searches, sharing one curve of coarse plans (each budget's plan computed once). */
export function searchBudgets(question: Question, plan: DistillationPlan): Searched {
  const curve = budgetCurve(question);
  const flips = flipBudgets(question, curve);
  return {
    flips,
    nearest: nearestFlip(flips, question.compute),
    budgets: evidenceInterval(question, curve),
    computeRatio: computeRatioAt(question, plan, curve),
  };
}

/** Coarse plans along the budget axis, as the numbers the searches read (losses and evidence values). */
interface BudgetCurve {
  /** The coarse plan's numbers at a budget; read at once (a given teacher's curve reuses one object). */
  pointAt(budget: number): EvidenceValues;
}

function budgetCurve(question: Question): BudgetCurve {
  const { situation, studentParams, laws } = question;
  const forwardFlops = question.resolved.forwardFlops;
  const supervisedAt = laws.supervisedAt(studentParams);
  if (situation.teacherGiven) {
    // Eq. 27's closed form, as the situation's own choose, without a problem or a choice per budget.
    const point: EvidenceValues = {
      studentParams,
      studentTokens: 0,
      supervisedTokens: 0,
      teacherLoss: situation.teacherLoss,
      studentLoss: 0,
      supervisedLoss: 0,
    };
    const studentAt = laws.studentAt(studentParams);
    const tokenCost = existingTeacherTokenCost(forwardFlops, studentParams, situation.teacherParams);
    return {
      pointAt: (budget) => {
        point.studentTokens = existingTeacherTokens(budget, tokenCost);
        point.studentLoss = studentAt(point.studentTokens, situation.teacherLoss);
        point.supervisedTokens = supervisedTokensFor(budget, studentParams, forwardFlops);
        point.supervisedLoss = supervisedAt(point.supervisedTokens);
        return point;
      },
    };
  }
  // The searches revisit budgets (the flip scan's decades are the evidence scan's): each budget's coarse plan once.
  const points = new Map<number, EvidenceValues>();
  return {
    pointAt: (budget) => {
      let point = points.get(budget);
      if (point === undefined) {
        const choice = situation.choose(problemAt(question, budget, 'coarse'));
        const supervisedTokens = supervisedTokensFor(budget, studentParams, forwardFlops);
        point = {
          studentParams,
          studentTokens: choice.studentTokens,
          supervisedTokens,
          teacherLoss: choice.teacherLoss,
          studentLoss: choice.loss,
          supervisedLoss: supervisedAt(supervisedTokens),
        };
        points.set(budget, point);
      }
      return point;
    },
  };
}

/** Budgets in [1e17, 1e28] FLOPs where the law's verdict flips (core/optimise/flip.ts). */
function flipBudgets(question: Question, curve: BudgetCurve): Flip[] {
  const floor = freeTeacherFloor(question);
  const { studentParams, resolved } = question;
  const supervisedAt = question.laws.supervisedAt(studentParams);
  return findFlips(
    (budget) => {
      const point = curve.pointAt(budget);
      return point.supervisedLoss - point.studentLoss;
    },
    question.situation.scanStep,
    (budget) => budget >= question.smallestCompute,
    // Even a free teacher loses here: so does a paid one (the margin's sign is known without the 2-D plan).
    floor &&
      ((budget) =>
        floor(budget) >
        supervisedAt(supervisedTokensFor(budget, studentParams, resolved.forwardFlops)) + FLOOR_SAFETY_NATS),
  );
}

/**
 * A floor under the distilled loss of any plan at a budget whose teacher is trained here: the best case's L_S (a free
 * teacher, the best one inside the bounds) at the direct route's tokens. Eq. 8 falls with the student's tokens (both
 * its power term and L̃_S fall), and a plan that pays for a teacher buys the student at most C / (3·F(N_S)) tokens,
 * the direct route's. Undefined for a given teacher, and for laws whose coefficients break that monotonicity;
 * −∞ where the best-teacher search did not converge (no floor).
 */
function freeTeacherFloor(question: Question): ((budget: number) => number) | undefined {
  const { resolved, studentParams, laws, situation } = question;
  const { supervised: s, distillation: d } = resolved.set;
  const monotone = d.beta > 0 && d.gamma > 0 && d.c1 >= 0 && d.f1 > 0 && s.beta > 0 && s.gamma > 0;
  if (situation.teacherGiven || !monotone) return undefined;
  const problem = { set: resolved.set, laws, studentParams };
  return (budget) => {
    const best = bestTeacherLoss(problem, supervisedTokensFor(budget, studentParams, resolved.forwardFlops));
    return best.converged ? best.loss : Number.NEGATIVE_INFINITY;
  };
}

/**
 * How far the free-teacher floor must lie above a loss to prove a plan's loss above it, nats: far more than the
 * best-teacher search's own error.
 */
const FLOOR_SAFETY_NATS = 1e-6;

/** The interval of budgets around the asked one in which the question is inside the evidence (core/evidence.ts). */
function evidenceInterval(question: Question, curve: BudgetCurve): EvidenceBudgets | null {
  const { resolved, studentParams, laws, smallestCompute } = question;
  const supervisedAt = laws.supervisedAt(studentParams);
  // The student's size and its direct-training tokens and loss are closed-form in the budget: a budget where they
  // are outside the evidence is outside whatever plan the optimiser would find, so that plan is never searched.
  const directInside = (budget: number): boolean => {
    const supervisedTokens = supervisedTokensFor(budget, studentParams, resolved.forwardFlops);
    const supervisedLoss = supervisedAt(supervisedTokens);
    return directInsideEvidence(resolved.set, { studentParams, supervisedTokens, supervisedLoss });
  };
  return evidenceBudgets(
    (budget) =>
      budget >= smallestCompute && directInside(budget) && insideEvidence(resolved.set, curve.pointAt(budget)),
    question.compute,
  );
}

/** App. D.5: the budget distillation needs to reach direct training's loss, over the asked budget. */
function computeRatioAt(question: Question, plan: DistillationPlan, curve: BudgetCurve): number | null {
  const { resolved, situation } = question;
  // Eq. 8 keeps a student's loss above its teacher's, and a teacher trained here gets at most K × the budget: where
  // even the best such teacher (or the given one) is worse than the target, no plan can reach it, so none is searched.
  const teacherLossFloor = situation.teacherGiven
    ? () => plan.teacherLoss
    : (budget: number) => bestSupervisedLoss(resolved.set, situation.students * budget, resolved.forwardFlops);
  const floor = freeTeacherFloor(question);
  const cannotReach = (budget: number): boolean =>
    teacherLossFloor(budget) > plan.supervisedLoss + 1e-9 ||
    (floor !== undefined && floor(budget) > plan.supervisedLoss + FLOOR_SAFETY_NATS);
  const distilCompute = computeToReach(
    (budget) => curve.pointAt(budget).studentLoss,
    plan.supervisedLoss,
    question.smallestCompute,
    MAX_SEARCH_COMPUTE,
    cannotReach,
  );
  return computeRatioOf(distilCompute, question.compute);
}

/** The lowest loss direct training reaches on a budget; −∞ (no floor) where it buys no model inside the bounds. */
function bestSupervisedLoss(set: CoefficientSet, budget: number, forwardFlops: (params: number) => number): number {
  try {
    return optimalSupervisedOf(set, budget, forwardFlops).loss;
  } catch (error) {
    if (error instanceof InfeasibleBudgetError) return Number.NEGATIVE_INFINITY;
    throw error;
  }
}
