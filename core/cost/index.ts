/** The cost model's public API: GPUs, prices, money, currencies, budgets, costs, lifetime and display. */

export { BARE_FLOPS_MIN, BUDGET_FORMS, type Budget, FLOPS_PER_PF_DAY, parseBudget } from './budget.js';
export { compareRoutes, type Route, type RouteComparison, type SharedLifetimeInput } from './compare.js';
export {
  COST_BASIS,
  type CostAssumptions,
  type CostEstimate,
  costExactBaseFor,
  costFlops,
  type FlopsCost,
  type GpuHoursEstimate,
  type GpuUsed,
  gpuHoursFor,
  type PriceUsed,
  priceUsedFor,
  SECONDS_PER_HOUR,
} from './cost.js';
export {
  type Budgeted,
  budgetFor,
  type Costing,
  type CostingExtras,
  checkGpus,
  costingOf,
  DEFAULT_GPUS,
  type WallClock,
  wallClockDays,
} from './costing.js';
export {
  CURRENCY_FORMS,
  CURRENCY_SYMBOLS,
  type Currency,
  type CurrencyOptions,
  type CurrencyUsed,
  describeCurrency,
  fromUsd,
  isCalendarDate,
  type MoneyText,
  minorUnitsOf,
  parseCurrencyCode,
  parseMoneyText,
  parseWorkspaceRates,
  RATE_FORMS,
  type RateSource,
  rateFor,
  resolveCurrency,
  toUsd,
  type WorkspaceRate,
} from './currency.js';
export {
  type DeadlineGpus,
  deadlineDaysOf,
  gpusForDeadline,
  MAX_DEADLINE_DAYS,
  parseDeadlineDays,
} from './deadline.js';
export {
  bareDate,
  daysUntilDate,
  deadlineDateOf,
  type IsoDate,
  isDeadlineDate,
  MONTH_NAMES_SOURCE,
  ymdOf,
} from './deadline-date.js';
export { formatDaysFigure, formatHoursFigure, groupDigits, type Lang } from './format.js';
export {
  DEFAULT_GPU_ID,
  densePeakFlopsPerSecond,
  findGpu,
  GPU_IDS,
  GPUS,
  type GpuSpec,
  lookupGpu,
  PRECISIONS,
  type Precision,
  parsePrecision,
} from './gpus.js';
export { type BudgetFlops, budgetFlopsFor, budgetToFlops, flopsForBudget } from './inverse.js';
export {
  DEFAULT_SERVING_MFU,
  type LifetimeCost,
  type LifetimeInput,
  lifetimeCost,
  type ServingCost,
  type Totals,
} from './lifetime.js';
export { Money, parseAmount, toFixedString } from './money.js';
export {
  type Band,
  type CostOptions,
  type CostSetup,
  DEFAULT_MFU_BAND,
  PRICE_FORMS,
  type ProfilePrice,
  parseMfu,
  parseMfuBand,
  profileAmount,
  type ResolvedPrice,
  resolveCostOptions,
  withJapaneseYen,
} from './options.js';
export {
  OWNERSHIP_PARTS,
  type Ownership,
  type OwnershipInput,
  type OwnershipPart,
  type OwnershipPartCode,
  ownershipOf,
  type RouteTokens,
  routeTokens,
} from './ownership.js';
export {
  type BreakEven,
  compareLifetimes,
  type LifetimeComparison,
  type LifetimeRoute,
  type RouteLife,
  withOwnership,
  withServingCosted,
} from './payback.js';
export { costPlan, type PlanCost } from './plan.js';
export {
  defaultPriceFor,
  findPrice,
  PRICES,
  PROVIDERS,
  type PriceEntry,
  type PriceKind,
  pricePerGpuHour,
  pricesForGpu,
} from './prices.js';
export {
  COST_PROFILE_FORMAT,
  COST_PROFILE_VERSION,
  type CostProfile,
  MAX_COST_PROFILE_BYTES,
  type PriceRule,
  priceRuleFor,
  readCostProfile,
} from './profile.js';
export {
  costScenarios,
  GPUS_PER_NODE,
  naturalGpus,
  PRICE_KINDS,
  precisionFor,
  type ScenarioQuestion,
  type ScenarioRow,
  type ScenarioSaving,
  type Scenarios,
} from './scenarios.js';
