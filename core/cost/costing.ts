/**
 * A budget as people give it (money, GPU-hours or FLOPs) → the FLOPs the
 * optimisers plan with, and a plan's parts in GPU-hours and money. Every face
 * that takes `--budget`/`budget=` goes through here, so the CLI, Slack and
 * Sheets quote the same money for the same inputs.
 */

import type { PlanFlops } from '../plans.js';
import type { Budget } from './budget.js';
import { type CostEstimate, costFlops, type GpuUsed } from './cost.js';
import { type BudgetFlops, flopsForBudget } from './inverse.js';
import { type Band, type CostOptions, resolveCostOptions } from './options.js';
import { costPlan, type PlanCost } from './plan.js';

export interface Budgeted {
  budget: BudgetFlops;
  /** FLOPs the optimisers plan with: the budget at the base MFU. */
  flops: number;
  /** Cost options with the answer's currency settled (a money budget sets it unless currency= says otherwise). */
  options: CostOptions;
}

export function budgetFor(budget: Budget | string | number, options: CostOptions = {}): Budgeted {
  const bought = flopsForBudget(budget, options);
  const currency = options.currency ?? (bought.budget.kind === 'money' ? bought.budget.currency : undefined);
  return { budget: bought, flops: bought.flops.base, options: { ...options, currency } };
}

export interface Costing {
  budget: BudgetFlops;
  flops: number;
  gpu: GpuUsed;
  mfu: Band<number>;
  /** The planned FLOPs in money; absent when the GPU has no price and none was given. */
  total?: CostEstimate;
  /** A plan's parts in GPU-hours and money. */
  parts?: PlanCost;
  /** What the budget at which the verdict flips would cost. */
  flip?: CostEstimate;
}

export function costingOf(budgeted: Budgeted, plan?: { flops: PlanFlops }, flipCompute?: number | null): Costing {
  const { budget, flops, options } = budgeted;
  const base: Costing = { budget, flops, gpu: budget.gpu, mfu: budget.mfu };
  // GPU-hours only when the table has no price for this GPU and none was given.
  if (resolveCostOptions(options, false).price === undefined) return base;
  return {
    ...base,
    total: costFlops(flops, options),
    parts: plan && costPlan(plan.flops, options),
    flip: typeof flipCompute === 'number' ? costFlops(flipCompute, options) : undefined,
  };
}
