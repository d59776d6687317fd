/**
 * GPU_HOURS, TRAINING_COST, BUDGET_FLOPS and GPU_PRICE cells: FLOPs to
 * GPU-hours and money and back, with core's GPU catalog and dated prices. A
 * sheet cell holds the base case (the MFU given, 40% by default); the
 * low/high band is the CLI's and Slack's to show. Money a cell holds as a bare
 * number is in the sheet's `currency` (a currency cell reaches a custom
 * function as a plain number), both for a budget and for your own price.
 */
import {
  BUDGET_FORMS,
  type Budget,
  budgetFlopsFor,
  type CostOptions,
  costExactBaseFor,
  GPU_IDS,
  gpuHoursFor,
  PRICE_FORMS,
  parseAmount,
  parseBudget,
  parseCurrencyCode,
  parseMoneyText,
  priceUsedFor,
} from '../../core/cost/index.js';
import { type Accepted, type FieldId, InputError } from '../../core/index.js';
import { computeOf, optionalRaw, optionalText } from './coerce.js';
import type { OutputValue } from './ranges.js';

const FLOPS_FORMS: Accepted = { form: 'sheet-compute', budgetHint: false };

function flopsOf(cell: unknown): number {
  return computeOf('flops', cell, { min: 0, exclusiveMin: false, accepted: FLOPS_FORMS });
}

/** A GPU must be named: a budget sheet that silently assumed one would mislead. */
function gpuOf(cell: unknown): string {
  const id = optionalText('gpu', cell);
  if (id === undefined) throw new InputError('gpu', { code: 'missing' }, { form: 'gpu-id', ids: GPU_IDS });
  return id;
}

/** The sheet's currency code (USD when blank). */
function currencyOf(cell: unknown): string {
  const text = optionalText('currency', cell);
  return text === undefined ? 'USD' : parseCurrencyCode('currency', text);
}

/** A bare amount as exact decimal text in `currency`, so core reads it in that currency, not USD. */
function amountIn(field: FieldId, value: number | string, currency: string, accepted: Accepted): string {
  return `${parseAmount(field, value, accepted, true).toFixed()} ${currency}`;
}

/**
 * The third argument: a provider (aws, lambda) or your own price per GPU-hour,
 * as a number (in `currency`) or as money text ("¥450", "2.5 USD").
 */
function priceOrProvider(cell: unknown, currency: unknown): { price?: string; provider?: string } {
  const raw = optionalRaw('price', cell);
  if (raw === undefined) return {};
  if (typeof raw === 'number') return { price: amountIn('price', raw, currencyOf(currency), PRICE_FORMS) };
  const text = raw.normalize('NFKC').trim();
  if (/^[\d.,]+$/.test(text))
    return { price: amountIn('price', text.replace(/,/g, ''), currencyOf(currency), PRICE_FORMS) };
  if (parseMoneyText('price', text, PRICE_FORMS)) return { price: text };
  return { provider: text };
}

/** Everything after the amount: GPU, provider or price, MFU, currency, rate. */
function costOptions(gpu: unknown, providerOrPrice: unknown, mfu: unknown, currency: unknown, rate: unknown) {
  return {
    gpu: gpuOf(gpu),
    ...priceOrProvider(providerOrPrice, currency),
    mfu: optionalRaw('mfu', mfu),
    currency: optionalText('currency', currency),
    rate: optionalRaw('rate', rate),
  };
}

/**
 * A bare number is money in the sheet's currency; text carries its unit ($200k, 500 GPU-hours, 3 PF-days) and is
 * passed on as typed (checked here first), so core words a question about it as it does for Slack and the CLI.
 */
export function budgetOf(cell: unknown, currency: unknown): Budget | string {
  const budget = budgetCell(cell, currency);
  if (typeof budget === 'string') parseBudget('budget', budget);
  return budget;
}

/** The budget cell as core reads it, text unparsed: BUDGET_FLOPS hands it to core, which parses it once per row. */
function budgetCell(cell: unknown, currency: unknown): Budget | string {
  const raw = optionalRaw('budget', cell);
  if (raw === undefined) throw new InputError('budget', { code: 'missing' }, BUDGET_FORMS);
  if (typeof raw !== 'number') return raw;
  const code = currencyOf(currency);
  return { kind: 'money', amount: parseAmount('budget', raw, BUDGET_FORMS, true).toFixed(), currency: code };
}

/**
 * A column usually repeats its GPU, price, MFU and currency on every row:
 * resolve them once and keep only the per-row arithmetic (core's *For
 * functions give the same numbers as costFlops and flopsForBudget). Pure data
 * keyed by the options as given; small, because a sheet has few distinct ones.
 */
const COSTS = new Map<string, (flops: number) => string>();
const BUDGETS = new Map<string, (budget: Budget | string) => number>();
const MAX_PREPARED = 64;

function prepared<F>(cache: Map<string, F>, options: CostOptions, prepare: (options: CostOptions) => F): F {
  const key = JSON.stringify(options);
  let found = cache.get(key);
  if (found === undefined) {
    found = prepare(options);
    if (cache.size >= MAX_PREPARED) cache.clear();
    cache.set(key, found);
  }
  return found;
}

export const costCells = {
  gpuHours(flops: unknown, gpu: unknown, mfu: unknown): OutputValue[] {
    return [gpuHoursFor(flopsOf(flops), { gpu: gpuOf(gpu), mfu: optionalRaw('mfu', mfu) }).gpuHours.base];
  },

  /** Unrounded, so that SUM over a column rounds once, like core's totals; equal to costFlops's costExact.base. */
  trainingCost(
    flops: unknown,
    gpu: unknown,
    providerOrPrice: unknown,
    mfu: unknown,
    currency: unknown,
    rate: unknown,
  ): OutputValue[] {
    const options = costOptions(gpu, providerOrPrice, mfu, currency, rate);
    return [Number(prepared(COSTS, options, costExactBaseFor)(flopsOf(flops)))];
  },

  /** The FLOPs a budget buys at the base MFU: the number `distilplan cost --budget … --json` prints as flops. */
  budgetFlops(
    budget: unknown,
    gpu: unknown,
    providerOrPrice: unknown,
    mfu: unknown,
    currency: unknown,
    rate: unknown,
  ): OutputValue[] {
    const options = costOptions(gpu, providerOrPrice, mfu, currency, rate);
    return [prepared(BUDGETS, options, budgetFlopsFor)(budgetCell(budget, currency))];
  },

  /** Price per GPU-hour in the currency, the currency, the price's date, and "provider kind". */
  gpuPrice(gpu: unknown, provider: unknown, currency: unknown, rate: unknown): OutputValue[] {
    const price = priceUsedFor({
      gpu: gpuOf(gpu),
      provider: optionalText('provider', provider),
      currency: optionalText('currency', currency),
      rate: optionalRaw('rate', rate),
    });
    return [Number(price.perGpuHour), price.currency, price.asOf, `${price.provider} ${price.kind}`];
  },
};
