/**
 * The small print every answer carries in its context block: which law and
 * coefficient set, how FLOPs were counted, the GPU and MFU band, the price with
 * its as-of date, the currency rate, what a cost covers, and the warnings.
 */
import { COEFFICIENT_SET_IDS, type CoefficientSetId, type FlopCounting, type Warning } from '../../../core/index.js';
import { CATALOGUES, profilePriceText, renderWarning } from '../../../messages/index.js';
import type { Costing } from '../results/compute.js';
import { formatMfuBand } from '../results/cost-api.js';
import type { Format } from './format.js';

export interface Assumed {
  coefficients: CoefficientSetId;
  flopCounting: FlopCounting;
  costing?: Costing;
  warnings?: readonly Warning[];
}

export function lawLine(format: Format, coefficients: CoefficientSetId, counting: FlopCounting): string {
  // A set from DISTILPLAN_PRESETS_DIR carries the team's own coefficients: citing the paper alone would misattribute them.
  return format.w.law({ set: coefficients, fitted: !COEFFICIENT_SET_IDS.includes(coefficients), counting });
}

export function hardwareLine(format: Format, costing: Costing): string {
  const { gpu, mfu } = costing;
  return format.w.hardware({
    gpu: gpu.name,
    precision: gpu.precision,
    peak: `${Number((gpu.peakFlopsPerSecond / 1e12).toPrecision(4))} TFLOP/s`,
    band: formatMfuBand(mfu).replace('%', ''),
  });
}

/** The price per GPU-hour with its provider, kind and as-of date (or why there is none). */
export function priceLine(format: Format, costing: Costing): string {
  const assumptions = costing.total?.assumptions;
  if (!assumptions) return format.w.priceMissing(costing.gpu.id);
  const { price } = assumptions;
  const perHour = format.perGpuHour(price.perGpuHour, price.currency);
  if (price.userGiven && price.converted)
    // Typed in another currency: the figure shown is a conversion, never "your own" as it stands.
    return format.w.priceConverted({ perHour, quoted: format.perGpuHour(price.quotedPerGpuHour, price.quoteCurrency) });
  if (price.userGiven) return format.w.priceOwn(perHour);
  return format.w.priceTable({
    perHour,
    provider: price.provider,
    ...(price.offer ? { offer: price.offer } : {}),
    kind: price.kind,
    asOf: price.asOf,
  });
}

/** The exchange rate when the answer is not in USD; in USD, how to get another currency (when the language says so). */
export function currencyLine(format: Format, costing: Costing): string | undefined {
  const currency = costing.total?.assumptions.currency;
  if (!currency) return undefined;
  if (currency.code === 'USD') return format.w.currencyHint;
  return format.w.rate({
    code: currency.code,
    rate: String(currency.ratePerUsd),
    ...(currency.rateDate === 'user-given' ? {} : { date: currency.rateDate }),
    // Whose rate: the workspace's standing one (DISTILPLAN_RATES) is said as such, with its date.
    ...(currency.rateSource === 'workspace' ? { workspace: true } : {}),
  });
}

export function basisLine(format: Format): string {
  return format.w.basis;
}

export function priceLines(format: Format, costing: Costing): string[] {
  const currency = currencyLine(format, costing);
  const owned = costing.total ? ownershipLines(format, costing) : [];
  return [priceLine(format, costing), ...(currency ? [currency] : []), ...(costing.total ? owned : [])];
}

/**
 * Under a cost profile: the total cost of ownership with each part and its share, what it leaves out, and whether its
 * amounts were converted; without one, what the money covers (the rental of the final run only).
 */
export function ownershipLines(format: Format, costing: Costing): string[] {
  const owned = costing.ownership;
  if (!owned?.profile) return [basisLine(format)];
  const words = CATALOGUES[format.lang].costs;
  const parts = owned.parts.map((part) =>
    words.partShare({
      part: words.part[part.code],
      amount: format.money(part.amount, owned.currency),
      share: part.share,
    }),
  );
  const price = costing.total?.assumptions.price;
  return [
    words.ownershipLine({ profile: owned.profile.name, total: format.moneyExact(owned.total, owned.currency), parts }),
    ...(price?.profile ? [profilePriceText(price, format.lang)] : []),
    words.notCounted(owned.notCounted.map((code) => words.part[code])),
    owned.profile.converted ? words.converted({ from: owned.profile.currency, to: owned.currency }) : '',
  ].filter(Boolean);
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
