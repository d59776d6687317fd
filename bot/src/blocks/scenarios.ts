/**
 * `/distil scenarios`: the cheapest offers for one run (core's costScenarios, the CLI's `scenarios`), the cheapest
 * of each kind of price, the MFU band, and what the money covers: described by core, worded by messages/, laid out
 * by the one answer layout (its first rows; the CLI and Sheets give every offer).
 */
import { describeScenarios } from '../../../core/index.js';
import { wordScenarios } from '../../../messages/index.js';
import type { ScenariosResult } from '../results/compute.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function scenariosBlocks(result: ScenariosResult): Built {
  return answerBlocks(wordScenarios(describeScenarios(result.scenarios), result.lang));
}
