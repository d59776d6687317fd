/**
 * The one place the bot imports core/cost from, so a move of its public entry
 * point touches one file.
 */
export { flopsForBudget, type BudgetFlops } from '../../../core/cost/inverse.js';
export { costFlops, type CostAssumptions, type CostEstimate, type FlopsCost, type GpuUsed } from '../../../core/cost/cost.js';
export { costPlan, type PlanCost } from '../../../core/cost/plan.js';
export { resolveCostOptions, type Band, type CostOptions } from '../../../core/cost/options.js';
export { GPU_IDS } from '../../../core/cost/gpus.js';
export { PROVIDERS } from '../../../core/cost/prices.js';
