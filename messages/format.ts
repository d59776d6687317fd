/**
 * Numbers as each language reads them, from the core's formatters wherever
 * the core has one (so the CLI prints the same strings): losses, margins,
 * shares, FLOPs, counts, percentages, and money and GPU-hours from core/cost in
 * English and Japanese. One module for every face that lays out an answer.
 */
import { formatHoursFigure } from '../core/cost/index.js';
import { formatCount, formatLoss, formatMargin } from '../core/index.js';
import type { AnswerWords } from './answer.js';
import type { Lang } from './catalogue.js';
import { EN } from './en.js';
import { JA } from './ja.js';
import { formatMoney } from './money.js';
import { countJa, formatGpuHours, formatPricePerGpuHour, formatShare, percent, powerOfTen } from './numbers.js';

export interface Format {
  lang: Lang;
  /** The answer's words in this language (messages/). */
  w: AnswerWords;
  count(value: number): string;
  params(value: number): string;
  tokens(value: number): string;
  /** 9.5×10²² FLOP: in words a person reads, never e-notation. */
  flops(value: number): string;
  /** 9.5×10²² without the unit, for ranges. */
  flopsFigure(value: number): string;
  loss(value: number): string;
  /** Signed nats: "+0.0123 nats". */
  margin(value: number): string;
  share(fraction: number): string;
  gpuHours(value: number): string;
  /** Hours without the unit, for ranges. */
  hours(value: number): string;
  /** At a glance: $1.23M, 1.85億円 (core/cost's formatMoney, compact). */
  money(amount: string, currency: string): string;
  /** Every digit of the rounded amount: $1,234,567.89. */
  moneyExact(amount: string, currency: string): string;
  /** $2.99/GPU-hour, 449円/GPU時間. */
  perGpuHour(amount: string, currency: string): string;
  percent(fraction: number): string;
  range(low: string, high: string): string;
  /** A parenthetical after a value: " (5,620–9,360)", "（5,620〜9,360）". */
  aside(text: string): string;
}

const ENGLISH: Format = {
  lang: 'en',
  w: EN.answer,
  count: formatCount,
  params: formatCount,
  tokens: (value) => `${formatCount(value)} tokens`,
  flops: (value) => `${powerOfTen(value)} FLOP`,
  loss: formatLoss,
  margin: (value) => `${formatMargin(value)} nats`,
  share: formatShare,
  gpuHours: (value) => formatGpuHours(value, 'en'),
  hours: formatHoursFigure,
  money: (amount, currency) => formatMoney(amount, currency, { compact: true, lang: 'en' }),
  moneyExact: (amount, currency) => formatMoney(amount, currency, { lang: 'en' }),
  perGpuHour: (amount, currency) => formatPricePerGpuHour(amount, currency, 'en'),
  percent: (fraction) => percent(fraction),
  range: (low, high) => `${low}–${high}`,
  aside: (text) => ` (${text})`,
  flopsFigure: (value) => powerOfTen(value),
};

const JAPANESE: Format = {
  lang: 'ja',
  w: JA.answer,
  count: countJa,
  params: (value) => `${countJa(value)}パラメータ`,
  tokens: (value) => `${countJa(value)}トークン`,
  flops: (value) => `${powerOfTen(value)} FLOP`,
  loss: formatLoss,
  margin: (value) => `${formatMargin(value)} nats`,
  share: formatShare,
  gpuHours: (value) => formatGpuHours(value, 'ja'),
  hours: formatHoursFigure,
  money: (amount, currency) => formatMoney(amount, currency, { compact: true, lang: 'ja' }),
  moneyExact: (amount, currency) => formatMoney(amount, currency, { lang: 'ja' }),
  perGpuHour: (amount, currency) => formatPricePerGpuHour(amount, currency, 'ja'),
  percent: (fraction) => percent(fraction),
  range: (low, high) => `${low}〜${high}`,
  aside: (text) => `（${text}）`,
  flopsFigure: (value) => powerOfTen(value),
};

export function formatFor(lang: Lang): Format {
  return lang === 'ja' ? JAPANESE : ENGLISH;
}
