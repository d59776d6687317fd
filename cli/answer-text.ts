/**
 * An answer worded by messages/ (a WordedAnswer) laid out as the CLI's text: the question as read, the call with
 * its meaning, the headline, the money-and-time sentence and the warnings that change the decision; serving; then
 * the losses as the table's heading, the figures as aligned rows, and the notes and other warnings under it.
 * An answer that is a table (scenarios) gives every row under its columns, a blank line before its notes.
 * This file places parts and adds only the CLI's label for a warning; it words nothing.
 */
import { CLI_WORDS, type WordedAnswer, type WordedFigure, type WordedTable } from '../messages/index.js';
import { columns, table } from './output.js';

export function answerText(worded: WordedAnswer): string {
  const words = CLI_WORDS[worded.lang];
  const warned = (line: string) => words.warningNote(line);
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
    ...worded.notes,
    ...worded.warnings.map(warned),
  ].join('\n');
}

/** A figure as table rows: a value of several lines continues under the first, its label once. */
function rowsOf(figure: WordedFigure): (readonly [string, string])[] {
  const [first = '', ...more] = figure.value.split('\n');
  return [[figure.label, first], ...more.map((line) => ['', line] as const)];
}

/** Every row under the columns' headings, and a blank line to set the notes apart from a wide table. */
function tableLines(worded: WordedTable): string[] {
  return [columns([worded.columns, ...worded.rows.map((row) => row.cells)]), ''];
}
