/**
 * The few figure words compare's per-student lines share with the other answers: the money at a glance and the
 * budget as typed, each core's part description (core/answer/parts.ts) worded once by messages/.
 */
import { type Decision, describeBudget, describeCost } from '../../../core/index.js';
import { CATALOGUES, type Format, wordCostAtGlance, wordTypedBudget } from '../../../messages/index.js';
import type { Costing } from '../results/compute.js';

/** A money or GPU-hours budget in the answer's formats (undefined for FLOPs): "3,000万円", "500 GPU時間". */
export function budgetTyped(format: Format, costing: Costing): string | undefined {
  return wordTypedBudget(describeBudget(costing), format);
}

/** The budget's money at a glance (the base figure, in the answer's currency), if there is one. */
export function costAtGlance(format: Format, costing: Costing): string | undefined {
  return wordCostAtGlance(describeCost(costing), format.lang);
}

/** The call a person acts on (core's evidence policy): "Distil", "僅差". */
export function callWord(format: Format, call: Decision['call']): string {
  return CATALOGUES[format.lang].headline.call[call];
}
