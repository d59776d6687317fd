/**
 * The small print compare's context block carries for each student: the law and coefficient set, the GPU and MFU
 * band, the price with its date, the rate, what a cost covers, and the warnings. Each is core's part description
 * worded once by messages/ (worded/parts.ts), the same words every other answer uses.
 */
import { type CoefficientSetId, describeLaw, type FlopCounting, type Warning } from '../../../core/index.js';
import type { Format } from '../../../messages/index.js';
import {
  hardwareLine as hardwareLineOf,
  priceLine as priceLineOf,
  rateLine,
  wordLaw,
  wordWarnings,
} from '../../../messages/index.js';
import type { Costing } from '../results/compute.js';

export function lawLine(format: Format, coefficients: CoefficientSetId, counting: FlopCounting): string {
  // A set from DISTILPLAN_PRESETS_DIR carries the team's own coefficients: citing the paper alone would misattribute them.
  return wordLaw(describeLaw(coefficients, counting), format.lang);
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

export function warningLines(format: Format, warnings: readonly Warning[] = []): string[] {
  return wordWarnings(warnings, format.lang).map((line) => `:warning: ${line}`);
}
