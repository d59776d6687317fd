/**
 * An answer worded by messages/ (a WordedAnswer) laid out as the CLI's text: the question as read, the call with
 * its meaning, the headline, the money-and-time sentence and the warnings that change the decision; serving; then
 * the losses as the table's heading, the figures as aligned rows, and the notes and other warnings under it.
 * This file places parts and adds only the CLI's label for a warning; it words nothing.
 */
import { CLI_WORDS, type WordedAnswer, type WordedFigure, type WordedItem } from '../messages/index.js';
import { table } from './output.js';

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
    table(worded.figures.flatMap(rowsOf)),
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
