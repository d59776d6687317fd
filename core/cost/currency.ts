/**
 * Currencies. Prices are quoted in USD; any other ISO 4217 code needs a rate
 * the user gives (units of that currency per 1 USD, e.g. JPY at 150) and the
 * answer shows that rate and its date, because a straight FX conversion is only
 * approximate (HARDWARE.md pitfall 11). Conversion is exact decimal arithmetic.
 */
import { type Accepted, type FieldId, InputError } from '../errors.js';
import { own } from '../own.js';
import { clipTyped } from '../problems.js';
import { normaliseTyped } from '../typed.js';
import { COMMON_CURRENCY_CODES, ISO_4217_CODES, MINOR_UNITS } from './iso4217.js';
import { Money, parseAmount } from './money.js';

/** Symbols people type, each read as one currency. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  '¥': 'JPY',
  '￥': 'JPY',
  円: 'JPY',
  '€': 'EUR',
  '£': 'GBP',
};

/** Words people type for a currency (any case): yen, 円, dollars, ドル. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  yen: 'JPY',
  円: 'JPY',
  dollar: 'USD',
  dollars: 'USD',
  ドル: 'USD',
};

/** What an error offers instead of an unknown currency: codes from the list, then the symbols and words. */
export const CURRENCY_FORMS: Accepted = {
  form: 'currency',
  codes: COMMON_CURRENCY_CODES,
  count: ISO_4217_CODES.length,
  words: ['$', '¥', '€', '£', 'yen', '円', 'dollars', 'ドル'],
};
export const RATE_FORMS: Accepted = { form: 'rate' };
/** Above every real exchange rate (the weakest currencies trade near 1e5 per USD). */
const MAX_RATE = 1e6;

const ISO_CODES: ReadonlySet<string> = new Set(ISO_4217_CODES);

export function minorUnitsOf(code: string): number {
  return own(MINOR_UNITS, code) ?? 2;
}

/** The ISO 4217 code a typed symbol, word or code stands for; undefined when it names none. */
export function currencyCodeOf(typed: string): string | undefined {
  const text = normaliseTyped(typed).trim();
  const named = own(CURRENCY_SYMBOLS, text) ?? own(CURRENCY_WORDS, text.toLowerCase());
  if (named) return named;
  const code = text.toUpperCase();
  return ISO_CODES.has(code) ? code : undefined;
}

/** An ISO 4217 code (any case), one of the symbols or a word for one (yen, ドル); anything else is refused. */
export function parseCurrencyCode(field: FieldId, input: unknown): string {
  if (typeof input !== 'string' || input.trim() === '')
    throw new InputError(field, { code: 'missing' }, CURRENCY_FORMS);
  const code = currencyCodeOf(input);
  if (code !== undefined) return code;
  throw new InputError(
    field,
    { code: 'unknown-currency', value: clipTyped(normaliseTyped(input).trim()) },
    CURRENCY_FORMS,
  );
}

export interface CurrencyOptions {
  currency?: string;
  /** Units of `currency` per 1 USD. */
  rate?: string | number;
  rateDate?: string;
  /** The workspace's standing rates (DISTILPLAN_RATES), used for a currency the command gives no rate for. */
  workspaceRates?: readonly WorkspaceRate[];
}

/** Whose rate an answer used: the one typed in the command, or the workspace's standing rate. */
export type RateSource = 'command' | 'workspace';

export interface Currency {
  code: string;
  /** Units of `code` per 1 USD (1 for USD). */
  ratePerUsd: Money;
  /** The user's date for the rate, or "user-given"; "n/a" for USD. */
  rateDate: string;
  minorUnits: number;
  /** Absent for USD. */
  rateSource?: RateSource;
}

/**
 * The answer's currency; USD unless told, any other code only with a rate > 0: the command's, else the
 * workspace's rate for exactly that currency (never another currency's), else a question naming the currency.
 */
export function resolveCurrency(options: CurrencyOptions): Currency {
  const code = options.currency === undefined ? 'USD' : parseCurrencyCode('currency', options.currency);
  if (code === 'USD') return resolveUsd(options);
  if (options.rate === undefined) {
    const standing = rateFor(code, options.workspaceRates);
    if (standing === undefined)
      throw new InputError('rate', { code: 'rate-needed', currency: code }, { form: 'rate', currency: code });
    const ratePerUsd = new Money(standing.ratePerUsd);
    return { code, ratePerUsd, rateDate: standing.date, minorUnits: minorUnitsOf(code), rateSource: 'workspace' };
  }
  const ratePerUsd = parseAmount('rate', options.rate, RATE_FORMS, true);
  if (ratePerUsd.gt(MAX_RATE)) throw new InputError('rate', { code: 'above-max', max: MAX_RATE }, RATE_FORMS);
  const rateDate = parseRateDate(options.rateDate);
  return { code, ratePerUsd, rateDate, minorUnits: minorUnitsOf(code), rateSource: 'command' };
}

function resolveUsd(options: CurrencyOptions): Currency {
  if (options.rate !== undefined && !parseAmount('rate', options.rate, RATE_FORMS, true).eq(1)) {
    // A rate with no currency is not dropped or read as dollars: which currency does it convert to?
    if (options.currency === undefined)
      throw new InputError(
        'rate',
        { code: 'rate-without-currency', rate: clipTyped(String(options.rate).trim()) },
        { form: 'currency-for-rate', rate: clipTyped(String(options.rate).trim()) },
      );
    throw new InputError('rate', { code: 'rate-not-one-for-usd' }, { form: 'currency-with-rate' });
  }
  return { code: 'USD', ratePerUsd: new Money(1), rateDate: 'n/a', minorUnits: 2 };
}

/** A workspace's standing rate for one currency (DISTILPLAN_RATES, e.g. JPY=150@2026-11-01). */
export interface WorkspaceRate {
  code: string;
  /** Units of `code` per 1 USD, as exact decimal text. */
  ratePerUsd: string;
  /** YYYY-MM-DD: the day the workspace set it, shown with every answer that uses it. */
  date: string;
}

const WORKSPACE_RATE = /^([A-Za-z]{3})\s*=\s*([^@\s]+)\s*@\s*(\S+)$/;
const WORKSPACE_FORMS: Accepted = { form: 'workspace-rates' };

/**
 * The DISTILPLAN_RATES setting: CODE=RATE@YYYY-MM-DD, several separated by commas (JPY=150@2026-11-01,
 * EUR=0.92@2026-11-02). Faces read the text from their environment; a bad entry is an InputError naming it.
 */
export function parseWorkspaceRates(text: string): WorkspaceRate[] {
  const rates: WorkspaceRate[] = [];
  for (const entry of normaliseTyped(text)
    .split(/[,;]/)
    .map((part) => part.trim())) {
    if (entry === '') continue;
    const rate = workspaceRate(entry);
    if (rates.some((other) => other.code === rate.code))
      throw new InputError('workspaceRates', { code: 'workspace-rate-twice', currency: rate.code }, WORKSPACE_FORMS);
    rates.push(rate);
  }
  return rates;
}

function workspaceRate(entry: string): WorkspaceRate {
  const match = WORKSPACE_RATE.exec(entry);
  const unreadable = (): InputError =>
    new InputError('workspaceRates', { code: 'workspace-rate-unreadable', value: clipTyped(entry) }, WORKSPACE_FORMS);
  if (!match || !isCalendarDate(match[3]!)) throw unreadable();
  const code = match[1]!.toUpperCase();
  if (code === 'USD') throw new InputError('workspaceRates', { code: 'workspace-rate-usd' }, WORKSPACE_FORMS);
  const rate = parseAmount('workspaceRates', match[2]!, WORKSPACE_FORMS, true);
  if (rate.gt(MAX_RATE)) throw new InputError('workspaceRates', { code: 'above-max', max: MAX_RATE }, WORKSPACE_FORMS);
  return { code, ratePerUsd: rate.toFixed(), date: match[3]! };
}

/** YYYY-MM-DD naming a real day (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = daysInMonth(year, month);
  return days !== undefined && day >= 1 && day <= days;
}

/** The days in a month of the Gregorian calendar (February 29 in a leap year); undefined for no month 1–12. */
export function daysInMonth(year: number, month: number): number | undefined {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** The workspace's rate for exactly this currency, if it has one. */
export function rateFor(code: string, rates: readonly WorkspaceRate[] | undefined): WorkspaceRate | undefined {
  return rates?.find((rate) => rate.code === code);
}

function parseRateDate(input: unknown): string {
  if (input === undefined) return 'user-given';
  const accepted: Accepted = { form: 'date' };
  if (typeof input !== 'string' || input.trim() === '') throw new InputError('rateDate', { code: 'empty' }, accepted);
  if (input.trim().length > 40) throw new InputError('rateDate', { code: 'too-long' }, accepted);
  return input.trim();
}

/** An amount in USD in the answer's currency, exactly. */
export function fromUsd(usd: Money, currency: Currency): Money {
  return usd.times(currency.ratePerUsd);
}

/** An amount in the answer's currency back in USD, exactly (to 34 digits). */
export function toUsd(amount: Money, currency: Currency): Money {
  return amount.div(currency.ratePerUsd);
}

/** The currency as shown in answers and JSON. */
export interface CurrencyUsed {
  code: string;
  ratePerUsd: string;
  rateDate: string;
  minorUnits: number;
  /** "workspace" when the rate is the workspace's standing rate (DISTILPLAN_RATES); absent otherwise. */
  rateSource?: 'workspace';
}

export function describeCurrency(currency: Currency): CurrencyUsed {
  return {
    code: currency.code,
    ratePerUsd: currency.ratePerUsd.toFixed(),
    rateDate: currency.rateDate,
    minorUnits: currency.minorUnits,
    ...(currency.rateSource === 'workspace' ? { rateSource: 'workspace' as const } : {}),
  };
}

/** Multipliers after a money amount: $50k, $1.2M, $3bn, 300万円, 3百万円, 5千万円, 1.2億円. */
const MONEY_SCALES: Readonly<Record<string, string>> = {
  k: '1e3',
  K: '1e3',
  m: '1e6',
  M: '1e6',
  mn: '1e6',
  MM: '1e6',
  b: '1e9',
  B: '1e9',
  bn: '1e9',
  t: '1e12',
  T: '1e12',
  千: '1e3',
  万: '1e4',
  百万: '1e6',
  千万: '1e7',
  億: '1e8',
  兆: '1e12',
};
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(mn|bn|MM|百万|千万|[kKmMbBtT千万億兆])?`;
const SYMBOL = String.raw`(US\$|\$|¥|￥|€|£)`;
const PREFIXED = new RegExp(String.raw`^(?:${SYMBOL}|([A-Za-z]{3}))\s*${AMOUNT}$`);
const SUFFIXED = new RegExp(String.raw`^${SYMBOL}?\s*${AMOUNT}\s*([A-Za-z]{3,7}|円|ドル)$`);
/** Three-letter words that are units, not currencies ("500 GPU" is not 500 of a currency "GPU"). */
const NOT_CURRENCIES = new Set(['GPU', 'TPU', 'DAY', 'HRS', 'FLO', 'TOK']);

/** Three letters that are no unit: a currency code, known or not (YEX is refused as one, not read as a unit). */
export function isCodeShaped(word: string): boolean {
  return /^[A-Za-z]{3}$/.test(word) && !NOT_CURRENCIES.has(word.toUpperCase());
}

export interface MoneyText {
  amount: Money;
  currency: string;
}

/**
 * Reads money as people type it: $50k, $1.2M, ¥3M, €2.5k, £1,000, 50k USD,
 * USD 50k, 3M JPY, 300万円, 1.2億円. Returns undefined when the text does not
 * look like money at all (so a caller can try other forms); throws when it
 * does but is wrong (a negative amount, two different currencies).
 */
export function parseMoneyText(field: FieldId, input: string, accepted: Accepted): MoneyText | undefined {
  const text = normaliseTyped(input);
  if (/^-\s*(?:US\$|\$|¥|￥|€|£)|^(?:US\$|\$|¥|￥|€|£)\s*-/.test(text)) {
    throw new InputError(field, { code: 'negative' }, accepted);
  }
  const prefixed = PREFIXED.exec(text);
  if (prefixed) {
    const code = prefixed[1] === undefined ? currencyWord(field, prefixed[2]!) : parseCurrencyCode(field, prefixed[1]);
    return code === undefined ? undefined : moneyOf(field, code, prefixed[3]!, prefixed[4], accepted);
  }
  const suffixed = SUFFIXED.exec(text);
  if (!suffixed) return undefined;
  const code = currencyWord(field, suffixed[4]!);
  if (code === undefined) return undefined;
  if (suffixed[1] !== undefined && parseCurrencyCode(field, suffixed[1]) !== code) {
    throw new InputError(field, { code: 'two-currencies', first: suffixed[1], second: suffixed[4]! }, accepted);
  }
  return moneyOf(field, code, suffixed[2]!, suffixed[3], accepted);
}

/**
 * The currency a word after (or before) an amount names: a word for one (yen, dollars, 円, ドル) or an ISO code.
 * Undefined when the word is no currency at all (500 GPU, 3 hours: another kind of budget); three letters that
 * are neither a unit nor an ISO code ("3M YEX") are refused, naming the codes.
 */
function currencyWord(field: FieldId, word: string): string | undefined {
  const code = currencyCodeOf(word);
  if (code !== undefined) return code;
  if (!isCodeShaped(word)) return undefined;
  throw new InputError(field, { code: 'unknown-currency', value: clipTyped(word) }, CURRENCY_FORMS);
}

function moneyOf(
  field: FieldId,
  currency: string,
  digits: string,
  scale: string | undefined,
  accepted: Accepted,
): MoneyText {
  const amount = new Money(digits.replace(/,/g, '')).times(scale ? own(MONEY_SCALES, scale)! : 1);
  if (amount.isZero()) throw new InputError(field, { code: 'below-min', min: 0, inclusive: false }, accepted);
  return { amount, currency };
}
