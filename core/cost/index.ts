/** The cost model's public API: GPUs, prices, money, currencies, budgets, costs, lifetime and display. */
export { GPUS, GPU_IDS, DEFAULT_GPU_ID, PRECISIONS, findGpu, lookupGpu, parsePrecision, densePeakFlopsPerSecond, type GpuSpec, type Precision } from './gpus.js';
export { PRICES, PROVIDERS, pricePerGpuHour, pricesForGpu, defaultPriceFor, findPrice, type PriceEntry, type PriceKind } from './prices.js';
export { Money, parseAmount, toFixedString } from './money.js';
export {
  CURRENCY_FORMS, RATE_FORMS, CURRENCY_SYMBOLS, minorUnitsOf, parseCurrencyCode, resolveCurrency, fromUsd, toUsd,
  describeCurrency, parseMoneyText, type Currency, type CurrencyOptions, type CurrencyUsed, type MoneyText,
} from './currency.js';
export { DEFAULT_MFU_BAND, PRICE_FORMS, parseMfu, parseMfuBand, resolveCostOptions, type Band, type CostOptions, type CostSetup, type ResolvedPrice } from './options.js';
export {
  SECONDS_PER_HOUR, COST_BASIS, costFlops, gpuHoursFor, type CostAssumptions, type CostEstimate, type FlopsCost,
  type GpuHoursEstimate, type GpuUsed, type PriceUsed,
} from './cost.js';
export { costPlan, type PlanCost } from './plan.js';
export { BUDGET_FORMS, FLOPS_PER_PF_DAY, parseBudget, type Budget } from './budget.js';
export { flopsForBudget, budgetToFlops, type BudgetFlops } from './inverse.js';
export { DEFAULT_SERVING_MFU, lifetimeCost, type LifetimeCost, type LifetimeInput, type ServingCost, type Totals } from './lifetime.js';
export { compareRoutes, type Route, type RouteComparison, type SharedLifetimeInput } from './compare.js';
export { formatMoney, formatGpuHours, formatHoursFigure, formatPricePerGpuHour, formatMfuBand, formatCostBand, groupDigits, type Lang, type MoneyFormat } from './format.js';
export { costSummary, assumptionsSummary, type CostLike } from './summary.js';
export { budgetFor, costingOf, type Budgeted, type Costing } from './costing.js';
