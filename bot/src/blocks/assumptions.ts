/**
 * The small print every answer carries in its context block: which law and
 * coefficient set, how FLOPs were counted, the GPU and MFU band, the price with
 * its as-of date, the currency rate, what a cost covers, and the warnings.
 */
import { COEFFICIENT_SET_IDS, type CoefficientSetId, type FlopCounting, type Warning } from '../../../core/index.js';
import type { Format } from '../../../messages/index.js';
import {
  CATALOGUES,
  hardwareLine as hardwareLineOf,
  priceLine as priceLineOf,
  profilePriceText,
  rateLine,
  renderWarning,
} from '../../../messages/index.js';
import type { Costing } from '../results/compute.js';

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
  return hardwareLineOf(costing, format.lang);
}

/** The price per GPU-hour with its provider, kind and as-of date (or why there is none): messages/ words it once. */
export function priceLine(format: Format, costing: Costing): string {
  return priceLineOf(costing, format.lang);
}

/** The exchange rate when the answer is not in USD; in USD, how to get another currency (when the language says so). */
export function currencyLine(format: Format, costing: Costing): string | undefined {
  return rateLine(costing, format.lang);
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
