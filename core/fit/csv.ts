/**
 * Runs from CSV text (the `distilplan fit` input): a header naming the
 * columns (any order, extra columns ignored), one run per line, cells in the
 * usual count forms (1.5B, 7e9, "7,000,000,000" quoted). Errors name the
 * file's row (the header is row 1) and the column.
 */
import { clipTyped, InputError } from '../errors.js';
import { parseCount } from '../units.js';
import type { FitRuns } from './fit.js';
import type { Law } from './models.js';
import { checkRunValue, RUN_COLUMNS, RunError } from './runs.js';

const LOSS = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Largest runs CSV read: ~20,000 runs of ~50 bytes, far more than a team
 * trains, while a 50 MB file is refused before it is read (a 1e6-row CSV ran
 * the fit past 300 s).
 */
export const MAX_RUNS_CSV_BYTES = 1024 * 1024;

export function parseRunsCsv(text: string, law: Law): FitRuns {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '').map((cell) => cell.trim().toLowerCase());
  const wanted = RUN_COLUMNS[law];
  const positions = wanted.map((column) => {
    const at = header.indexOf(column);
    if (at < 0)
      throw new InputError('runs', { code: 'missing-column', column }, { form: 'csv-header', columns: wanted });
    return at;
  });
  const rows: number[][] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const row = index + 2;
    const cells = splitLine(line);
    rows.push(wanted.map((column, k) => cellValue(row, column, cells[positions[k]!])));
  });
  if (law === 'supervised') {
    return { law, runs: rows.map(([params, tokens, loss]) => ({ params: params!, tokens: tokens!, loss: loss! })) };
  }
  return {
    law,
    runs: rows.map(([studentParams, studentTokens, teacherLoss, studentLoss]) => ({
      studentParams: studentParams!,
      studentTokens: studentTokens!,
      teacherLoss: teacherLoss!,
      studentLoss: studentLoss!,
    })),
  };
}

function cellValue(row: number, column: string, cell: string | undefined): number {
  const text = (cell ?? '').trim();
  const isLoss = column.endsWith('loss');
  if (text === '') throw new RunError(row, column, { code: 'run-empty', row, column });
  if (isLoss) {
    if (!LOSS.test(text))
      throw new RunError(row, column, { code: 'run-not-a-number', row, column, value: clipTyped(text) });
    return checkRunValue(row, column, Number(text));
  }
  let value: number;
  try {
    value = parseCount('runs', text, { min: Number.NEGATIVE_INFINITY });
  } catch {
    throw new RunError(row, column, { code: 'run-not-a-number', row, column, value: clipTyped(text) });
  }
  return checkRunValue(row, column, value);
}

/** Splits one CSV line; double quotes protect commas ("7,000,000,000") and "" is a quote. */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
