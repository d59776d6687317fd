/** The plan answer: core describes it (describePlan), messages/ words it (wordPlan), layout.ts places the words. */
import { describePlan } from '../../../core/index.js';
import { namesFor, wordPlan } from '../../../messages/index.js';
import type { PlanResult } from '../results/compute.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function planBlocks(result: PlanResult): Built {
  return answerBlocks(wordPlan(describePlan(result.plan, result.costing), result.lang, namesFor('slack')));
}
