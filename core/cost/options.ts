/**
 * Turns the options a face passes (strings as typed, or numbers) into the
 * resolved assumptions every cost uses: GPU and precision, its dense peak, the
 * MFU band, the answer's currency and the price per GPU-hour in it.
 */
import { type Accepted, type FieldId, InputError } from '../errors.js';
import { clipTyped } from '../problems.js';
import { checkRange, parseCount } from '../units.js';
import {
  CURRENCY_SYMBOLS,
  type Currency,
  type CurrencyOptions,
  fromUsd,
  parseMoneyText,
  rateFor,
  resolveCurrency,
} from './currency.js';
import {
  DEFAULT_GPU_ID,
  densePeakFlopsPerSecond,
  findGpu,
  type GpuSpec,
  type Precision,
  parsePrecision,
} from './gpus.js';
import { Money, parseAmount } from './money.js';
import { defaultPriceFor, findPrice, PRICES, type PriceEntry, pricePerGpuHour } from './prices.js';
import { type CostProfile, priceRuleFor } from './profile.js';

export interface Band<T> {
  low: T;
  base: T;
  high: T;
}

export const DEFAULT_MFU_BAND: Readonly<Band<number>> = { low: 0.3, base: 0.4, high: 0.5 };

export interface CostOptions extends CurrencyOptions {
  /** A catalog id or alias; default h100-sxm. */
  gpu?: string;
  /** Base MFU as a fraction in [0.01, 1] (0.4) or a percentage ("40%"); the band is 0.75×/1.25× of it. */
  mfu?: number | string;
  /** The whole band: {low, base, high} or "0.3/0.4/0.5". */
  mfuBand?: Band<number | string> | string;
  /** The precision the MFU is measured against: bf16 (default), fp16 or fp8. */
  precision?: string;
  /**
   * Your own price per GPU-hour: with its currency ("¥450", "450 JPY", "$2.99"), or bare (450) in the answer's
   * currency — never silently dollars.
   */
  price?: number | string;
  /** A provider (aws, lambda, …) or a price id from the table. */
  provider?: string;
  /**
   * The answer's currency was inferred (from a money budget's symbol, or a Japanese answer with a rate), not
   * stated: a bare price is then ambiguous (¥3M with price=3 may mean dollars) and is refused with a question.
   */
  currencyInferred?: boolean;
  /** A team's cost profile: its discount or own price for the table's offers (a typed --price still wins). */
  profile?: CostProfile;
}

export interface ResolvedPrice {
  /** In the answer's currency, full precision. */
  perGpuHour: Money;
  /** As quoted (per GPU), in `quoteCurrency`. */
  quotedPerGpuHour: Money;
  quoteCurrency: string;
  entry?: PriceEntry;
  /** The cost profile changed the table's price: its discount, or the team's own price for this offer. */
  profile?: ProfilePrice;
}

/** How a cost profile set an offer's price. */
export interface ProfilePrice {
  profile: string;
  /** The table's price per GPU-hour in the answer's currency, before the profile. */
  tablePerGpuHour: Money;
  discount?: Money;
  /** The team's own price per GPU-hour as the profile states it, in `currency`. */
  ownPerGpuHour?: Money;
  currency: string;
}

export interface CostSetup {
  gpu: GpuSpec;
  precision: Precision;
  peakFlopsPerSecond: number;
  mfu: Band<number>;
  currency: Currency;
  price?: ResolvedPrice;
}

// Below 1% a GPU is idle, not training; smaller values only print absurd costs (1e-300 gave 304 digits).
const MFU_LIMITS = { min: 0.01, max: 1 };
const MFU_FORMS: Accepted = { form: 'mfu' };
const BAND_FORMS: Accepted = { form: 'mfu-band' };
export const PRICE_FORMS: Accepted = { form: 'price' };
/** A GPU-hour costs a few dollars; 1e7 leaves room for any currency and still prints a readable cost. */
const MAX_PRICE = 1e7;

/** Resolves everything; `needPrice` makes a missing price an error instead of leaving `price` out. */
export function resolveCostOptions(options: CostOptions, needPrice: boolean): CostSetup {
  const gpu = findGpu('gpu', options.gpu ?? DEFAULT_GPU_ID);
  const precision = parsePrecision('precision', options.precision);
  const peakFlopsPerSecond = densePeakFlopsPerSecond(gpu, precision);
  const mfu = resolveMfuBand(options.mfu, options.mfuBand);
  const currency = resolveCurrency(options);
  const price = resolvePrice(options, gpu, currency, needPrice);
  return { gpu, precision, peakFlopsPerSecond, mfu, currency, price };
}

/** A utilisation as typed: 0.4 or "40%"; must be in [0.01, 1]. */
/**
 * A Japanese answer with a rate (typed, or the workspace's for yen) and no currency is in yen. The currency is then
 * inferred, so a bare price beside it is asked about rather than guessed. Every face that answers in Japanese asks
 * this one rule.
 */
export function withJapaneseYen(options: CostOptions, lang: 'en' | 'ja'): CostOptions {
  const yen =
    lang === 'ja' &&
    options.currency === undefined &&
    (options.rate !== undefined || rateFor('JPY', options.workspaceRates) !== undefined);
  return yen ? { ...options, currency: 'JPY', currencyInferred: true } : options;
}

export function parseMfu(field: FieldId, input: unknown): number {
  if (typeof input === 'string' && input.trim().endsWith('%')) {
    const percent = parseCount(field, input.trim().slice(0, -1), { min: 0, exclusiveMin: true, accepted: MFU_FORMS });
    return checkRange(field, new Money(percent).div(100).toNumber(), { ...MFU_LIMITS, accepted: MFU_FORMS });
  }
  return parseCount(field, input, { ...MFU_LIMITS, accepted: MFU_FORMS });
}

function resolveMfuBand(mfu: unknown, band: CostOptions['mfuBand']): Band<number> {
  const base = mfu === undefined ? undefined : parseMfu('mfu', mfu);
  if (band === undefined) return base === undefined ? { ...DEFAULT_MFU_BAND } : bandAround(base);
  const parsed = parseMfuBand(band);
  if (base !== undefined && base !== parsed.base) {
    throw new InputError(
      'mfu',
      { code: 'mfu-differs-from-band', mfu: base, base: parsed.base },
      { form: 'mfu-or-band' },
    );
  }
  return parsed;
}

/** 0.75× and 1.25× the base (0.30/0.40/0.50 around 0.40), capped at 1; exact in decimal. */
export function bandAround(base: number): Band<number> {
  const low = new Money(base).times('0.75').toNumber();
  const high = Math.min(1, new Money(base).times('1.25').toNumber());
  return { low, base, high };
}

export function parseMfuBand(input: Band<number | string> | string): Band<number> {
  const parts = typeof input === 'string' ? input.split(/[/,]/) : [input.low, input.base, input.high];
  if (parts.length !== 3) throw new InputError('mfuBand', { code: 'band-needs-three' }, BAND_FORMS);
  const [low, base, high] = parts.map((part) => parseMfu('mfuBand', typeof part === 'string' ? part.trim() : part)) as [
    number,
    number,
    number,
  ];
  if (!(low <= base && base <= high))
    throw new InputError('mfuBand', { code: 'band-not-ordered', low, base, high }, BAND_FORMS);
  return { low, base, high };
}

function resolvePrice(
  options: CostOptions,
  gpu: GpuSpec,
  currency: Currency,
  needPrice: boolean,
): ResolvedPrice | undefined {
  if (options.price !== undefined) {
    if (options.provider !== undefined) {
      throw new InputError('price', { code: 'conflicts', other: 'provider' }, { form: 'price-or-provider' });
    }
    return userPrice(options.price, currency, options.currencyInferred === true);
  }
  const entry = findPrice('provider', gpu.id, options.provider);
  if (entry) {
    const quoted = pricePerGpuHour(entry);
    const table = {
      perGpuHour: fromUsd(quoted, currency),
      quotedPerGpuHour: quoted,
      quoteCurrency: entry.currency,
      entry,
    };
    return withProfilePrice(table, entry, options.profile, currency);
  }
  if (needPrice) throw missingPrice(gpu);
  return undefined;
}

/** The table's price after the profile's rule for this offer (none: unchanged). */
function withProfilePrice(
  table: ResolvedPrice & { entry: PriceEntry },
  entry: PriceEntry,
  profile: CostProfile | undefined,
  currency: Currency,
): ResolvedPrice {
  const rule = priceRuleFor(profile, entry);
  if (!profile || !rule) return table;
  const base = { profile: profile.name, tablePerGpuHour: table.perGpuHour, currency: profile.currency };
  if (rule.discount !== undefined)
    return {
      ...table,
      perGpuHour: table.perGpuHour.times(new Money(1).minus(rule.discount)),
      profile: { ...base, discount: rule.discount },
    };
  const own = rule.perGpuHour!;
  return { ...table, perGpuHour: profileAmount(own, profile, currency), profile: { ...base, ownPerGpuHour: own } };
}

/**
 * An amount of the profile in the answer's currency: as stated when the currencies agree, from USD at the answer's
 * rate (the answer says so), and otherwise a question rather than a guessed rate.
 */
export function profileAmount(amount: Money, profile: CostProfile, currency: Currency): Money {
  if (profile.currency === currency.code) return amount;
  if (profile.currency === 'USD') return fromUsd(amount, currency);
  throw new InputError(
    'costs',
    { code: 'profile-currency-mismatch', profileCurrency: profile.currency, currency: currency.code },
    { form: 'profile-currency', profileCurrency: profile.currency },
  );
}

/**
 * A price as typed. With its currency (¥450, 450 JPY, $2.99) it is in that currency; bare (450) it is in the
 * answer's currency, unless that currency was only inferred: then "which currency?" instead of a guess.
 */
function userPrice(input: number | string, currency: Currency, currencyInferred: boolean): ResolvedPrice {
  const money = typeof input === 'string' ? parseMoneyText('price', input, PRICE_FORMS) : undefined;
  const quoted = money?.amount ?? parseAmount('price', input, PRICE_FORMS, true);
  if (!money && currencyInferred && currency.code !== 'USD') throw priceCurrencyUnclear(quoted, currency.code);
  const quoteCurrency = money?.currency ?? currency.code;
  if (quoted.gt(MAX_PRICE)) throw new InputError('price', { code: 'above-max', max: MAX_PRICE }, PRICE_FORMS);
  if (quoteCurrency === currency.code) return { perGpuHour: quoted, quotedPerGpuHour: quoted, quoteCurrency };
  if (quoteCurrency === 'USD')
    return { perGpuHour: fromUsd(quoted, currency), quotedPerGpuHour: quoted, quoteCurrency };
  throw new InputError(
    'price',
    { code: 'price-currency-mismatch', priceCurrency: quoteCurrency, currency: currency.code },
    { form: 'price-in-answer-currency', priceCurrency: quoteCurrency },
  );
}

/** The two readings of a bare price, as typed with their currencies: $3 or ¥3 (3 EUR for a code without a symbol). */
function priceCurrencyUnclear(quoted: Money, code: string): InputError {
  const value = clipTyped(quoted.toFixed());
  const symbol = Object.keys(CURRENCY_SYMBOLS).find((typed) => CURRENCY_SYMBOLS[typed] === code && typed.length === 1);
  const inCurrency = symbol === undefined ? `${value} ${code}` : `${symbol}${value}`;
  return new InputError(
    'price',
    { code: 'price-currency-unclear', value, currency: code },
    { form: 'price-with-currency', inCurrency, inUsd: `$${value}` },
  );
}

function missingPrice(gpu: GpuSpec): InputError {
  const priced = [...new Set(PRICES.filter((entry) => defaultPriceFor(entry.gpu)).map((entry) => entry.gpu))];
  return new InputError(
    'price',
    { code: 'no-default-price', gpu: gpu.id },
    { form: 'own-price-or-priced-gpu', priced },
  );
}
