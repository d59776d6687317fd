/**
 * How every CLI command speaks: an aligned human table by default, exactly
 * one JSON object with --json. Errors are handled once, in main.ts.
 */
export interface OutputOptions {
  json?: boolean;
}

export function printResult(humanText: string, json: object, opts: OutputOptions): void {
  process.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : `${humanText.replace(/\n+$/, '')}\n`);
}

export type Row = readonly [label: string, value: string];

/** Two aligned columns: labels padded to the longest. */
export function table(rows: readonly Row[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

/** A heading, a table, then notes (assumptions, warnings) under it. */
export function section(title: string, rows: readonly Row[], notes: readonly string[] = []): string {
  return [title, table(rows), ...notes].join('\n');
}

/** Left-aligned columns padded to the widest cell (the first row is the header). */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
