/**
 * The compare answer in Slack: core describes it (describeCompare), messages/ words it (wordCompare), and
 * layout.ts places the words: the best student, serving, a line per scenario, then each scenario's figures.
 */
import { describeCompare } from '../../../core/index.js';
import { namesFor, wordCompare } from '../../../messages/index.js';
import type { CompareResult } from '../results/compute.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function compareBlocks(result: CompareResult): Built {
  // The question is stated by the reading above the answer (bot/src/question/read.ts), so none here.
  const students = result.items.map((item) => ({ name: item.label, decision: item.decision, costing: item.costing }));
  const description = describeCompare(students, result.comparison, { serving: result.serving ?? null });
  return answerBlocks(wordCompare(description, result.lang, namesFor('slack')));
}
