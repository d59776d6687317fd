/**
 * The decide answer in Slack: core describes it (describeDecide), messages/ words it (wordDecide), and
 * layout.ts places the words, phone first. Compare reuses the same figure wording for its per-student fields.
 */
import { describeDecide } from '../../../core/index.js';
import { type Format, namesFor, wordDecide } from '../../../messages/index.js';
import type { DecideResult } from '../results/compute.js';
import type { Built, Field } from './kit.js';
import { answerBlocks } from './layout.js';

export function decideBlocks(result: DecideResult): Built {
  // The question is stated by the reading above the answer (bot/src/question/read.ts), so none here.
  const description = describeDecide(result.decision, result.costing, { serving: result.serving ?? null });
  return answerBlocks(wordDecide(description, result.lang, namesFor('slack')));
}

export type DecisionField =
  | 'distilled'
  | 'direct'
  | 'margin'
  | 'budget'
  | 'gpuHours'
  | 'cost'
  | 'tokens'
  | 'teacher'
  | 'split'
  | 'flip';

/** Some of a decide answer's figures, as fields (compare shows a few per student): the decide answer's own words. */
export function decisionFields(
  format: Format,
  result: Pick<DecideResult, 'decision' | 'costing'>,
  names: readonly DecisionField[],
): Field[] {
  const worded = wordDecide(describeDecide(result.decision, result.costing), format.lang, namesFor('slack'));
  return names.flatMap((name) => {
    const figure = worded.figures.find((f) => f.code === name);
    return figure ? [[figure.label, figure.value] as const] : [];
  });
}
