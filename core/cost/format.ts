/**
 * Money and GPU-hour figures as people read them: "$1.23M", "¥185M", "12,400",
 * and in Japanese "1.2億円". Written by hand rather than with Intl so that
 * Node, Slack and Apps Script print the same characters. Rounding happens
 * here, once, half-up; the words around a figure (GPU-hours, per GPU-hour, a
 * band's brackets, percentages) are messages/numbers.ts's.
 */

import { own } from '../own.js';
import { minorUnitsOf } from './currency.js';
import { Money, toFixedString } from './money.js';

export type Lang = 'en' | 'ja';

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

/** 1234567.891 → "1,234,567.891": groups the integer digits of a plain decimal string. */
export function groupDigits(plain: string): string {
  const [whole, fraction] = plain.split('.') as [string, string | undefined];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

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

/** 7,020 for 7018.8: GPU-hours at 3 significant figures without the unit, for ranges. */
export function formatHoursFigure(hours: number): string {
  return groupDigits(new Money(hours).toSignificantDigits(3, Money.ROUND_HALF_UP).toFixed());
}

/** Days a run takes on its GPUs, as a figure: 3 significant figures, 2 under a day (12.4, 1.1, 0.45). */
export function formatDaysFigure(days: number): string {
  return String(Number(days.toPrecision(days < 1 ? 2 : 3)));
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
