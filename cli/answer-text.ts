/**
 * An answer worded by messages/ (a WordedAnswer) laid out as the CLI's text: the question as read, the call with
 * its meaning, the headline, the money-and-time sentence and the warnings that change the decision; serving; then
 * the losses as the table's heading, the figures as aligned rows, and the notes and other warnings under it.
 * An answer that is a table (scenarios, a pilot's runs) gives every row under its columns, then its sections (a
 * heading, lines, each line's points marked with a dash), each after a blank line, and a blank line before the notes.
 * This file places parts and adds only the CLI's label for a warning; it words nothing.
 */
import {
  CLI_WORDS,
  type WordedAnswer,
  type WordedFigure,
  type WordedItem,
  type WordedSection,
  type WordedTable,
} from '../messages/index.js';
import { columns, table } from './output.js';

export function answerText(worded: WordedAnswer): string {
  const words = CLI_WORDS[worded.lang];
  const warned = (line: string) => words.warningNote(line);
  if (worded.items) return itemsText(worded, worded.items, warned);
  return [
    ...(worded.question ? [worded.question] : []),
    worded.callLine,
    ...worded.headline,
    ...(worded.lawSays ? [worded.lawSays] : []),
    ...(worded.money ? [worded.money] : []),
    ...worded.decisive.map(warned),
    ...worded.serving,
    ...(worded.summary ? [worded.summary] : []),
    ...(worded.figures.length ? [table(worded.figures.flatMap(rowsOf))] : []),
    ...(worded.table ? tableLines(worded.table) : []),
    ...(worded.sections ?? []).flatMap(sectionLines),
    // A blank line sets the notes apart from a wide table or a section.
    ...(worded.notes.length && (worded.table || worded.sections?.length) ? [''] : []),
    ...worded.notes,
    ...worded.warnings.map(warned),
  ].join('\n');
}

/**
 * Things side by side (compare): the call, the sentences, one row per item with its outcome and serving's figures;
 * then each item under its name with its figures and small print; then the shared notes.
 */
function itemsText(worded: WordedAnswer, items: readonly WordedItem[], warned: (line: string) => string): string {
  const each = items.flatMap((item) => [
    '',
    `${item.name} · ${item.title}`,
    table(item.figures.flatMap(rowsOf)),
    ...item.notes,
    ...item.warnings.map(warned),
  ]);
  return [
    ...(worded.question ? [worded.question] : []),
    worded.callLine,
    ...worded.headline,
    table(items.map((item) => [item.name, item.outcome] as const)),
    ...worded.serving,
    ...each,
    '',
    ...worded.notes,
    ...worded.warnings.map(warned),
  ].join('\n');
}

/** A figure as table rows: a value of several lines continues under the first, its label once. */
function rowsOf(figure: WordedFigure): (readonly [string, string])[] {
  const [first = '', ...more] = figure.value.split('\n');
  return [[figure.label, first], ...more.map((line) => ['', line] as const)];
}

/** Every row under the columns' headings, after the table's heading (if any) set apart by a blank line. */
function tableLines(worded: WordedTable): string[] {
  return [
    ...(worded.heading ? ['', worded.heading] : []),
    columns([worded.columns, ...worded.rows.map((row) => row.cells)]),
  ];
}

/** A section after a blank line: its heading, then each line with its points indented under it. */
function sectionLines(section: WordedSection): string[] {
  return [
    '',
    section.heading,
    ...section.items.flatMap((item) => [item.line, ...item.points.map((point) => `   - ${point}`)]),
  ];
}
