/**
 * The one place the bot imports core/cost from, so a move of its public entry
 * point touches one file.
 */
export {
  type Band,
  type Budgeted,
  type BudgetFlops,
  budgetFor,
  type CostEstimate,
  type Costing,
  type CostOptions,
  costingOf,
  type FlopsCost,
  formatHoursFigure,
  GPU_IDS,
  type GpuUsed,
  type PlanCost,
  PROVIDERS,
  parseWorkspaceRates,
  type WorkspaceRate,
  withJapaneseYen,
} from '../../../core/cost/index.js';
