/**
 * FIT_SUPERVISED and FIT_DISTIL: the whole ranges are one data set (not one
 * question per row), so these two do not go through ranges.ts. Rows where
 * every cell is blank are skipped (a column with room to grow); a bad cell
 * names its argument and row. No bootstrap here: a sheet needs the point fit,
 * and Apps Script allows 30 s per call.
 */
import {
  checkRunValue,
  clipTyped,
  coefficientSet,
  fitWithBootstrap,
  inputError,
  isInputError,
  type Law,
  namesOf,
  parseCoefficientNames,
  parseCount,
  RunError,
} from '../../core/index.js';
import { type Names, renderError } from '../../messages/index.js';
import { isBlank, optionalText } from './coerce.js';
import type { LangAtDoor } from './lang.js';
import type { OutputValue } from './ranges.js';
import { argumentNames } from './ranges.js';
import { specOf } from './registry.js';

type Column = { name: string; cells: unknown };

export function fitSupervised(
  params: unknown,
  tokens: unknown,
  losses: unknown,
  fixed: unknown,
  lang: LangAtDoor,
): OutputValue[][] {
  return fitRow(
    'supervised',
    [
      { name: 'params', cells: params },
      { name: 'tokens', cells: tokens },
      { name: 'losses', cells: losses },
    ],
    fixed,
    ([p, t, l]) => ({ params: p!, tokens: t!, loss: l! }),
    lang,
  );
}

export function fitDistil(
  studentParams: unknown,
  studentTokens: unknown,
  teacherLosses: unknown,
  studentLosses: unknown,
  fixed: unknown,
  lang: LangAtDoor,
): OutputValue[][] {
  return fitRow(
    'distillation',
    [
      { name: 'student_params', cells: studentParams },
      { name: 'student_tokens', cells: studentTokens },
      { name: 'teacher_losses', cells: teacherLosses },
      { name: 'student_losses', cells: studentLosses },
    ],
    fixed,
    ([p, t, tl, sl]) => ({ studentParams: p!, studentTokens: t!, teacherLoss: tl!, studentLoss: sl! }),
    lang,
  );
}

/** The function's own argument names; the runs as a whole are its "rows". */
function fitNames(law: Law): Names {
  const names = argumentNames(specOf(law === 'supervised' ? 'FIT_SUPERVISED' : 'FIT_DISTIL'));
  return { ...names, name: (field) => (field === 'runs' ? 'rows' : names.name(field)) };
}

function fitRow<Run>(
  law: Law,
  columns: Column[],
  fixed: unknown,
  toRun: (values: number[]) => Run,
  lang: LangAtDoor,
): OutputValue[][] {
  try {
    const fixedNames = parseCoefficientNames('fix', optionalText('fix', fixed) ?? '', law);
    const runs = rowsOf(columns).map(toRun);
    const fit = fitWithBootstrap({ law, runs } as Parameters<typeof fitWithBootstrap>[0], coefficientSet(), {
      fixed: fixedNames,
      resamples: 0,
    });
    return [namesOf(law).map((name) => fit.coefficients[name]!)];
  } catch (error) {
    throw new Error(isInputError(error) ? renderError(error, lang(), fitNames(law)).full : String(error));
  }
}

/** The data rows: cells at the same position in every column; all-blank positions skipped. */
function rowsOf(columns: Column[]): number[][] {
  const flat = columns.map((column) => (Array.isArray(column.cells) ? column.cells.flat() : [column.cells]));
  const length = flat[0]!.length;
  if (flat.some((cells) => cells.length !== length))
    throw inputError('runs', 'ranges-differ-in-size', {}, 'same-size-ranges', {
      ranges: columns.map((column) => column.name),
    });
  const rows: number[][] = [];
  for (let i = 0; i < length; i++) {
    if (flat.every((cells) => isBlank(cells[i]))) continue;
    rows.push(columns.map((column, k) => runCell(flat[k]![i], i + 1, column.name)));
  }
  return rows;
}

/** One cell of a run: a number, or text core reads as a count (1.5B); `row` counts from the range's first cell. */
function runCell(cell: unknown, row: number, column: string): number {
  if (isBlank(cell)) throw new RunError(row, column, { code: 'run-empty', row, column });
  if (typeof cell === 'number') return checkRunValue(row, column, cell);
  const notANumber = new RunError(row, column, {
    code: 'run-not-a-number',
    row,
    column,
    value: clipTyped(String(cell)),
  });
  if (typeof cell !== 'string') throw notANumber;
  let value: number;
  try {
    value = parseCount('runs', cell);
  } catch {
    throw notANumber;
  }
  return checkRunValue(row, column, value);
}
