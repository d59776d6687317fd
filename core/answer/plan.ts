/**
 * The plan answer as data: the compute-optimal distillation for a student, budget and scenario (Busbridge et al.
 * 2025, §5), its losses, tokens, teacher and compute split, and with a price what the budget and each part cost.
 * messages/ words it (wordPlan); Slack and the CLI lay the words out.
 */
import type { Costing } from '../cost/costing.js';
import type { Scenario } from '../optimise/scenarios.js';
import type { DistillationPlan } from '../plans.js';
import type { QuestionReading } from '../question/read.js';
import {
  type CostedFigures,
  describeCosted,
  describeHardware,
  describeLaw,
  describeMoneyNotes,
  describePlannedTeacher,
  describeSplit,
  type HardwareFigure,
  type LawNote,
  type MoneyNotes,
  type SplitFigure,
  type TeacherFigure,
} from './parts.js';

export interface PlanFigures {
  studentParams: number;
  /** The FLOPs the plan spends. */
  compute: number;
  scenario: Scenario;
  students: number;
  losses: { distilled: number; direct: number };
  studentTokens: number;
  teacher: TeacherFigure;
  split: SplitFigure;
  /** With a costing: the budget, GPU-hours, cost and each part's cost. */
  costed: CostedFigures | null;
}

export interface PlanDescription {
  kind: 'plan';
  question: QuestionReading | null;
  figures: PlanFigures;
  notes: { law: LawNote; hardware: HardwareFigure | null; money: MoneyNotes | null };
}

export function describePlan(
  plan: DistillationPlan,
  costing?: Costing,
  question: QuestionReading | null = null,
): PlanDescription {
  return {
    kind: 'plan',
    question,
    figures: planFigures(plan, costing ? describeCosted(costing) : null),
    notes: {
      law: describeLaw(plan.coefficients, plan.flopCounting),
      hardware: costing ? describeHardware(costing) : null,
      money: costing ? describeMoneyNotes(costing) : null,
    },
  };
}

/** A plan's figures beside what its budget buys and costs, already described (the cost answer's plan reuses its own). */
export function planFigures(plan: DistillationPlan, costed: CostedFigures | null): PlanFigures {
  return {
    studentParams: plan.studentParams,
    compute: plan.compute,
    scenario: plan.scenario,
    students: plan.students,
    losses: { distilled: plan.loss, direct: plan.supervisedLoss },
    studentTokens: plan.studentTokens,
    teacher: describePlannedTeacher(plan),
    split: describeSplit(plan),
    costed,
  };
}
