/**
 * Total cost of ownership: training plus serving. Serving FLOPs = tokens per
 * day × days × 2N (one forward pass per token, HARDWARE.md pitfall 6), at a
 * serving MFU that is usually well below training MFU because decoding is
 * memory-bound. Lets a small distilled student be compared with a larger
 * directly trained model on what they cost over their life.
 */
import { InputError } from '../errors.js';
import { parseCount } from '../units.js';
import {
  type CostAssumptions,
  costUnder,
  describeAssumptions,
  type FlopsCost,
  MAX_FLOPS,
  mapBand,
  resolvePricedSetup,
} from './cost.js';
import { Money, toFixedString } from './money.js';
import { type Band, bandAround, type CostOptions, parseMfu } from './options.js';

/** A planning assumption (not from a measurement in HARDWARE.md); every answer echoes it. */
export const DEFAULT_SERVING_MFU = 0.25;

export interface LifetimeInput extends CostOptions {
  trainingFlops: number;
  /** Parameters of the served model. */
  params: number | string;
  tokensPerDay: number | string;
  days: number | string;
  /** Base serving MFU, (0, 1]; the band is 0.75×/1.25× of it. Default 0.25. */
  servingMfu?: number | string;
  /** Serve on another GPU (e.g. l4); its price is then servingPrice, servingProvider's or its default. */
  servingGpu?: string;
  servingPrice?: number | string;
  servingProvider?: string;
}

export interface ServingCost extends FlopsCost {
  tokensPerDay: number;
  days: number;
  flopsPerToken: number;
}

export interface Totals {
  gpuHours: Band<number>;
  cost: Band<string>;
  costExact: Band<string>;
}

export interface LifetimeCost {
  training: FlopsCost;
  serving: ServingCost;
  total: Totals;
  currency: string;
  assumptions: { training: CostAssumptions; serving: CostAssumptions };
}

export function lifetimeCost(input: LifetimeInput): LifetimeCost {
  const params = parseCount('servingParams', input.params);
  const tokensPerDay = parseCount('tokensPerDay', input.tokensPerDay, { min: 0, accepted: { form: 'tokens-per-day' } });
  const days = parseCount('days', input.days, { accepted: { form: 'days-count' } });
  const trainingSetup = resolvePricedSetup(input);
  const servingSetup = resolvePricedSetup(servingOptions(input));
  const flopsPerToken = 2 * params;
  const servingFlops = new Money(tokensPerDay).times(days).times(flopsPerToken).toNumber();
  // Nobody types serving FLOPs: past the bound, name the tokens per day that were typed, in their own unit.
  if (servingFlops > MAX_FLOPS) {
    const limit = MAX_FLOPS / (days * flopsPerToken);
    const step = 10 ** (Math.floor(Math.log10(limit)) - 2);
    // Three figures, rounded down, so the figure quoted is itself accepted.
    const max = Number((Math.floor(limit / step) * step).toPrecision(3));
    throw new InputError('tokensPerDay', { code: 'above-max', max }, { form: 'tokens-per-day' });
  }
  const training = costUnder('trainingFlops', input.trainingFlops, trainingSetup);
  const serving = { ...costUnder('servingFlops', servingFlops, servingSetup), tokensPerDay, days, flopsPerToken };
  return {
    training,
    serving,
    total: addCosts(training, serving, trainingSetup.currency.minorUnits),
    currency: trainingSetup.currency.code,
    assumptions: { training: describeAssumptions(trainingSetup), serving: describeAssumptions(servingSetup) },
  };
}

function servingOptions(input: LifetimeInput): CostOptions {
  const mfuBand = bandAround(parseMfu('servingMfu', input.servingMfu ?? DEFAULT_SERVING_MFU));
  // The workspace's standing rates travel with the currency: serving is priced in the same money as training.
  const { currency, rate, rateDate, precision, workspaceRates, currencyInferred } = input;
  // Any serving-specific choice replaces the training GPU's price; otherwise serving inherits it.
  const own = input.servingGpu !== undefined || input.servingPrice !== undefined || input.servingProvider !== undefined;
  return {
    currency,
    rate,
    rateDate,
    ...(workspaceRates ? { workspaceRates } : {}),
    ...(currencyInferred ? { currencyInferred } : {}),
    precision,
    mfuBand,
    profile: input.profile,
    gpu: input.servingGpu ?? input.gpu,
    price: own ? input.servingPrice : input.price,
    provider: own ? input.servingProvider : input.provider,
  };
}

/** Sums two costs exactly and rounds once. */
export function addCosts(
  a: Pick<FlopsCost, 'gpuHours' | 'costExact'>,
  b: Pick<FlopsCost, 'gpuHours' | 'costExact'>,
  minorUnits: number,
): Totals {
  const exact: Band<Money> = {
    low: new Money(a.costExact.low).plus(b.costExact.low),
    base: new Money(a.costExact.base).plus(b.costExact.base),
    high: new Money(a.costExact.high).plus(b.costExact.high),
  };
  return {
    gpuHours: {
      low: a.gpuHours.low + b.gpuHours.low,
      base: a.gpuHours.base + b.gpuHours.base,
      high: a.gpuHours.high + b.gpuHours.high,
    },
    cost: mapBand(exact, (m) => toFixedString(m, minorUnits)),
    costExact: mapBand(exact, (m) => m.toFixed()),
  };
}
