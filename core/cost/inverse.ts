/**
 * The inverse of the cost model: what a budget in money, GPU-hours or FLOPs
 * buys, in FLOPs, with the MFU band. FLOPs = GPU-hours × 3600 s × dense peak ×
 * MFU; money becomes GPU-hours at the price per GPU-hour.
 */
import { clipTyped, InputError, isInputError } from '../errors.js';
import { type Budget, parseBudget } from './budget.js';
import {
  type CostAssumptions,
  describeAssumptions,
  describeGpu,
  type GpuUsed,
  gpuHoursBand,
  mapBand,
  resolvePricedSetup,
  SECONDS_PER_HOUR,
} from './cost.js';
import { fromUsd } from './currency.js';
import { Money } from './money.js';
import { type Band, type CostOptions, type CostSetup, resolveCostOptions } from './options.js';

export interface BudgetFlops {
  budget: Budget;
  /** low ← low MFU (fewest FLOPs for the money), high ← high MFU. For a FLOPs budget all three are equal. */
  flops: Band<number>;
  /** low ← high MFU. For money and GPU-hour budgets all three are equal. */
  gpuHours: Band<number>;
  gpu: GpuUsed;
  mfu: Band<number>;
  /** Present for money budgets (the price that turned money into GPU-hours). */
  assumptions?: CostAssumptions;
}

/** What a budget buys. `budget` may be typed text ("$50k") or a parsed Budget. */
export function flopsForBudget(budget: Budget | string | number, options: CostOptions = {}): BudgetFlops {
  const parsed = typeof budget === 'object' ? budget : parseBudget('budget', budget);
  if (parsed.kind === 'flops') return forFlops(parsed, options);
  if (parsed.kind === 'gpu-hours') return forGpuHours(parsed, options);
  return namingTyped(budget, options, () => forMoney(parsed, options));
}

/**
 * The currency came from the budget's symbol: a missing rate is asked for naming the budget as typed (¥30M), not
 * only JPY — whichever face passed the text and whichever function priced it, so every face asks the same question.
 */
function namingTyped<T>(budget: Budget | string | number, options: CostOptions, price: () => T): T {
  try {
    return price();
  } catch (error) {
    if (typeof budget === 'string' && options.currency === undefined && isInputError(error)) {
      if (error.problem.code === 'rate-needed')
        throw new InputError(error.field, { ...error.problem, value: clipTyped(budget.trim()) }, error.accepted);
    }
    throw error;
  }
}

/** The FLOPs a budget buys at the BASE MFU, the number the optimisers take. */
export function budgetToFlops(budget: Budget | string | number, options: CostOptions = {}): number {
  return flopsForBudget(budget, options).flops.base;
}

function forFlops(budget: Budget & { kind: 'flops' }, options: CostOptions): BudgetFlops {
  const setup = resolveCostOptions(options, false);
  const hours = gpuHoursBand(new Money(budget.flops), setup);
  const flops = budget.flops;
  return {
    budget,
    flops: { low: flops, base: flops, high: flops },
    gpuHours: mapBand(hours, (h) => h.toNumber()),
    gpu: describeGpu(setup),
    mfu: setup.mfu,
  };
}

function forGpuHours(budget: Budget & { kind: 'gpu-hours' }, options: CostOptions): BudgetFlops {
  if (
    budget.gpu !== undefined &&
    options.gpu !== undefined &&
    resolveCostOptions({ gpu: options.gpu }, false).gpu.id !== budget.gpu
  ) {
    throw new InputError(
      'budget',
      { code: 'hours-gpu-mismatch', budgetGpu: budget.gpu, gpu: options.gpu },
      { form: 'hours-same-gpu' },
    );
  }
  const setup = resolveCostOptions({ ...options, gpu: budget.gpu ?? options.gpu }, false);
  return fromHours(budget, new Money(budget.hours), setup);
}

function forMoney(budget: Budget & { kind: 'money' }, options: CostOptions): BudgetFlops {
  const setup = moneySetup(budget, options);
  const amount = amountInAnswerCurrency(budget, setup);
  const hours = amount.div(setup.price.perGpuHour);
  return { ...fromHours(budget, hours, setup), assumptions: describeAssumptions(setup) };
}

/** The priced setup a money budget is spent at: in currency= when given, else in the budget's own currency. */
function moneySetup(budget: Budget & { kind: 'money' }, options: CostOptions) {
  // A currency read from the budget's symbol is inferred: a bare price beside it is then a question.
  const inferred = options.currencyInferred === true || options.currency === undefined;
  return resolvePricedSetup({
    ...options,
    currency: options.currency ?? budget.currency,
    ...(inferred ? { currencyInferred: true } : {}),
  });
}

/** A USD budget converts at the answer's rate; any other must already be in the answer's currency. */
function amountInAnswerCurrency(budget: Budget & { kind: 'money' }, setup: CostSetup): Money {
  const amount = new Money(budget.amount);
  if (budget.currency === setup.currency.code) return amount;
  if (budget.currency === 'USD') return fromUsd(amount, setup.currency);
  throw new InputError(
    'budget',
    { code: 'budget-currency-mismatch', budgetCurrency: budget.currency, currency: setup.currency.code },
    { form: 'budget-in', currency: setup.currency.code, budgetCurrency: budget.currency },
  );
}

function fromHours(budget: Budget, hours: Money, setup: CostSetup): BudgetFlops {
  const flopsAt = (mfu: number): number =>
    hours.times(SECONDS_PER_HOUR).times(setup.peakFlopsPerSecond).times(mfu).toNumber();
  const gpuHours = hours.toNumber();
  return {
    budget,
    flops: { low: flopsAt(setup.mfu.low), base: flopsAt(setup.mfu.base), high: flopsAt(setup.mfu.high) },
    gpuHours: { low: gpuHours, base: gpuHours, high: gpuHours },
    gpu: describeGpu(setup),
    mfu: setup.mfu,
  };
}

/**
 * flopsForBudget(budget, options).flops.base for many budgets under one set of
 * options (a spreadsheet column): the priced setup resolved once per currency,
 * then the same arithmetic per budget, so the results are equal to the last digit.
 */
export function budgetFlopsFor(options: CostOptions): (budget: Budget | string) => number {
  const setups = new Map<string, ReturnType<typeof moneySetup>>();
  return (budget) => {
    const parsed = typeof budget === 'object' ? budget : parseBudget('budget', budget);
    if (parsed.kind !== 'money') return flopsForBudget(parsed, options).flops.base;
    return namingTyped(budget, options, () => {
      const code = options.currency ?? parsed.currency;
      let setup = setups.get(code);
      if (!setup) {
        setup = moneySetup(parsed, options);
        setups.set(code, setup);
      }
      const hours = amountInAnswerCurrency(parsed, setup).div(setup.price.perGpuHour);
      return hours.times(SECONDS_PER_HOUR).times(setup.peakFlopsPerSecond).times(setup.mfu.base).toNumber();
    });
  };
}
