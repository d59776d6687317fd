/**
 * The question distilplan answers: for this student size, budget and teacher
 * situation, does distillation (Busbridge et al. 2025, Eq. 8) beat training
 * the same student directly (Eq. 1) — by how much, with what plan, and at
 * what budget would the answer flip?
 */
import { type Searched, searchBudgets } from './budget-searches.js';
import type { CoefficientSetId } from './coefficients.js';
import { checkSituation, problemAt, type Question, type Situation } from './decision-question.js';
import {
  type Call,
  type CallReason,
  type CallResult,
  callFor,
  type EvidenceBudgets,
  type EvidenceMeter,
  type EvidenceValues,
  type FindingCode,
  type LossName,
  type OutsideQuantity,
  type TeacherKind,
} from './evidence.js';
import { type DecisionUncertainty, type PlanLosses, type PlanPoint, uncertaintyOf } from './fit/uncertainty.js';
import type { FlopCounting } from './flops.js';
import { infiniteDataLossOf, lawsFor, tokensReachingLoss } from './laws.js';
import { MIN_COUNT } from './optimise/bounds.js';
import { bestTeacherLoss, checkFeasible, type DistillationProblem } from './optimise/distil.js';
import type { Scenario } from './optimise/scenarios.js';
import { cheapestTeacherFor } from './optimise/teacher.js';
import {
  accountPlan,
  checkCompute,
  checkConverged,
  checkParams,
  type DistillationPlan,
  type PlanOptions,
  resolveOptions,
} from './plans.js';
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
