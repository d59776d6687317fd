/**
 * One run across every offer of the price table: the comparison a finance team
 * brings (which offer is cheapest, how many days each takes on the GPUs it
 * rents, what a reserved or spot price saves against on-demand). Each row is
 * the `cost` of the same FLOPs on that offer (the same function, so the two
 * agree to the minor unit), with the calendar days on the offer's natural unit
 * and the saving against the cheapest on-demand offer for the same GPU.
 */
import { clipTyped, InputError } from '../errors.js';
import { type CostEstimate, checkFlops, costFlops, type GpuUsed, type PriceUsed } from './cost.js';
import { checkGpus, wallClockDays } from './costing.js';
import { type Currency, type CurrencyUsed, describeCurrency } from './currency.js';
import { findGpu, type GpuSpec, PRECISIONS, type Precision, parsePrecision } from './gpus.js';
import { Money, toFixedString } from './money.js';
import { type Band, type CostOptions, resolveCostOptions } from './options.js';
import { type Ownership, ownershipOf, type RouteTokens } from './ownership.js';
import { PRICES, PROVIDERS, type PriceEntry, type PriceKind } from './prices.js';
import type { CostProfile } from './profile.js';

/** FLOP/s in one TFLOP/s. */
const TERA = 1e12;

export const PRICE_KINDS: readonly PriceKind[] = ['on-demand', 'reserved', 'spot', 'marketplace', 'reference'];
/** A node of eight GPUs: what most offers rent and what a run is spread over unless the offer says otherwise. */
export const GPUS_PER_NODE = 8;

export interface ScenarioQuestion extends Omit<CostOptions, 'gpu' | 'provider' | 'price'> {
  flops: number;
  /** GPUs every row runs on; absent: each offer's natural unit. */
  gpus?: number | string;
  /** Filters: GPU names, price kinds, providers or price ids (a list or comma-separated text). */
  gpuIds?: readonly string[] | string;
  kinds?: readonly string[] | string;
  providers?: readonly string[] | string;
  /** The route's tokens, for a profile's data cost per token. */
  tokens?: RouteTokens;
}

export interface ScenarioSaving {
  /** The cheapest on-demand offer for the same GPU. */
  against: string;
  /**
   * That offer's base cost − this row's, both as shown (rounded), so the saving a reader works out from the two
   * cost figures is this one to the minor unit; negative when this row costs more.
   */
  amount: string;
  /** The same difference before rounding. */
  amountExact: string;
  /** The saving as a share of that offer's cost. */
  share: number;
}

export interface ScenarioRow {
  id: string;
  provider: string;
  offer: string;
  kind: PriceKind;
  region?: string;
  /** The price's as-of date. */
  asOf: string;
  gpu: GpuUsed;
  /** The GPU's dense peak at the precision it runs at, in TFLOP/s (10¹² FLOP/s): the figure a table's peak column shows. */
  peakTflops: number;
  /** This GPU has no peak at the precision asked, so it runs (and is costed) at `gpu.precision`. */
  precisionDiffers: boolean;
  price: PriceUsed;
  /** In the answer's currency, every digit. */
  pricePerGpuHour: string;
  gpuHours: Band<number>;
  cost: Band<string>;
  costExact: Band<string>;
  /** GPUs the run is spread over for the days: the offer's natural unit, or the question's. */
  gpus: number;
  wallClockDays: Band<number>;
  /** Null when the table has no on-demand offer for this GPU. */
  saving: ScenarioSaving | null;
  /** With a cost profile: the rental plus what the profile adds. */
  ownership?: Ownership;
}

export interface Scenarios {
  flops: number;
  currency: CurrencyUsed;
  /** The precision asked; rows with `precisionDiffers` run at another. */
  precision: Precision;
  mfu: Band<number>;
  /** Sorted by base cost, cheapest first. */
  rows: ScenarioRow[];
  /** The cheapest row's id for each kind among the rows. */
  cheapestByKind: Partial<Record<PriceKind, string>>;
  /** The peaks differ between rows' GPUs (so do their GPU-hours for the same FLOPs). */
  peaksDiffer: boolean;
  /** The GPUs given with --gpus (absent: each offer's natural unit). */
  gpus?: number;
}

/** A list typed as "a,b" or given as an array, trimmed and lower-cased, empty entries dropped. */
function listOf(input: readonly string[] | string | undefined): string[] | undefined {
  if (input === undefined) return undefined;
  const items = (typeof input === 'string' ? input.split(',') : input).map((item) => String(item).trim().toLowerCase());
  const kept = items.filter((item) => item !== '');
  return kept.length === 0 ? undefined : kept;
}

function checkKinds(kinds: string[] | undefined): PriceKind[] | undefined {
  return kinds?.map((kind) => {
    const found = PRICE_KINDS.find((known) => known === kind);
    if (!found)
      throw new InputError(
        'kinds',
        { code: 'unknown-kind', value: clipTyped(kind) },
        { form: 'price-kinds', kinds: PRICE_KINDS },
      );
    return found;
  });
}

function checkProviders(providers: string[] | undefined): string[] | undefined {
  for (const provider of providers ?? [])
    if (!PRICES.some((entry) => entry.provider === provider || entry.id === provider))
      throw new InputError(
        'provider',
        { code: 'unknown-provider', value: clipTyped(provider) },
        { form: 'provider', providers: PROVIDERS, priceIds: PRICES.map((entry) => entry.id) },
      );
  return providers;
}

/** The precision asked where the GPU has a peak for it, else the first it has (bf16 for every GPU in the catalog). */
export function precisionFor(gpu: GpuSpec, asked: Precision): Precision {
  if (gpu.denseFlopsPerSecond[asked] !== undefined) return asked;
  return PRECISIONS.find((precision) => gpu.denseFlopsPerSecond[precision] !== undefined) ?? asked;
}

/** The GPUs an offer rents at once: its quote's count when that is a whole node, else the offer's own, else eight. */
export function naturalGpus(entry: PriceEntry): number {
  return entry.gpusPerNode ?? (entry.gpusPerQuote > 1 ? entry.gpusPerQuote : GPUS_PER_NODE);
}

export function costScenarios(question: ScenarioQuestion): Scenarios {
  checkFlops('flops', question.flops);
  const precision = parsePrecision('precision', question.precision);
  const gpuIds = listOf(question.gpuIds)?.map((name) => findGpu('gpu', name).id);
  const kinds = checkKinds(listOf(question.kinds));
  const providers = checkProviders(listOf(question.providers));
  const gpus = question.gpus === undefined ? undefined : checkGpus('gpus', question.gpus);
  const { gpuIds: _g, kinds: _k, providers: _p, gpus: _n, flops, tokens, ...options } = question;
  const setup = resolveCostOptions({ ...options, precision }, false);
  const estimates = new Map<string, CostEstimate>();
  const estimate = (entry: PriceEntry): CostEstimate => {
    const known = estimates.get(entry.id);
    if (known) return known;
    const gpu = findGpu('gpu', entry.gpu);
    const made = costFlops(flops, {
      ...options,
      gpu: gpu.id,
      provider: entry.id,
      precision: precisionFor(gpu, precision),
    });
    estimates.set(entry.id, made);
    return made;
  };
  const chosen = PRICES.filter(
    (entry) =>
      (gpuIds === undefined || gpuIds.includes(entry.gpu)) &&
      (kinds === undefined || kinds.includes(entry.kind)) &&
      (providers === undefined || providers.includes(entry.provider) || providers.includes(entry.id)),
  );
  const rows = chosen.map((entry) =>
    rowOf(entry, estimate, { precision, gpus, tokens, profile: options.profile, currency: setup.currency }),
  );
  rows.sort((a, b) => new Money(a.costExact.base).cmp(b.costExact.base) || (a.id < b.id ? -1 : 1));
  const cheapestByKind: Partial<Record<PriceKind, string>> = {};
  for (const row of rows) cheapestByKind[row.kind] ??= row.id;
  const peaks = new Set(rows.map((row) => row.gpu.peakFlopsPerSecond));
  return {
    flops,
    currency: describeCurrency(setup.currency),
    precision,
    mfu: setup.mfu,
    rows,
    cheapestByKind,
    peaksDiffer: peaks.size > 1,
    ...(gpus === undefined ? {} : { gpus }),
  };
}

interface RowContext {
  precision: Precision;
  gpus: number | undefined;
  tokens: RouteTokens | undefined;
  profile: CostProfile | undefined;
  /** The answer's currency, resolved once for every row. */
  currency: Currency;
}

function rowOf(entry: PriceEntry, estimate: (entry: PriceEntry) => CostEstimate, context: RowContext): ScenarioRow {
  const made = estimate(entry);
  const { assumptions } = made;
  const gpus = context.gpus ?? naturalGpus(entry);
  const { currency, profile } = context;
  return {
    id: entry.id,
    provider: entry.provider,
    offer: entry.offer,
    kind: entry.kind,
    ...(entry.region ? { region: entry.region } : {}),
    asOf: entry.asOf,
    gpu: assumptions.gpu,
    peakTflops: assumptions.gpu.peakFlopsPerSecond / TERA,
    precisionDiffers: assumptions.gpu.precision !== context.precision,
    price: assumptions.price,
    pricePerGpuHour: assumptions.price.perGpuHour,
    gpuHours: made.gpuHours,
    cost: made.cost,
    costExact: made.costExact,
    gpus,
    wallClockDays: wallClockDays(made.gpuHours, gpus),
    saving: savingOf(entry, made, estimate, currency.minorUnits),
    ...(profile
      ? {
          ownership: ownershipOf({
            currency,
            rental: new Money(made.costExact.base),
            trainingTokens: context.tokens?.training,
            teacherTokens: context.tokens?.teacher,
            profile,
          }),
        }
      : {}),
  };
}

function savingOf(
  entry: PriceEntry,
  made: CostEstimate,
  estimate: (entry: PriceEntry) => CostEstimate,
  minorUnits: number,
): ScenarioSaving | null {
  const onDemand = PRICES.filter((other) => other.gpu === entry.gpu && other.kind === 'on-demand');
  if (onDemand.length === 0) return null;
  const costOf = (other: PriceEntry): Money => new Money(estimate(other).costExact.base);
  const cheapest = onDemand.reduce((best, other) => (costOf(other).lt(costOf(best)) ? other : best));
  const reference = costOf(cheapest);
  const saved = reference.minus(made.costExact.base);
  // The difference of the two rounded costs, as the parts of a total are summed rounded (ownership.ts).
  const shown = new Money(estimate(cheapest).cost.base).minus(made.cost.base);
  return {
    against: cheapest.id,
    amount: toFixedString(shown, minorUnits),
    amountExact: saved.toFixed(),
    share: reference.isZero() ? 0 : saved.div(reference).toNumber(),
  };
}
