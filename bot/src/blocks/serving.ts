/**
 * Training + serving in Slack: with serve= and days=, a compare answer opens with which model costs least in all
 * and the break-even point (sentences first), then each model's figures; a decide answer adds its own total.
 * Words from messages/ (servingWords), numbers from core/cost (compareLifetimes, lifetimeCost).
 */
import type { LifetimeComparison, LifetimeCost } from '../../../core/index.js';
import { servingWords } from '../../../messages/index.js';
import type { Format } from './format.js';
import { type Block, context, escapeMrkdwn, section } from './kit.js';

/** `gaps`: what each quality gap is worth, said right after which model costs least. */
export function servingCompareBlocks(
  format: Format,
  comparison: LifetimeComparison,
  gaps: readonly string[] = [],
): Block[] {
  const words = servingWords(format.lang);
  return [
    section([...words.sentences(comparison), ...gaps].map(escapeMrkdwn).join('\n')),
    context([...words.figures(comparison).map(escapeMrkdwn), words.basis(comparison.routes[0]!)]),
  ];
}

export function servingDecideBlocks(format: Format, life: LifetimeCost): Block[] {
  const words = servingWords(format.lang);
  return [section(words.single(life)), context([words.basis(life)])];
}
