/**
 * One-line summaries shared by Slack, the CLI and Sheets, so every face words
 * the same answer the same way: the cost band, the GPU-hours, and the
 * assumptions a reader needs to trust it (GPU, MFU and its precision, price,
 * its as-of date, and the rate for other currencies).
 */
import type { CostAssumptions } from './cost.js';
import { formatCostBand, formatGpuHours, formatMfuBand, formatPricePerGpuHour, type Lang } from './format.js';
import type { Band } from './options.js';

export interface CostLike {
  gpuHours: Band<number>;
  cost: Band<string>;
  currency: string;
  assumptions: CostAssumptions;
}

/** "≈ $2.1M ($1.68M–$2.8M) · 702,000 GPU-hours on H100 SXM5" / "約3.15億円（…）· 702,000 GPU時間（…）". */
export function costSummary(estimate: CostLike, lang: Lang = 'en'): string {
  const gpu = estimate.assumptions.gpu.name.replace(/^NVIDIA |^Google |^AMD /, '');
  const hours = formatGpuHours(estimate.gpuHours.base, lang);
  const money = formatCostBand(estimate.cost, estimate.currency, lang);
  return lang === 'ja' ? `約${money} · ${gpu}で${hours}` : `≈ ${money} · ${hours} on ${gpu}`;
}

/** "MFU 30/40/50% of bf16 peak · $2.99/GPU-hour (lambda on-demand, as of 2026-03)", plus the rate if not USD. */
export function assumptionsSummary(a: CostAssumptions, lang: Lang = 'en'): string {
  const price = formatPricePerGpuHour(a.price.perGpuHour, a.price.currency, lang);
  const own = a.price.converted
    ? lang === 'ja'
      ? `指定価格 ${a.price.quotedPerGpuHour} ${a.price.quoteCurrency} を換算`
      : `your ${a.price.quotedPerGpuHour} ${a.price.quoteCurrency}, converted`
    : lang === 'ja'
      ? '指定価格'
      : 'your price';
  const where = a.price.userGiven ? own : `${a.price.provider} ${a.price.kind}`;
  const rate =
    a.currency.code === 'USD'
      ? ''
      : lang === 'ja'
        ? ` · 1 USD = ${a.currency.ratePerUsd} ${a.currency.code}（${a.currency.rateDate}、概算）`
        : ` · 1 USD = ${a.currency.ratePerUsd} ${a.currency.code} (${a.currency.rateDate}, approximate)`;
  const date = a.price.userGiven ? '' : lang === 'ja' ? `、${a.price.asOf}時点` : `, as of ${a.price.asOf}`;
  return lang === 'ja'
    ? `MFU ${formatMfuBand(a.mfu)}（${a.gpu.precision}ピーク比）· ${price}（${where}${date}）${rate}`
    : `MFU ${formatMfuBand(a.mfu)} of ${a.gpu.precision} peak · ${price} (${where}${date})${rate}`;
}
