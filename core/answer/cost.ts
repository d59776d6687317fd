/**
 * The cost answer as data: what a budget (FLOPs, GPU-hours or money) buys and costs on a GPU, with the MFU band and
 * the dated price; with a student, the plan on that budget part by part. messages/ words it (wordCost); Slack and
 * the CLI lay the words out.
 */
import type { Costing } from '../cost/costing.js';
import type { MoneyAmount } from '../headline.js';
import type { DistillationPlan } from '../plans.js';
import type { QuestionReading } from '../question/read.js';
import {
  type CostedFigures,
  describeCosted,
  describeHardware,
  describeLaw,
  describeMoneyNotes,
  type HardwareFigure,
  type LawNote,
  type MoneyNotes,
} from './parts.js';
import { type PlanFigures, planFigures } from './plan.js';

export interface CostDescription {
  kind: 'cost';
  question: QuestionReading | null;
  /** What the title says: the money at a glance (or the GPU-hours without a price), and whether a plan was costed. */
  title: { plan: boolean; amount: MoneyAmount | null; gpuHours: number };
  figures: {
    costed: CostedFigures;
    /** Every digit of the base cost, for a budget not typed in money. */
    costExact: MoneyAmount | null;
    perGpuHour: MoneyAmount | null;
    /** The plan on the budget, when a student was given. */
    plan: PlanFigures | null;
  };
  notes: { law: LawNote | null; hardware: HardwareFigure; money: MoneyNotes };
}

export function describeCostAnswer(
  costing: Costing,
  plan?: DistillationPlan,
  question: QuestionReading | null = null,
): CostDescription {
  const { total, budget } = costing;
  const typedMoney = budget.budget.kind === 'money' ? budget.budget : null;
  const glance = total
    ? { amount: total.cost.base, currency: total.currency }
    : typedMoney
      ? { amount: typedMoney.amount, currency: typedMoney.currency }
      : null;
  const costed = describeCosted(costing);
  return {
    kind: 'cost',
    question,
    title: { plan: plan !== undefined, amount: glance, gpuHours: budget.gpuHours.base },
    figures: {
      costed,
      costExact: total && !typedMoney ? { amount: total.cost.base, currency: total.currency } : null,
      perGpuHour: total ? { amount: total.assumptions.price.perGpuHour, currency: total.currency } : null,
      plan: plan ? planFigures(plan, costed) : null,
    },
    notes: {
      // The law only matters when a plan was computed.
      law: plan ? describeLaw(plan.coefficients, plan.flopCounting) : null,
      hardware: describeHardware(costing),
      money: describeMoneyNotes(costing),
    },
  };
}
