/**
 * The lines every face that shows a costed answer writes the same way, from core's costing: the GPU and its peak,
 * the price with its provider, kind and date, the exchange rate with its source. Each is core's part description
 * (core/answer/parts.ts) worded by worded/parts.ts, so a face calling these and an answer description agree.
 */
import type { Costing } from '../core/cost/index.js';
import { describeHardware, describePrice, describeRate } from '../core/index.js';
import type { Lang } from './catalogue.js';
import { wordHardware, wordPrice, wordRate } from './worded/parts.js';

export { peakText } from './worded/parts.js';

/** The GPU, its dense peak and the MFU band the costs assume. */
export function hardwareLine(costing: Pick<Costing, 'gpu' | 'mfu'>, lang: Lang): string {
  return wordHardware(describeHardware(costing), lang);
}

/** The price per GPU-hour with its provider, kind and as-of date (or why there is none). */
export function priceLine(costing: Pick<Costing, 'gpu' | 'total'>, lang: Lang): string {
  return wordPrice(describePrice(costing), lang);
}

/** The exchange rate when the answer is not in USD; in USD, how to get another currency (when the language says so). */
export function rateLine(costing: Pick<Costing, 'total'>, lang: Lang): string | undefined {
  return wordRate(describeRate(costing), lang);
}
