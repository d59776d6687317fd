/**
 * Field values shared by the plan, cost and compare answers: the budget, its GPU-hours and cost, the teacher, the
 * compute split, the flip. Each is core's part description (core/answer/parts.ts) worded once by messages/, the same
 * words the decide answer uses.
 */
import {
  type Decision,
  type DistillationPlan,
  describeBudget,
  describeCost,
  describeGpuHours,
  describePlannedTeacher,
  describeSplit,
  PLAN_PARTS,
} from '../../../core/index.js';
import {
  CATALOGUES,
  type Format,
  namesFor,
  wordBudget,
  wordCost,
  wordCostAtGlance,
  wordGpuHours,
  wordSplit,
  wordTeacher,
  wordTypedBudget,
} from '../../../messages/index.js';
import type { Costing } from '../results/compute.js';

/** The budget as typed, with what it buys: "$200K ≈ 1.1×10²¹ FLOP (8.0×10²⁰–1.3×10²¹)". */
export function budgetText(format: Format, costing: Costing): string {
  return wordBudget(describeBudget(costing), format.lang);
}

/** A money or GPU-hours budget in the answer's formats (undefined for FLOPs): "3,000万円", "500 GPU時間". */
export function budgetTyped(format: Format, costing: Costing): string | undefined {
  return wordTypedBudget(describeBudget(costing), format);
}

/** GPU-hours on the GPU at the base MFU, with the band when it is one. */
export function gpuHoursText(format: Format, costing: Costing): string {
  return wordGpuHours(describeGpuHours(costing), format.lang);
}

/** The budget's money at a glance (the base figure, in the answer's currency), if there is one. */
export function costAtGlance(format: Format, costing: Costing): string | undefined {
  return wordCostAtGlance(describeCost(costing), format.lang);
}

/** The budget's money: the amount typed for a money budget; otherwise the priced FLOPs, with their band for a FLOPs budget. */
export function costText(format: Format, costing: Costing): string {
  return wordCost(describeCost(costing), format.lang, namesFor('slack'));
}

/** The plan's teacher: size, tokens, loss; "new" when the budget pays for training it, and who shares it. */
export function trainedTeacherText(format: Format, plan: DistillationPlan): string {
  return wordTeacher(describePlannedTeacher(plan), format.lang);
}

export const PART_NAMES = PLAN_PARTS;

/** "student training 71.2% · teacher logits 28.8%": the parts that cost anything. */
export function splitText(format: Format, plan: DistillationPlan): string {
  return wordSplit(describeSplit(plan), format.lang);
}

/** The call a person acts on (core's evidence policy): "Distil", "僅差". */
export function callWord(format: Format, call: Decision['call']): string {
  return CATALOGUES[format.lang].headline.call[call];
}
