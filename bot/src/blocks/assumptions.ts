/**
 * The small print every answer carries in its context block: which law and
 * coefficient set, how FLOPs were counted, the GPU and MFU band, the price with
 * its as-of date, the currency rate, what a cost covers, and the warnings.
 */
import type { CoefficientSetId, FlopCounting, Warning } from '../../../core/index.js';
import { renderWarning } from '../../../messages/index.js';
import type { Costing } from '../answer/compute.js';
import { formatMfuBand } from '../answer/cost-api.js';
import type { Format } from './format.js';

export interface Assumed {
  coefficients: CoefficientSetId;
  flopCounting: FlopCounting;
  costing?: Costing;
  warnings?: readonly Warning[];
}

export function lawLine(format: Format, coefficients: CoefficientSetId, counting: FlopCounting): string {
  const ja = format.lang === 'ja';
  const how =
    counting === 'paper'
      ? ja
        ? '3·F(N)/トークン（論文の式69）'
        : '3·F(N) per token (paper Eq. 69)'
      : ja
        ? '6N/トークン'
        : '6N per token';
  return ja
    ? `スケーリング則: ${coefficients}（Busbridge ら 2025）· FLOP の数え方: ${how}`
    : `Law: ${coefficients} (Busbridge et al. 2025) · FLOPs counted as ${how}`;
}

export function hardwareLine(format: Format, costing: Costing): string {
  const { gpu, mfu } = costing;
  const peak = `${Number((gpu.peakFlopsPerSecond / 1e12).toPrecision(4))} TFLOP/s`;
  const band = formatMfuBand(mfu).replace('%', '');
  return format.lang === 'ja'
    ? `${gpu.name}、${gpu.precision} 密ピーク ${peak} · MFU ${band}%（低/基準/高、${gpu.precision} ピーク比）`
    : `${gpu.name}, ${gpu.precision} dense peak ${peak} · MFU ${band}% (low/base/high, vs the ${gpu.precision} peak)`;
}

/** The price per GPU-hour with its provider, kind and as-of date (or why there is none). */
export function priceLine(format: Format, costing: Costing): string {
  const ja = format.lang === 'ja';
  const assumptions = costing.total?.assumptions;
  if (!assumptions) {
    return ja
      ? `価格表に ${costing.gpu.id} の価格がないため GPU 時間のみ表示（price=2.50 のように指定できます）`
      : `No price for ${costing.gpu.id} in the table: GPU-hours only (add your own, e.g. price=2.50)`;
  }
  const { price } = assumptions;
  const perHour = format.perGpuHour(price.perGpuHour, price.currency);
  if (price.userGiven) return ja ? `価格: ${perHour}（ご指定の価格）` : `Price ${perHour} (your own)`;
  return ja
    ? `価格: ${perHour} — ${price.provider} ${price.offer ?? ''}（${price.kind}）${price.asOf} 時点`
    : `Price ${perHour}: ${price.provider} ${price.offer ?? ''} (${price.kind}), as of ${price.asOf}`;
}

/** The exchange rate when the answer is not in USD; in Japanese, how to get yen. */
export function currencyLine(format: Format, costing: Costing): string | undefined {
  const currency = costing.total?.assumptions.currency;
  const ja = format.lang === 'ja';
  if (!currency) return undefined;
  if (currency.code === 'USD')
    return ja ? '円で表示するには currency=JPY rate=150 のように為替レートを指定してください' : undefined;
  return ja
    ? `為替: 1 USD = ${currency.ratePerUsd} ${currency.code}（${currency.rateDate === 'user-given' ? 'ご指定' : currency.rateDate}）、概算`
    : `${currency.code} at ${currency.ratePerUsd} per USD (${currency.rateDate}), approximate`;
}

export function basisLine(format: Format): string {
  return format.lang === 'ja'
    ? '費用は本番学習の GPU レンタル相当額のみ（予備実験・失敗・ストレージ・人件費は含みません）'
    : 'Cost = GPU rental for the final run only (no ablations, failed runs, storage or staff)';
}

export function priceLines(format: Format, costing: Costing): string[] {
  const currency = currencyLine(format, costing);
  return [priceLine(format, costing), ...(currency ? [currency] : []), ...(costing.total ? [basisLine(format)] : [])];
}

export function warningLines(format: Format, warnings: readonly Warning[] = []): string[] {
  return warnings.map((warning) => `:warning: ${renderWarning(warning, format.lang)}`);
}

export function assumptionLines(format: Format, assumed: Assumed): string[] {
  return [
    lawLine(format, assumed.coefficients, assumed.flopCounting),
    ...(assumed.costing ? [hardwareLine(format, assumed.costing), ...priceLines(format, assumed.costing)] : []),
    ...warningLines(format, assumed.warnings),
  ];
}
