/**
 * An answer worded by messages/ (a WordedAnswer) laid out as Block Kit, phone first: the call as the header, the
 * headline and the money-and-time sentence, serving, the warnings that change the decision, then the figures as
 * fields and the small print. This file places parts and adds only Slack's marks (bold, emoji); it words nothing.
 */
import type { WordedAnswer, WordedFigure, WordedItem, WordedSection, WordedTable } from '../../../messages/index.js';
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
  const question = worded.question ? [context([`:mag: ${escapeMrkdwn(worded.question)}`])] : [];
  if (worded.items) return itemsBlocks(worded, worded.items, question);
  const lines = [...worded.headline, ...(worded.lawSays ? [worded.lawSays] : [])];
  const text = [`${worded.title}${lines.length || worded.money ? ':' : ''}`, ...lines, worded.money]
    .filter(Boolean)
    .join(' ');
  const small = context([...worded.notes, ...worded.warnings.map(warned)]);
  if (worded.table) return tableBlocks(worded, worded.table, question, small);
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
 * An answer that is a table (scenarios, a pilot's runs): its sentences, then the first rows as lines under the
 * heading that counts them (a message is read on a phone; the CLI gives every row), its sections (a bold heading,
 * lines, each line's points as bullets), then the small print.
 */
function tableBlocks(worded: WordedAnswer, table: WordedTable, question: Block[], small: Block): Built {
  const shown = table.rows.slice(0, table.short.count).map((row) => escapeMrkdwn(row.line));
  const lines = worded.headline.map(escapeMrkdwn);
  return {
    text: [`${worded.title}${lines.length ? ':' : ''}`, ...worded.headline].join(' '),
    blocks: [
      ...question,
      header(worded.title),
      ...(lines.length ? [section(lines.join('\n'))] : []),
      section([`*${escapeMrkdwn(table.short.heading)}*`, ...shown].join('\n')),
      ...(worded.sections ?? []).map(sectionBlock),
      ...(worded.notes.length || worded.warnings.length ? [small] : []),
    ],
  };
}

function sectionBlock(part: WordedSection): Block {
  const lines = part.items.flatMap((item) => [item.line, ...item.points.map((point) => `• ${point}`)]);
  return section([`*${escapeMrkdwn(part.heading)}*`, ...lines.map(escapeMrkdwn)].join('\n'));
}

/**
 * Things side by side (compare): the header, the sentences and serving's figures, one line per item (what a phone
 * shows without scrolling), then each item's figures under its name and its small print, then the shared notes.
 */
function itemsBlocks(worded: WordedAnswer, items: readonly WordedItem[], question: Block[]): Built {
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
  // Escaped: a label may be a name from outside (a preset file's name, read from a folder).
  const pairs: Field[] = figures.map((figure) => [escapeMrkdwn(figure.label), escapeMrkdwn(figure.value)]);
  // An answer with no figures (no offer matched) still shows its sentences.
  if (pairs.length === 0) return summary ? [section(summary)] : [];
  const sections: Block[] = [];
  for (let at = 0; at < pairs.length; at += LIMITS.fields)
    sections.push(fields(pairs.slice(at, at + LIMITS.fields), at === 0 ? summary : undefined));
  return sections;
}
