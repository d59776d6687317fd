/** The cost answer: core describes it (describeCostAnswer), messages/ words it (wordCostAnswer), layout.ts places it. */
import { describeCostAnswer } from '../../../core/index.js';
import { namesFor, wordCostAnswer } from '../../../messages/index.js';
import type { CostResult } from '../results/compute.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function costBlocks(result: CostResult): Built {
  return answerBlocks(wordCostAnswer(describeCostAnswer(result.costing, result.plan), result.lang, namesFor('slack')));
}
