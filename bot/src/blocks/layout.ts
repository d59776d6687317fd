/**
 * An answer worded by messages/ (a WordedAnswer) laid out as Block Kit, phone first: the call as the header, the
 * headline and the money-and-time sentence, serving, the warnings that change the decision, then the figures as
 * fields and the small print. This file places parts and adds only Slack's marks (bold, emoji); it words nothing.
 */
import type { WordedAnswer, WordedFigure, WordedItem } from '../../../messages/index.js';
import {
  type Block,
  type Built,
  context,
  divider,
  escapeMrkdwn,
  type Field,
  fields,
  header,
  LIMITS,
  section,
} from './kit.js';

export function answerBlocks(worded: WordedAnswer): Built {
  if (worded.items) return itemsBlocks(worded, worded.items);
  const lines = [...worded.headline, ...(worded.lawSays ? [worded.lawSays] : [])];
  const question = worded.question ? [context([`:mag: ${escapeMrkdwn(worded.question)}`])] : [];
  const text = [`${worded.title}${lines.length || worded.money ? ':' : ''}`, ...lines, worded.money]
    .filter(Boolean)
    .join(' ');
  const small = context([...worded.notes, ...worded.warnings.map(warned)]);
  // An answer without a money-and-time sentence (a plan, a cost) is compact: its sentence heads the figures.
  if (!worded.money && worded.decisive.length === 0 && worded.serving.length === 0)
    return {
      text,
      blocks: [
        ...question,
        header(worded.title),
        ...figureSections(worded.figures, [...lines, worded.summary].filter(Boolean).join('\n') || undefined),
        small,
      ],
    };
  const [servingLine, ...servingBasis] = worded.serving;
  const blocks: Block[] = [
    // A face that has not stated the question above the answer (bot/src/question/read.ts) states it here.
    ...question,
    header(worded.title),
    section([...lines, ...(worded.money ? [`*${worded.money}*`] : [])].join('\n')),
    ...(servingLine ? [section(servingLine), context(servingBasis)] : []),
    ...(worded.decisive.length ? [section(worded.decisive.map(warned).join('\n'))] : []),
    divider(),
    ...figureSections(worded.figures, worded.summary || undefined),
    small,
  ];
  return { text, blocks };
}

/**
 * Things side by side (compare): the header, the sentences and serving's figures, one line per item (what a phone
 * shows without scrolling), then each item's figures under its name and its small print, then the shared notes.
 */
function itemsBlocks(worded: WordedAnswer, items: readonly WordedItem[]): Built {
  const question = worded.question ? [context([`:mag: ${escapeMrkdwn(worded.question)}`])] : [];
  const named = (item: WordedItem, text: string) => `*${escapeMrkdwn(item.name)}* · ${escapeMrkdwn(text)}`;
  const blocks: Block[] = [
    ...question,
    header(worded.title),
    ...(worded.headline.length ? [section(worded.headline.map(escapeMrkdwn).join('\n'))] : []),
    ...(worded.serving.length ? [context(worded.serving.map(escapeMrkdwn))] : []),
    section(items.map((item) => named(item, item.outcome)).join('\n')),
  ];
  for (const item of items)
    blocks.push(
      divider(),
      ...figureSections(item.figures, named(item, item.title)),
      context([...item.notes, ...item.warnings.map(warned)]),
    );
  blocks.push(context([...worded.notes, ...worded.warnings.map(warned)]));
  const text = [worded.title, ...items.map((item) => `${item.name}: ${item.outcome}`)].join(' · ');
  return { text, blocks };
}

function warned(line: string): string {
  return `:warning: ${line}`;
}

/** The figures as fields, ten to a section (Slack's limit); the first section carries the summary line. */
function figureSections(figures: readonly WordedFigure[], summary: string | undefined): Block[] {
  const pairs: Field[] = figures.map((figure) => [figure.label, figure.value]);
  const sections: Block[] = [];
  for (let at = 0; at < pairs.length; at += LIMITS.fields)
    sections.push(fields(pairs.slice(at, at + LIMITS.fields), at === 0 ? summary : undefined));
  return sections;
}
