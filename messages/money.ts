/**
 * Money as people read it: "$1.23M", "¥185M", and in Japanese "1.2億円", "449円". Written by hand rather than with
 * Intl so that Node, Slack and Apps Script print the same characters; the amount is rounded half-up to the
 * currency's minor unit (core's toFixedString) or, compact, to 3 significant figures.
 */
import { groupDigits, Money, minorUnitsOf, own, toFixedString } from '../core/index.js';

/** The languages money is written in (catalogue.ts's Lang, spelt here so this module imports no catalogue). */
type Lang = 'en' | 'ja';

export interface MoneyFormat {
  /** 3 significant figures with k/M/B/T (en) or 万/億/兆 (ja); default false = every minor unit. */
  compact?: boolean;
  lang?: Lang;
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', JPY: '¥', EUR: '€', GBP: '£' };
const JA_NAMES: Readonly<Record<string, string>> = { JPY: '円', USD: 'ドル', EUR: 'ユーロ', GBP: 'ポンド' };
const EN_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['1e12', 'T'],
  ['1e9', 'B'],
  ['1e6', 'M'],
  ['1e3', 'k'],
];
const JA_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['1e12', '兆'],
  ['1e8', '億'],
  ['1e4', '万'],
];

/** An amount (decimal string or Money) in `currency`, e.g. "$1,234.50", "$1.23M", "1.2億円". */
export function formatMoney(amount: string | Money, currency: string, format: MoneyFormat = {}): string {
  const value = new Money(amount);
  const size = value.abs();
  const lang = format.lang ?? 'en';
  const [digits, unit] = format.compact
    ? compactDigits(size, currency, lang)
    : [groupDigits(toFixedString(size, minorUnitsOf(currency))), ''];
  // Only a sign that survives rounding: -0.001 USD shows as $0.00.
  const sign = value.isNegative() && /[1-9]/.test(digits) ? '-' : '';
  const jaName = own(JA_NAMES, currency);
  if (lang === 'ja' && jaName && (currency === 'JPY' || format.compact)) return `${sign}${digits}${unit}${jaName}`;
  const symbol = own(SYMBOLS, currency);
  return symbol ? `${sign}${symbol}${digits}${unit}` : `${sign}${digits}${unit} ${currency}`;
}

/** Rounds to 3 significant figures first, then picks the unit, so 999,999 reads "1M", not "1000k". */
function compactDigits(size: Money, currency: string, lang: Lang): [string, string] {
  const units = lang === 'ja' ? JA_UNITS : EN_UNITS;
  const rounded = size.toSignificantDigits(3, Money.ROUND_HALF_UP);
  for (const [scale, unit] of units) {
    if (rounded.gte(scale))
      return [groupDigits(rounded.div(scale).toSignificantDigits(3, Money.ROUND_HALF_UP).toFixed()), unit];
  }
  return [groupDigits(toFixedString(size, minorUnitsOf(currency))), ''];
}

/** The price alone, "$2.99", "449円", "2.99 CHF", for a column whose heading says it is per GPU-hour. */
export function formatPriceFigure(perGpuHour: string | Money, currency: string, lang: Lang = 'en'): string {
  const value = new Money(perGpuHour);
  const minor = minorUnitsOf(currency);
  const places = value.abs().gte(100) ? minor : Math.max(minor, value.decimalPlaces());
  const digits = groupDigits(value.toFixed(Math.min(places, 6), Money.ROUND_HALF_UP));
  if (lang === 'ja' && currency === 'JPY') return `${digits}円`;
  const symbol = own(SYMBOLS, currency);
  return symbol ? `${symbol}${digits}` : `${digits} ${currency}`;
}

/** A money axis tick, compact: "$10k", "1億円"; a whole amount below the compact units without cents ("$10"). */
export function moneyTick(amount: string, currency: string, lang: Lang): string {
  const label = formatMoney(amount, currency, { compact: true, lang });
  return new Money(amount).gte(1) ? label.replace('.00', '') : label;
}
