/**
 * Numbers inside messages, in the house formats of core/format.ts (and 万/億 for Japanese counts): the one module
 * that words a number. Core computes figures (rounded decimal strings for money, 3 significant figures for
 * GPU-hours); the percentages and the words around a figure (GPU-hours, per GPU-hour, a band's brackets) are here.
 */
import {
  formatCount,
  formatHoursFigure,
  formatScientific,
  groupDigits,
  type Money,
  type PriceEntry,
  pricePerGpuHour,
} from '../core/index.js';
import { formatMoney, formatPriceFigure } from './money.js';

/** A limit as the checks state it: 1e6, 0, 20. */
export function limit(value: number): string {
  return Math.abs(value) >= 1e5 ? value.toExponential().replace('e+', 'e') : String(value);
}

/** A measured value, short: 1.5B, 2.1. */
export function short(value: number): string {
  return value < 100 ? String(Number(value.toFixed(3))) : formatCount(value);
}

const JA_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1e16, '京'],
  [1e12, '兆'],
  [1e8, '億'],
  [1e4, '万'],
];

/** 15億 for 1.5e9, 2兆 for 2e12: 3 significant figures, like formatCount's 1.5B. */
export function countJa(value: number): string {
  const rounded = Number(value.toPrecision(3));
  for (const [scale, unit] of JA_UNITS) {
    if (Math.abs(rounded) >= scale) return `${Number((rounded / scale).toPrecision(3))}${unit}`;
  }
  return String(rounded);
}

/** A short Japanese value: counts in 万/億, small numbers as they are. */
export function shortJa(value: number): string {
  return value < 100 ? String(Number(value.toFixed(3))) : countJa(value);
}

/** 9.5×10²² for 9.53e22: FLOPs in words a person reads, 2 significant figures. */
export function powerOfTen(value: number, digits = 2): string {
  if (value === 0) return '0';
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e') as [string, string];
  const superscript = String(Number(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPTS[c]!);
  return `${mantissa}×10${superscript}`;
}

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

const CURRENCY_NAMES: Readonly<Record<string, { en: string; ja: string }>> = {
  JPY: { en: 'yen', ja: '円' },
  EUR: { en: 'euros', ja: 'ユーロ' },
  GBP: { en: 'pounds', ja: 'ポンド' },
  USD: { en: 'US dollars', ja: '米ドル' },
  CNY: { en: 'yuan', ja: '人民元' },
  KRW: { en: 'won', ja: 'ウォン' },
};

/** What a rate counts, in words: "euros", "ユーロ"; a code without a name stays the code (CHF). */
export function currencyName(code: string, lang: 'en' | 'ja'): string {
  return Object.hasOwn(CURRENCY_NAMES, code) ? CURRENCY_NAMES[code]![lang] : code;
}

/** A count of days: whole ones grouped (1,095), parts to 3 significant figures. */
function dayCount(days: number): string {
  return Number.isInteger(days) ? groupDigits(String(days)) : String(Number(days.toPrecision(3)));
}

export const dayCountEn = (days: number): string => `${dayCount(days)} ${days === 1 ? 'day' : 'days'}`;
export const dayCountJa = (days: number): string => `${dayCount(days)}日`;

/**
 * How precisely a percentage is shown, named by what it measures: `whole` for shares of plausible laws and budget
 * ratios (57%), `significant` for MFU and cost shares (40%, 37.5%: three significant figures at most), `tenths` for
 * a pilot's noise and losses (0.5%), `hundredths` for a fit's errors (1.23%).
 */
export type PercentPrecision = 'whole' | 'significant' | 'tenths' | 'hundredths';

/** Every percentage an answer shows, on every face: a fraction (0.4) → "40%". */
export function percent(fraction: number, precision: PercentPrecision = 'significant'): string {
  return `${percentFigure(fraction, precision)}%`;
}

/** The figure of a percentage without its sign, where a line states the sign once ("MFU 30/40/50%"). */
export function percentFigure(fraction: number, precision: PercentPrecision = 'significant'): string {
  const value = 100 * fraction;
  switch (precision) {
    case 'whole':
      return String(Math.round(value));
    case 'significant':
      return String(Number(value.toPrecision(3)));
    case 'tenths':
      return value.toFixed(1);
    case 'hundredths':
      return value.toFixed(2);
  }
}

/** "989.4": a peak in FLOP/s as TFLOP/s, every digit the catalog has. */
export const tflops = (flopsPerSecond: number): string => String(flopsPerSecond / 1e12);

/** "0.003141": a fitted coefficient to 4 significant figures, trailing zeros dropped. */
export const significant = (value: number): string => Number(value.toPrecision(4)).toString();

/** "1.234e-5": a value in exponent form with `fractionDigits` after the point (a fit's objective). */
export const exponential = (value: number, fractionDigits: number): string => value.toExponential(fractionDigits);

/** "1.404": a ratio to 3 decimals (App. D.5's compute ratio). */
export const ratio = (value: number): string => value.toFixed(3);

/** " 5.18e20 FLOPs   51.8%": a part's FLOPs and its share of the whole, aligned for a table column. */
export const flopsWithShare = (flops: number, share: number): string =>
  `${formatScientific(flops).padStart(8)} FLOPs  ${formatShare(share).padStart(6)}`;

/** A price table entry per GPU-hour, at least cents and every digit the quote has: 3.00, 4.916, 4.09625. */
export function quotedPerGpuHour(entry: PriceEntry): string {
  const price = pricePerGpuHour(entry);
  return price.toFixed(Math.max(2, price.decimalPlaces()));
}

/** A fraction as a percentage to one decimal, "71.2%": a route's share of the compute, a default pilot share. */
export const formatShare = (fraction: number): string => percent(fraction, 'tenths');

/** "30/40/50%": an MFU band, each figure as every MFU is shown (three significant figures at most). */
export function formatMfuBand(band: { low: number; base: number; high: number }): string {
  return `${percentFigure(band.low)}/${percentFigure(band.base)}/${percentFigure(band.high)}%`;
}

/** "12,400 GPU-hours" / "12,400 GPU時間", at 3 significant figures. */
export function formatGpuHours(hours: number, lang: 'en' | 'ja' = 'en'): string {
  const text = formatHoursFigure(hours);
  if (lang === 'ja') return `${text} GPU時間`;
  return `${text} ${text === '1' ? 'GPU-hour' : 'GPU-hours'}`;
}

/**
 * "$2.99/GPU-hour", "$4.09625/GPU-hour", "449円/GPU時間": the price figure (core's formatPriceFigure: below 100 every
 * digit it was given, from 100 up the minor unit) per GPU-hour.
 */
export function formatPricePerGpuHour(perGpuHour: string | Money, currency: string, lang: 'en' | 'ja' = 'en'): string {
  return `${formatPriceFigure(perGpuHour, currency, lang)}/${lang === 'ja' ? 'GPU時間' : 'GPU-hour'}`;
}

/** "$1.5M ($1.23M–$1.85M)", "1.5億円（1.23億円〜1.85億円）": a cost band, compact. */
export function formatCostBand(
  cost: { low: string; base: string; high: string },
  currency: string,
  lang: 'en' | 'ja' = 'en',
): string {
  const show = (amount: string): string => formatMoney(amount, currency, { compact: true, lang });
  return lang === 'ja'
    ? `${show(cost.base)}（${show(cost.low)}〜${show(cost.high)}）`
    : `${show(cost.base)} (${show(cost.low)}–${show(cost.high)})`;
}
