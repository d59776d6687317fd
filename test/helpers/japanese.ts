/** "A Japanese answer has no English sentence": Japanese script, and no three Latin words in a row once product ids are out. */
import { expect } from 'vitest';
import { COEFFICIENT_SET_IDS, GPU_IDS, GPUS, PRICES, PROVIDERS, SCENARIO_IDS } from '../../core/index.js';

/** Ids a person types or reads as names: allowed in a Japanese answer. */
const PRODUCT_IDS = [
  // Product names first (longest), so "AMD Instinct MI300X" goes before its id would.
  ...GPUS.map((gpu) => gpu.name),
  ...GPU_IDS,
  ...PROVIDERS,
  ...PRICES.map((entry) => entry.id),
  ...SCENARIO_IDS,
  ...COEFFICIENT_SET_IDS,
];
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ENGLISH_SENTENCE = /[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}/;

/** Fails on three English words in a row once product ids are taken out. */
export function expectJapanese(text: string, what: string): void {
  const withoutIds = PRODUCT_IDS.reduce((rest, id) => rest.split(id).join('·'), text);
  expect(text, what).toMatch(JAPANESE_SCRIPT);
  expect(withoutIds, what).not.toMatch(ENGLISH_SENTENCE);
}
