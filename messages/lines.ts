/**
 * The lines every face that shows a costed answer writes the same way, from core's costing: the GPU and its peak,
 * the price with its provider, kind and date, the exchange rate with its source, and the days on N GPUs. Slack's
 * small print, the Sheets sidebar (and any other face) call these, never their own copies.
 */
import type { Costing, PriceUsed } from '../core/cost/index.js';
import { offerJa } from './catalog-ja.js';
import type { Lang } from './catalogue.js';
import { formatFor } from './format.js';
import { percentFigure } from './numbers.js';
import { CATALOGUES } from './render.js';

/** "989.4 TFLOP/s": a GPU's dense peak at its precision, 4 significant figures. */
export function peakText(peakFlopsPerSecond: number): string {
  return `${Number((peakFlopsPerSecond / 1e12).toPrecision(4))} TFLOP/s`;
}

/** The GPU, its dense peak and the MFU band the costs assume. */
export function hardwareLine(costing: Pick<Costing, 'gpu' | 'mfu'>, lang: Lang): string {
  const { gpu, mfu } = costing;
  return CATALOGUES[lang].answer.hardware({
    gpu: gpu.name,
    precision: gpu.precision,
    peak: peakText(gpu.peakFlopsPerSecond),
    band: [mfu.low, mfu.base, mfu.high].map((fraction) => percentFigure(fraction)).join('/'),
  });
}

/** The price per GPU-hour with its provider, kind and as-of date (or why there is none). */
export function priceLine(costing: Pick<Costing, 'gpu' | 'total'>, lang: Lang): string {
  const w = CATALOGUES[lang].answer;
  const format = formatFor(lang);
  const assumptions = costing.total?.assumptions;
  if (!assumptions) return w.priceMissing(costing.gpu.id);
  const { price } = assumptions;
  const perHour = format.perGpuHour(price.perGpuHour, price.currency);
  if (price.userGiven && price.converted)
    // Typed in another currency: the figure shown is a conversion, never "your own" as it stands.
    return w.priceConverted({ perHour, quoted: format.perGpuHour(price.quotedPerGpuHour, price.quoteCurrency) });
  if (price.userGiven) return w.priceOwn(perHour);
  return w.priceTable({
    perHour,
    provider: price.provider,
    ...offerIn(price, lang),
    kind: price.kind,
    asOf: price.asOf,
  });
}

/**
 * The offer's name in the answer's language: the price table's own (English) name, or its Japanese wording
 * (catalog-ja.ts), so a Japanese answer names the offer its price is for as the English one does.
 */
function offerIn(price: PriceUsed, lang: Lang): { offer?: string } {
  if (!price.offer) return {};
  if (lang === 'en') return { offer: price.offer };
  const words = offerJa(price.id);
  return words ? { offer: words.offer } : {};
}

/** The exchange rate when the answer is not in USD; in USD, how to get another currency (when the language says so). */
export function rateLine(costing: Pick<Costing, 'total'>, lang: Lang): string | undefined {
  const w = CATALOGUES[lang].answer;
  const currency = costing.total?.assumptions.currency;
  if (!currency) return undefined;
  if (currency.code === 'USD') return w.currencyHint;
  return w.rate({
    code: currency.code,
    rate: String(currency.ratePerUsd),
    ...(currency.rateDate === 'user-given' ? {} : { date: currency.rateDate }),
    // Whose rate: the workspace's standing one (DISTILPLAN_RATES) is said as such, with its date.
    ...(currency.rateSource === 'workspace' ? { workspace: true } : {}),
  });
}
