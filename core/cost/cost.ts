/**
 * FLOPs → GPU-hours → money, with a low/base/high band from the MFU band.
 * GPU-hours = FLOPs / (dense peak FLOP/s × MFU × 3600 s); money = GPU-hours ×
 * price per GPU-hour, all in 34-digit decimals and rounded only at the end.
 * Band order is by the result: `low` GPU-hours and cost come from the HIGH MFU.
 */
import type { Accepted, FieldId } from '../errors.js';
import { checkRange } from '../units.js';
import { type CurrencyUsed, describeCurrency } from './currency.js';
import type { Precision } from './gpus.js';
import { Money, toFixedString } from './money.js';
import { type Band, type CostOptions, type CostSetup, type ResolvedPrice, resolveCostOptions } from './options.js';
import type { PriceKind } from './prices.js';

export const SECONDS_PER_HOUR = 3600;
const FLOPS_FORMS: Accepted = { form: 'flops-at-least-zero' };
/** The optimisers' largest budget too: beyond it every cost is a number no one can read. */
export const MAX_FLOPS = 1e35;

export interface GpuUsed {
  id: string;
  name: string;
  /** The precision of the peak, and so of the MFU. */
  precision: Precision;
  peakFlopsPerSecond: number;
  sourceUrl: string;
  sourceDate: string;
}

export interface PriceUsed {
  /** In the answer's currency, full precision. */
  perGpuHour: string;
  currency: string;
  quotedPerGpuHour: string;
  quoteCurrency: string;
  userGiven: boolean;
  /** The price was typed in another currency and converted at the answer's rate: not "your own" figure as shown. */
  converted: boolean;
  /** Price-table id; absent for a user's own price. */
  id?: string;
  provider: string;
  offer?: string;
  kind: PriceKind | 'user-given';
  region?: string;
  /** As-of date of the price, or "user-given". */
  asOf: string;
  sourceUrl?: string;
  source: string;
  /** A cost profile set this price: its name, the table's price (answer's currency) and the discount or own price. */
  profile?: {
    name: string;
    tablePerGpuHour: string;
    discount?: string;
    ownPerGpuHour?: string;
    currency: string;
  };
}

export interface CostAssumptions {
  gpu: GpuUsed;
  mfu: Band<number>;
  price: PriceUsed;
  currency: CurrencyUsed;
  /** What the money covers, so nobody reads it as the whole project's cost. */
  basis: string;
}

export interface FlopsCost {
  flops: number;
  gpuHours: Band<number>;
  /** Rounded half-up to the currency's minor unit (2 decimals for USD, 0 for JPY). */
  cost: Band<string>;
  /** Full precision, for sums that must not round twice. */
  costExact: Band<string>;
  /**
   * The MFU behind each figure of the bands (low GPU-hours and cost ← the high MFU): what a band means, so a face
   * can say "if MFU is 50%…30%" rather than show a range that reads as an overrun.
   */
  mfuOfBand: Band<number>;
}

export interface CostEstimate extends FlopsCost {
  currency: string;
  assumptions: CostAssumptions;
}

export const COST_BASIS =
  'rental-equivalent GPU time of the final run at the price shown; excludes ablations, failed runs, storage, egress and staff';

/** Exact GPU-hours at one MFU. */
export function gpuHoursAt(flops: Money, setup: Pick<CostSetup, 'peakFlopsPerSecond'>, mfu: number): Money {
  return flops.div(new Money(setup.peakFlopsPerSecond).times(mfu).times(SECONDS_PER_HOUR));
}

/** GPU-hours for each MFU, ordered by result (low hours ← high MFU). */
export function gpuHoursBand(flops: Money, setup: CostSetup): Band<Money> {
  return {
    low: gpuHoursAt(flops, setup, setup.mfu.high),
    base: gpuHoursAt(flops, setup, setup.mfu.base),
    high: gpuHoursAt(flops, setup, setup.mfu.low),
  };
}

export function mapBand<T, U>(band: Band<T>, f: (value: T) => U): Band<U> {
  return { low: f(band.low), base: f(band.base), high: f(band.high) };
}

export function checkFlops(field: FieldId, flops: unknown): Money {
  const value = checkRange(field, typeof flops === 'number' ? flops : Number.NaN, {
    min: 0,
    exclusiveMin: false,
    max: MAX_FLOPS,
    accepted: FLOPS_FORMS,
  });
  return new Money(value);
}

/** Costs FLOPs under a resolved setup that has a price. */
export function costUnder(field: FieldId, flops: number, setup: CostSetup & { price: ResolvedPrice }): FlopsCost {
  const exactFlops = checkFlops(field, flops);
  const hours = gpuHoursBand(exactFlops, setup);
  const money = mapBand(hours, (h) => h.times(setup.price.perGpuHour));
  return {
    flops,
    gpuHours: mapBand(hours, (h) => h.toNumber()),
    cost: mapBand(money, (m) => toFixedString(m, setup.currency.minorUnits)),
    costExact: mapBand(money, (m) => m.toFixed()),
    mfuOfBand: mfuOfBand(setup.mfu),
  };
}

/** The band's figures are ordered by result, so the low figure comes from the high MFU. */
export function mfuOfBand(mfu: Band<number>): Band<number> {
  return { low: mfu.high, base: mfu.base, high: mfu.low };
}

/** The cost of one number of FLOPs. Needs a price: the GPU's default, a provider's, or the user's. */
export function costFlops(flops: number, options: CostOptions = {}): CostEstimate {
  const setup = resolvePricedSetup(options);
  return {
    ...costUnder('flops', flops, setup),
    currency: setup.currency.code,
    assumptions: describeAssumptions(setup),
  };
}

export interface GpuHoursEstimate {
  flops: number;
  gpuHours: Band<number>;
  gpu: GpuUsed;
  mfu: Band<number>;
}

/** GPU-hours only; no price needed (works for GPUs the price table lacks). */
export function gpuHoursFor(flops: number, options: CostOptions = {}): GpuHoursEstimate {
  const setup = resolveCostOptions(options, false);
  const hours = gpuHoursBand(checkFlops('flops', flops), setup);
  return { flops, gpuHours: mapBand(hours, (h) => h.toNumber()), gpu: describeGpu(setup), mfu: setup.mfu };
}

export function resolvePricedSetup(options: CostOptions): CostSetup & { price: ResolvedPrice } {
  return resolveCostOptions(options, true) as CostSetup & { price: ResolvedPrice };
}

export function describeGpu(setup: CostSetup): GpuUsed {
  const { gpu } = setup;
  return {
    id: gpu.id,
    name: gpu.name,
    precision: setup.precision,
    peakFlopsPerSecond: setup.peakFlopsPerSecond,
    sourceUrl: gpu.sourceUrl,
    sourceDate: gpu.sourceDate,
  };
}

export function describeAssumptions(setup: CostSetup & { price: ResolvedPrice }): CostAssumptions {
  return {
    gpu: describeGpu(setup),
    mfu: setup.mfu,
    price: describePrice(setup),
    currency: describeCurrency(setup.currency),
    basis: COST_BASIS,
  };
}

function describePrice(setup: CostSetup & { price: ResolvedPrice }): PriceUsed {
  const { price, currency } = setup;
  const common = {
    perGpuHour: price.perGpuHour.toFixed(),
    currency: currency.code,
    quotedPerGpuHour: price.quotedPerGpuHour.toFixed(),
    quoteCurrency: price.quoteCurrency,
    converted: price.quoteCurrency !== currency.code,
  };
  const entry = price.entry;
  if (!entry)
    return {
      ...common,
      userGiven: true,
      provider: 'user',
      kind: 'user-given',
      asOf: 'user-given',
      source: common.converted ? `your price in ${price.quoteCurrency}, converted at the rate shown` : 'your own price',
    };
  const adjusted = price.profile;
  return {
    ...common,
    ...(adjusted
      ? {
          profile: {
            name: adjusted.profile,
            tablePerGpuHour: adjusted.tablePerGpuHour.toFixed(),
            ...(adjusted.discount ? { discount: adjusted.discount.toFixed() } : {}),
            ...(adjusted.ownPerGpuHour ? { ownPerGpuHour: adjusted.ownPerGpuHour.toFixed() } : {}),
            currency: adjusted.currency,
          },
        }
      : {}),
    userGiven: false,
    id: entry.id,
    provider: entry.provider,
    offer: entry.offer,
    kind: entry.kind,
    region: entry.region,
    asOf: entry.asOf,
    sourceUrl: entry.sourceUrl,
    source: entry.source,
  };
}

/** The price a cost with these options would use (provider, kind, date), without costing anything. */
export function priceUsedFor(options: CostOptions): PriceUsed {
  return describePrice(resolvePricedSetup(options));
}

/**
 * costFlops(flops, options).costExact.base for many FLOPs under one set of
 * options (a spreadsheet column): the options resolved once, then the same
 * arithmetic per amount, so the results are equal to the last digit.
 */
export function costExactBaseFor(options: CostOptions): (flops: number) => string {
  const setup = resolvePricedSetup(options);
  return (flops) =>
    gpuHoursAt(checkFlops('flops', flops), setup, setup.mfu.base).times(setup.price.perGpuHour).toFixed();
}
