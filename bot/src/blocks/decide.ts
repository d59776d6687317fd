/**
 * The decide answer in Slack: core describes it (describeDecide), messages/ words it (wordDecide), and
 * layout.ts places the words, phone first. Compare (compare.ts) words its students' figures
 * through the same decide wording in messages/.
 */
import { describeDecide } from '../../../core/index.js';
import { namesFor, wordDecide } from '../../../messages/index.js';
import type { DecideResult } from '../results/compute.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function decideBlocks(result: DecideResult): Built {
  // The question is stated by the reading above the answer (bot/src/question/read.ts), so none here.
  const description = describeDecide(result.decision, result.costing, { serving: result.serving ?? null });
  return answerBlocks(wordDecide(description, result.lang, namesFor('slack')));
}
