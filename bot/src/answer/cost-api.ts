/**
 * The one place the bot imports core/cost from, so a move of its public entry
 * point touches one file.
 */
export {
  budgetFor, costingOf, formatGpuHours, formatHoursFigure, formatMfuBand, formatMoney, formatPricePerGpuHour, GPU_IDS, PROVIDERS,
  type Band, type BudgetFlops, type Budgeted, type CostEstimate, type CostOptions, type Costing, type FlopsCost, type GpuUsed, type PlanCost,
} from '../../../core/cost/index.js';
