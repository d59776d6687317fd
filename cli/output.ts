/**
 * How every CLI command speaks: an aligned human table by default, exactly
 * one JSON object with --json. Errors are handled once, in main.ts. Columns
 * are aligned by the width a terminal draws (a kanji takes two columns).
 */
import { eastAsianWidth } from 'get-east-asian-width';

export interface OutputOptions {
  json?: boolean;
}

export function printResult(humanText: string, json: object, opts: OutputOptions): void {
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : `${humanText.replace(/\n+$/, '')}\n`);
}

export type Row = readonly [label: string, value: string];

/** Two aligned columns: labels padded to the longest. */
export function table(rows: readonly Row[]): string {
  const width = Math.max(...rows.map(([label]) => columnsOf(label)));
  return rows.map(([label, value]) => `${padEnd(label, width)}  ${value}`).join('\n');
}

/** The columns a terminal draws `text` in: wide and full-width characters (kana, kanji, ａ) take two. */
export function columnsOf(text: string): number {
  let width = 0;
  for (const char of text) width += eastAsianWidth(char.codePointAt(0)!);
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}

/** A heading, a table, then notes (assumptions, warnings) under it. */
export function section(title: string, rows: readonly Row[], notes: readonly string[] = []): string {
  return [title, table(rows), ...notes].join('\n');
}

/** Left-aligned columns padded to the widest cell (the first row is the header). */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => columnsOf(row[i] ?? ''))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => padEnd(cell, widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
