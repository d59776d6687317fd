/**
 * Numbers as each language reads them. English uses the core's formatters
 * (the CLI prints the same strings); Japanese shows the same values in 万/億/兆
 * and Japanese units. Losses, margins, shares and FLOPs are the core's strings
 * in both languages, so a Japanese answer shows the same digits.
 */
import { formatCount, formatLoss, formatMargin, formatScientific, formatShare } from '../../../core/index.js';
import type { Lang } from '../command/parse.js';

export interface Format {
  lang: Lang;
  count(value: number): string;
  params(value: number): string;
  tokens(value: number): string;
  flops(value: number): string;
  loss(value: number): string;
  /** Signed nats: "+0.0123 nats". */
  margin(value: number): string;
  share(fraction: number): string;
  gpuHours(value: number): string;
  /** Hours without the unit, for ranges. */
  hours(value: number): string;
  /** At a glance: $1.23M, ￥1.85億. `amount` is a decimal string (exact into Intl). */
  money(amount: string, currency: string): string;
  /** Every digit of the rounded amount: $1,234,567.89. */
  moneyExact(amount: string, currency: string): string;
  percent(fraction: number): string;
  range(low: string, high: string): string;
}

const JA_COMPACT = new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumSignificantDigits: 3 });
const THREE_FIGURES = { en: new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }), ja: JA_COMPACT };

/** 15億 for 1.5e9: the same 3 significant figures as formatCount's 1.5B. */
function countJa(value: number): string {
  return JA_COMPACT.format(value);
}

function compactMoney(lang: Lang, amount: string, currency: string): string {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 });
  // Intl takes the decimal string exactly on Node 20; the cast is for the lib typings, which only list number | bigint.
  return format.format(amount as unknown as number);
}

function exactMoney(lang: Lang, amount: string, currency: string): string {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number);
}

const ENGLISH: Format = {
  lang: 'en',
  count: formatCount,
  params: formatCount,
  tokens: (value) => `${formatCount(value)} tokens`,
  flops: (value) => `${formatScientific(value)} FLOPs`,
  loss: formatLoss,
  margin: (value) => `${formatMargin(value)} nats`,
  share: formatShare,
  gpuHours: (value) => `${THREE_FIGURES.en.format(value)} GPU-hours`,
  hours: (value) => THREE_FIGURES.en.format(value),
  money: (amount, currency) => compactMoney('en', amount, currency),
  moneyExact: (amount, currency) => exactMoney('en', amount, currency),
  percent: (fraction) => `${Number((fraction * 100).toPrecision(3))}%`,
  range: (low, high) => `${low}–${high}`,
};

const JAPANESE: Format = {
  lang: 'ja',
  count: countJa,
  params: (value) => `${countJa(value)}パラメータ`,
  tokens: (value) => `${countJa(value)}トークン`,
  flops: (value) => `${formatScientific(value)} FLOP`,
  loss: formatLoss,
  margin: (value) => `${formatMargin(value)} nats`,
  share: formatShare,
  gpuHours: (value) => `${THREE_FIGURES.ja.format(value)} GPU時間`,
  hours: (value) => THREE_FIGURES.ja.format(value),
  money: (amount, currency) => compactMoney('ja', amount, currency),
  moneyExact: (amount, currency) => exactMoney('ja', amount, currency),
  percent: (fraction) => `${Number((fraction * 100).toPrecision(3))}%`,
  range: (low, high) => `${low}〜${high}`,
};

export function formatFor(lang: Lang): Format {
  return lang === 'ja' ? JAPANESE : ENGLISH;
}
