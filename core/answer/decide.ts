/**
 * The decide answer as data, once for every face: the question as read, the call and headline (App. D.5's ratio in
 * money and days), the law's bare verdict when the call differs, the figures (both losses and the margin, the
 * plausible laws, the budget, GPU-hours, cost, tokens, teacher, compute split, flip), the warnings split into those
 * that change the decision and the rest, and the notes (law, hardware, price, rate, what the money covers).
 * messages/ words it (wordDecide), and Slack, the CLI and the Sheets sidebar only lay those words out.
 */
import type { Costing } from '../cost/costing.js';
import type { LifetimeCost } from '../cost/lifetime.js';
import type { Decision, Verdict } from '../decide.js';
import type { LossName } from '../evidence.js';
import { describeHeadline, type HeadlineDescription } from '../headline.js';
import type { QuestionReading } from '../question/read.js';
import {
  type BudgetFigure,
  type CostFigure,
  describeBudget,
  describeCost,
  describeGpuHours,
  describeHardware,
  describeLaw,
  describeMoneyNotes,
  describePlannedTeacher,
  describeSplit,
  type FlipFigure,
  type GpuHoursFigure,
  type HardwareFigure,
  type LawNote,
  type MoneyNotes,
  type SplitFigure,
  splitWarnings,
  type TeacherFigure,
  type WarningSplit,
} from './parts.js';

export interface DecideFigures {
  losses: { distilled: number; direct: number; margin: number; aboveUniform: LossName[] };
  /** The plausible laws' share for distillation and both losses' 90% intervals. */
  plausible: { share: number; samples: number; distilled: [number, number]; direct: [number, number] };
  budget: BudgetFigure;
  gpuHours: GpuHoursFigure;
  cost: CostFigure;
  tokens: { distilled: number; direct: number };
  teacher: TeacherFigure;
  split: SplitFigure;
  flip: FlipFigure;
}

export interface DecideDescription {
  kind: 'decide';
  /** The question as core read it (null when the face states it elsewhere). */
  question: QuestionReading | null;
  headline: HeadlineDescription;
  /** The law's bare verdict and its margin in nats, when the call is not it. */
  lawSays: { verdict: Verdict; margin: number } | null;
  figures: DecideFigures;
  /** Training + serving over the horizon, when serving was asked. */
  serving: LifetimeCost | null;
  warnings: WarningSplit;
  notes: { law: LawNote; hardware: HardwareFigure; money: MoneyNotes };
}

export function describeDecide(
  decision: Decision,
  costing: Costing,
  extras: { question?: QuestionReading | null; serving?: LifetimeCost | null } = {},
): DecideDescription {
  return {
    kind: 'decide',
    question: extras.question ?? null,
    headline: describeHeadline(decision, costing),
    lawSays: decision.call === decision.verdict ? null : { verdict: decision.verdict, margin: decision.margin },
    figures: decideFigures(decision, costing),
    serving: extras.serving ?? null,
    warnings: splitWarnings(decision.warnings, decision.call),
    notes: {
      law: describeLaw(decision.coefficients, decision.flopCounting),
      hardware: describeHardware(costing),
      money: describeMoneyNotes(costing),
    },
  };
}

/** The figures alone (compare's per-student figures): no headline, warnings or notes worked out beside them. */
export function decideFigures(decision: Decision, costing: Costing): DecideFigures {
  const u = decision.uncertainty;
  return {
    losses: {
      distilled: decision.distilLoss,
      direct: decision.supervisedLoss,
      margin: decision.margin,
      aboveUniform: decision.evidence.lossesAboveUniform,
    },
    plausible: { share: u.verdictShare, samples: u.samples, distilled: u.distilLoss, direct: u.supervisedLoss },
    budget: describeBudget(costing),
    gpuHours: describeGpuHours(costing),
    cost: describeCost(costing),
    tokens: { distilled: decision.plan.studentTokens, direct: decision.supervised.tokens },
    teacher: teacherOf(decision),
    split: describeSplit(decision.plan),
    flip: flipOf(decision, costing),
  };
}

function teacherOf(decision: Decision): TeacherFigure {
  const { plan } = decision;
  if (decision.teacherSource === 'given-loss')
    return { kind: 'existing', params: plan.teacherParams, loss: plan.teacherLoss };
  if (decision.teacherSource === 'size-and-tokens')
    return { kind: 'existing', params: plan.teacherParams, loss: plan.teacherLoss, tokens: plan.teacherTokens };
  return describePlannedTeacher(plan);
}

function flipOf(decision: Decision, costing: Costing): FlipFigure {
  if (decision.flipCompute === null) return { kind: 'never' };
  if (costing.flipUnrealistic) return { kind: 'below-evidence' };
  const flip = costing.flip;
  return {
    kind: 'at',
    flops: decision.flipCompute,
    ...(flip ? { money: { amount: flip.cost.base, currency: flip.currency } } : {}),
    above: decision.verdictAboveFlip ?? 'train',
  };
}
