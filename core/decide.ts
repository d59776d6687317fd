/**
 * The question distilplan answers: for this student size, budget and teacher
 * situation, does distillation (Busbridge et al. 2025, Eq. 8) beat training
 * the same student directly (Eq. 1) — by how much, with what plan, and at
 * what budget would the answer flip?
 */
import type { CoefficientSetId } from './coefficients.js';
import { InfeasibleBudgetError } from './errors.js';
import {
  type Call,
  type CallReason,
  type CallResult,
  callFor,
  directInsideEvidence,
  type EvidenceBudgets,
  type EvidenceMeter,
  type EvidenceValues,
  evidenceBudgets,
  type FindingCode,
  insideEvidence,
  type LossName,
  type OutsideQuantity,
  type TeacherKind,
} from './evidence.js';
import { type DecisionUncertainty, type PlanLosses, type PlanPoint, uncertaintyOf } from './fit/uncertainty.js';
import type { FlopCounting } from './flops.js';
import { checkTeacherLoss, infiniteDataLossOf, lawsFor, type PreparedLaws, tokensReachingLoss } from './laws.js';
import { MAX_COUNT, MAX_SEARCH_COMPUTE, MIN_COUNT } from './optimise/bounds.js';
import {
  bestTeacherLoss,
  checkFeasible,
  type DistillationProblem,
  minimumCompute,
  optimiseDistillation,
  type TeacherChoice,
} from './optimise/distil.js';
import { type Flip, findFlips, nearestFlip } from './optimise/flip.js';
import type { Scenario } from './optimise/scenarios.js';
import { optimalSupervisedOf, supervisedTokensFor } from './optimise/supervised.js';
import { cheapestTeacherFor } from './optimise/teacher.js';
import {
  accountPlan,
  checkCompute,
  checkConverged,
  checkParams,
  checkStudents,
  type DistillationPlan,
  type PlanOptions,
  type Resolved,
  resolveOptions,
} from './plans.js';
import { computeRatioOf, computeToReach } from './ratio.js';
import { checkRange, TOKENS_LIMITS } from './units.js';
import { extrapolationWarnings, type Warning, type WeakerTeacher } from './validity.js';

/** Who the teacher is: an existing model (by loss and size, or by size and tokens), or none yet. */
export type TeacherSituation =
  | { kind: 'loss'; teacherLoss: number; teacherParams: number }
  | { kind: 'size'; teacherParams: number; teacherTokens: number }
  | { kind: 'none'; students?: number };

export interface DecisionRequest {
  studentParams: number;
  /** Total budget in FLOPs for this student (its share of a new teacher included). */
  compute: number;
  teacher: TeacherSituation;
}

export type Verdict = 'distil' | 'train';

/** Where the nearest flip budget lies against the evidence: below its floor it is "never at a realistic budget". */
export type FlipEvidence = 'inside' | 'below-evidence' | 'above-evidence';

/** The evidence behind the call (core/evidence.ts): codes and numbers for the faces to word. */
export interface DecisionEvidence {
  reasons: CallReason[];
  /** What the paper found for this teacher situation. */
  finding: FindingCode;
  /**
   * The laws' prediction-error band at this loss in nats, for reference: 1% of the larger loss (the paper's
   * reported error), plus 0.012 when the teacher is trained for the purpose. The call follows verdictShare.
   */
  closeCallNats: number;
  /** The evidence meter: the largest factor beyond a fitted range and its quantity; null inside every range. */
  meter: EvidenceMeter;
  /** Coefficients the set's fit could not pin down (its `unidentified`); [] when all were pinned or none fitted. */
  unidentified: string[];
  /** Quantities more than EVIDENCE_FACTOR beyond the fitted ranges. */
  outside: OutsideQuantity[];
  /** Losses above ln(vocabulary): numbers kept for scripts, never shown as a prediction. */
  lossesAboveUniform: LossName[];
  /** Budgets that bring this question inside the evidence; null: none in 1e17–1e28 FLOPs; absent: not searched. */
  budgets?: EvidenceBudgets | null;
  /** The nearest flip budget against those budgets; null: no flip (or not searched). */
  flip: FlipEvidence | null;
}

export interface Decision {
  coefficients: CoefficientSetId;
  flopCounting: FlopCounting;
  /** The law's verdict: the sign of the margin. */
  verdict: Verdict;
  /** What to act on: the verdict where the evidence supports it (see core/evidence.ts). */
  call: Call;
  evidence: DecisionEvidence;
  distilLoss: number;
  supervisedLoss: number;
  /** supervisedLoss − distilLoss in nats: positive means distillation wins. */
  margin: number;
  /** Share of the set's plausible laws (core/plausible.ts) in which this plan's distillation wins: decides the call. */
  verdictShare: number;
  /** The same plan under the plausible laws: their count, verdictShare, 90% intervals of both losses, and sources. */
  uncertainty: DecisionUncertainty;
  /**
   * App. D.5: the compute this distillation route needs to reach the direct route's loss ÷ the budget.
   * Below 1 distillation is cheaper; null when it cannot reach that loss by 1e28 FLOPs (or not searched).
   */
  computeRatio: number | null;
  scenario: Scenario;
  students: number;
  teacherSource: 'given-loss' | 'size-and-tokens' | 'trained-for-this';
  plan: DistillationPlan;
  /** The same student trained directly on the whole budget. */
  supervised: { params: number; tokens: number; loss: number; compute: number };
  /** The budget nearest to this one at which the verdict flips; null: never in [1e17, 1e28] FLOPs. */
  flipCompute: number | null;
  /** Every flip found in [1e17, 1e28] FLOPs, ascending. */
  flipComputes: number[];
  /** The verdict for budgets just above flipCompute. */
  verdictAboveFlip: Verdict | null;
  /** false when the caller skipped the budget searches (flips, compute ratio, evidence budgets). */
  flipSearched: boolean;
  warnings: Warning[];
}

export interface DecisionOptions extends PlanOptions {
  /**
   * false skips the budget searches (flipCompute and computeRatio null, evidence.budgets absent, flipSearched
   * false): a sheet row needs only the verdict and the call.
   */
  flipSearch?: boolean;
  /**
   * Accepted for older callers and ignored: the plausible laws decide the call, so they are always weighed
   * (a few hundred law evaluations).
   */
  uncertainty?: boolean;
}

/**
 * The decision as a short sequence of named steps: check the question, plan at the asked budget, weigh the plan
 * under the plausible laws and the evidence policy, search the budgets (flips, evidence interval, compute ratio),
 * and put the answer together.
 */
export function decide(request: DecisionRequest, options: DecisionOptions = {}): Decision {
  const question = checkedQuestion(request, options);
  const plan = planAtBudget(question);
  const judged = judgeCall(question, plan);
  const searched = options.flipSearch === false ? null : searchBudgets(question, plan);
  return assembleDecision(question, plan, judged, searched);
}

/** A checked question: its inputs, laws, teacher situation, and the smallest budget that buys any plan. */
interface Question {
  resolved: Resolved;
  studentParams: number;
  compute: number;
  laws: PreparedLaws;
  situation: Situation;
  /** The distillation problem at the asked budget (fine effort). */
  problem: DistillationProblem;
  /** Depends on the student, scenario and teacher, never on the budget itself. */
  smallestCompute: number;
}

/** Checks every input (in the order faces word their errors) and refuses a budget that buys no plan. */
function checkedQuestion(request: DecisionRequest, options: DecisionOptions): Question {
  const resolved = resolveOptions(options);
  const studentParams = checkParams(request.studentParams, 'studentParams');
  const compute = checkCompute(request.compute);
  const laws = lawsFor(resolved.set);
  const situation = checkSituation(request.teacher, laws, resolved.set);
  const partial = { resolved, studentParams, compute, laws, situation };
  const problem = problemAt(partial, compute, 'fine');
  const smallestCompute = situation.minimumCompute(problem);
  checkFeasible(problem, smallestCompute);
  return { ...partial, problem, smallestCompute };
}

/** The distillation problem at one budget: every field written out (a budget search builds one per budget it visits). */
function problemAt(
  question: Pick<Question, 'resolved' | 'studentParams' | 'laws' | 'situation'>,
  budget: number,
  effort: 'fine' | 'coarse',
): DistillationProblem {
  return {
    set: question.resolved.set,
    laws: question.laws,
    studentParams: question.studentParams,
    forwardFlops: question.resolved.forwardFlops,
    compute: budget,
    scenario: question.situation.scenario,
    students: question.situation.students,
    effort,
  };
}

/** The compute-optimal plan at the asked budget, accounted; a search that did not converge is refused. */
function planAtBudget(question: Question): DistillationPlan {
  const choice = question.situation.choose(question.problem);
  return checkConverged(accountPlan(question.problem, question.resolved.flopCounting, choice));
}

interface Judged {
  uncertainty: DecisionUncertainty;
  call: CallResult;
}

/** The plan under the set's plausible laws, and the call the evidence policy makes of it (core/evidence.ts). */
function judgeCall(question: Question, plan: DistillationPlan): Judged {
  const { situation } = question;
  const uncertainty = uncertaintyOf(question.resolved.set, planPointOf(plan, situation.source === 'given-loss'), {
    teacherTrained: !situation.teacherGiven,
  });
  const call = callFor(question.resolved.set, {
    margin: plan.supervisedLoss - plan.loss,
    teacher: teacherKindOf(situation),
    values: evidenceValues(plan),
    verdictShare: uncertainty.verdictShare,
  });
  return { uncertainty, call };
}

/** What the budget searches found (none of it depends on the asked budget except which flip is nearest). */
interface Searched {
  flips: Flip[];
  nearest: Flip | null;
  budgets: EvidenceBudgets | null;
  computeRatio: number | null;
}

/** The three budget searches, sharing one curve of coarse plans (each budget's plan computed once). */
function searchBudgets(question: Question, plan: DistillationPlan): Searched {
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
    // Eq. 27's closed form (the situation's own choose), without a problem or a choice per budget.
    const point: EvidenceValues = {
      studentParams,
      studentTokens: 0,
      supervisedTokens: 0,
      teacherLoss: situation.teacherLoss,
      studentLoss: 0,
      supervisedLoss: 0,
    };
    const studentAt = laws.studentAt(studentParams);
    const perStudentToken = 3 * forwardFlops(studentParams) + forwardFlops(situation.teacherParams);
    return {
      pointAt: (budget) => {
        point.studentTokens = Math.min(MAX_COUNT, budget / perStudentToken);
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
  return findFlips(
    (budget) => {
      const point = curve.pointAt(budget);
      return point.supervisedLoss - point.studentLoss;
    },
    question.situation.scanStep,
    (budget) => budget >= question.smallestCompute,
  );
}

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
  const cannotReach = (budget: number): boolean => teacherLossFloor(budget) > plan.supervisedLoss + 1e-9;
  const distilCompute = computeToReach(
    (budget) => curve.pointAt(budget).studentLoss,
    plan.supervisedLoss,
    question.smallestCompute,
    MAX_SEARCH_COMPUTE,
    cannotReach,
  );
  return computeRatioOf(distilCompute, question.compute);
}

/** The answer as every face receives it. */
function assembleDecision(
  question: Question,
  plan: DistillationPlan,
  judged: Judged,
  searched: Searched | null,
): Decision {
  const { resolved, situation, problem, studentParams, compute } = question;
  const { uncertainty, call } = judged;
  const margin = plan.supervisedLoss - plan.loss;
  const nearest = searched?.nearest ?? null;
  const budgets = searched?.budgets;
  return {
    coefficients: resolved.set.id,
    flopCounting: resolved.flopCounting,
    verdict: margin > 0 ? 'distil' : 'train',
    call: call.call,
    evidence: {
      reasons: call.reasons,
      finding: call.finding,
      closeCallNats: call.closeCallNats,
      meter: call.meter,
      unidentified: resolved.set.fit?.unidentified ?? [],
      outside: call.outside,
      lossesAboveUniform: call.lossesAboveUniform,
      ...(budgets === undefined ? {} : { budgets }),
      flip: nearest && budgets !== undefined ? flipAgainst(nearest.compute, budgets) : null,
    },
    distilLoss: plan.loss,
    supervisedLoss: plan.supervisedLoss,
    margin,
    verdictShare: uncertainty.verdictShare,
    uncertainty,
    computeRatio: searched ? searched.computeRatio : null,
    scenario: situation.scenario,
    students: situation.students,
    teacherSource: situation.source,
    plan,
    supervised: { params: studentParams, tokens: plan.supervisedTokens, loss: plan.supervisedLoss, compute },
    flipCompute: nearest?.compute ?? null,
    flipComputes: searched ? searched.flips.map((flip) => flip.compute) : [],
    verdictAboveFlip: nearest ? nearest.above : null,
    flipSearched: searched !== null,
    warnings: [
      ...warningsFor(problem, plan, situation, call.call === 'close-call' ? uncertainty : null),
      ...capacityGapWarnings(problem, plan, situation),
    ],
  };
}

/** A decision's plan under another law (for comparing students under the same plausible laws). */
export function decisionLosses(decision: Pick<Decision, 'plan' | 'teacherSource'>): PlanLosses {
  return planLossesUnder(decision.plan, decision.teacherSource === 'given-loss');
}

/** A decision's plan as the numbers its losses under every plausible law depend on (core/fit/uncertainty.ts). */
export function decisionPoint(decision: Pick<Decision, 'plan' | 'teacherSource'>): PlanPoint {
  return planPointOf(decision.plan, decision.teacherSource === 'given-loss');
}

/** The plan's numbers the plausible laws read: the teacher's loss follows each law unless it was given. */
export function planPointOf(plan: DistillationPlan, teacherLossGiven: boolean): PlanPoint {
  return {
    studentParams: plan.studentParams,
    studentTokens: plan.studentTokens,
    supervisedTokens: plan.supervisedTokens,
    teacherParams: plan.teacherParams,
    teacherTokens: plan.teacherTokens,
    teacherLoss: plan.teacherLoss,
    teacherLossGiven,
  };
}

/** This plan's two losses under another law: the teacher's loss follows the law unless it was given. */
export function planLossesUnder(plan: DistillationPlan, teacherLossGiven: boolean): PlanLosses {
  return (laws) => ({
    distil: laws.student(
      plan.studentParams,
      plan.studentTokens,
      teacherLossGiven ? plan.teacherLoss : laws.supervised(plan.teacherParams, plan.teacherTokens),
    ),
    supervised: laws.supervised(plan.studentParams, plan.supervisedTokens),
  });
}

function teacherKindOf(situation: Situation): TeacherKind {
  if (situation.teacherGiven) return 'existing';
  return situation.students > 1 ? 'new-shared' : 'new-for-one';
}

function evidenceValues(plan: DistillationPlan): EvidenceValues {
  return {
    studentParams: plan.studentParams,
    studentTokens: plan.studentTokens,
    supervisedTokens: plan.supervisedTokens,
    teacherLoss: plan.teacherLoss,
    studentLoss: plan.loss,
    supervisedLoss: plan.supervisedLoss,
  };
}

function flipAgainst(flip: number, budgets: EvidenceBudgets | null): FlipEvidence {
  if (budgets === null) return 'below-evidence';
  if (budgets.low !== null && flip < budgets.low) return 'below-evidence';
  if (budgets.high !== null && flip > budgets.high) return 'above-evidence';
  return 'inside';
}

interface Situation {
  scenario: Scenario;
  students: number;
  source: Decision['teacherSource'];
  /** log10 step of the flip scan: fine where a plan is closed-form, coarse where it needs the 2-D optimiser. */
  scanStep: number;
  choose(problem: DistillationProblem): TeacherChoice;
  /** The smallest budget that buys 1e6 student tokens in this situation. */
  minimumCompute(problem: DistillationProblem): number;
  teacherGiven: boolean;
  /** A given teacher's size and loss (NaN when the teacher is trained for the purpose). */
  teacherParams: number;
  teacherLoss: number;
}

function checkSituation(teacher: TeacherSituation, laws: PreparedLaws, set: DistillationProblem['set']): Situation {
  if (teacher.kind === 'none') {
    const students = checkStudents(teacher.students ?? 1);
    return {
      scenario: 'pretraining-and-inference',
      students,
      source: 'trained-for-this',
      scanStep: 2,
      teacherGiven: false,
      teacherParams: Number.NaN,
      teacherLoss: Number.NaN,
      choose: optimiseDistillation,
      minimumCompute,
    };
  }
  const teacherParams = checkParams(teacher.teacherParams, 'teacherParams');
  const teacherTokens =
    teacher.kind === 'size' ? checkRange('teacherTokens', teacher.teacherTokens, TOKENS_LIMITS) : null;
  const teacherLoss =
    teacher.kind === 'loss'
      ? checkTeacherLoss(set, teacher.teacherLoss)
      : laws.supervised(teacherParams, teacherTokens!);
  const impliedTokens = teacherTokens ?? tokensReachingLoss(set.supervised, teacherParams, teacherLoss);
  return {
    scenario: 'teacher-inference',
    students: 1,
    source: teacher.kind === 'loss' ? 'given-loss' : 'size-and-tokens',
    scanStep: 0.25,
    teacherGiven: true,
    teacherParams,
    teacherLoss,
    // This teacher's logits cost F(N_T) per student token, so 1e6 student tokens cost (3·F(N_S) + F(N_T))·1e6.
    minimumCompute: (problem) =>
      (3 * problem.forwardFlops(problem.studentParams) + problem.forwardFlops(teacherParams)) * MIN_COUNT,
    // Eq. 27: with an existing teacher, D_S = C / (3·F(N_S) + F(N_T)).
    choose: (problem) => {
      const studentTokens = Math.min(
        MAX_COUNT,
        problem.compute / (3 * problem.forwardFlops(problem.studentParams) + problem.forwardFlops(teacherParams)),
      );
      return {
        loss: problem.laws.student(problem.studentParams, studentTokens, teacherLoss),
        studentTokens,
        teacherParams,
        teacherTokens: impliedTokens,
        teacherLoss,
        teacherGiven: true,
        converged: true, // closed form (Eq. 27): no search
      };
    },
  };
}

function warningsFor(
  problem: DistillationProblem,
  plan: DistillationPlan,
  situation: Situation,
  closeCall: DecisionUncertainty | null,
): Warning[] {
  const warnings = extrapolationWarnings({
    studentParams: plan.studentParams,
    studentTokens: plan.studentTokens,
    teacherLoss: plan.teacherLoss,
    studentLoss: plan.loss,
    teacherParams: plan.teacherParams,
    teacherTokens: situation.teacherGiven ? null : plan.teacherTokens,
    supervisedTokens: plan.supervisedTokens,
  });
  // Eq. 8 keeps L_S above L_T, so a student that would beat its teacher on its own is held back by it.
  if (plan.supervisedLoss < plan.teacherLoss) {
    warnings.push({
      code: 'student-beats-teacher',
      supervisedLoss: plan.supervisedLoss,
      teacherLoss: plan.teacherLoss,
    });
  }
  if (situation.teacherGiven && plan.teacherTokens === 0) {
    warnings.push({
      code: 'teacher-loss-unreachable',
      teacherParams: plan.teacherParams,
      bestLoss: infiniteDataLossOf(problem.set.supervised, plan.teacherParams),
      teacherLoss: plan.teacherLoss,
    });
  }
  if (closeCall)
    warnings.push({
      code: 'close-call',
      margin: Math.abs(plan.supervisedLoss - plan.loss),
      share: closeCall.verdictShare,
      samples: closeCall.samples,
    });
  if (plan.unusedCompute > 1e-9 * plan.compute) {
    warnings.push({ code: 'unused-compute', unusedCompute: plan.unusedCompute });
  }
  return warnings;
}

/** The lowest loss direct training reaches on a budget; −∞ (no floor) where it buys no model inside the bounds. */
function bestSupervisedLoss(
  set: DistillationProblem['set'],
  budget: number,
  forwardFlops: (params: number) => number,
): number {
  try {
    return optimalSupervisedOf(set, budget, forwardFlops).loss;
  } catch (error) {
    if (error instanceof InfeasibleBudgetError) return Number.NEGATIVE_INFINITY;
    throw error;
  }
}

/** A given teacher past the capacity gap: a weaker (cheaper) teacher would give this student a lower loss. */
function capacityGapWarnings(problem: DistillationProblem, plan: DistillationPlan, situation: Situation): Warning[] {
  if (!situation.teacherGiven) return [];
  const best = bestTeacherLoss(problem, plan.studentTokens);
  // A search that did not converge names no better teacher.
  if (!best.converged) return [];
  if (best.teacherLoss <= plan.teacherLoss || plan.loss - best.loss < 1e-3) return [];
  return [
    {
      code: 'capacity-gap',
      betterTeacherLoss: best.teacherLoss,
      betterLoss: best.loss,
      loss: plan.loss,
      weaker: weakerTeacher(problem, plan.teacherParams, best.teacherLoss),
    },
  ];
}

/** Names a teacher reaching `loss`: this size on fewer tokens (same logit cost, so the quoted L_S is exact), else the cheapest model. */
function weakerTeacher(problem: DistillationProblem, teacherParams: number, loss: number): WeakerTeacher {
  const tokens = tokensReachingLoss(problem.set.supervised, teacherParams, loss);
  if (tokens >= MIN_COUNT) return { kind: 'checkpoint', teacherParams, tokens };
  const teacher = cheapestTeacherFor(problem.set, loss, problem.forwardFlops);
  return { kind: 'cheapest', params: teacher.params, tokens: teacher.tokens };
}
