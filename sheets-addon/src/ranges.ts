/**
 * Running one per-row computation over whatever Sheets passed: single values
 * or ranges (2-D arrays, rows of columns, "" for empty cells).
 *
 * - Ranges of the same shape are walked together; single values (and 1×1
 *   ranges) are repeated for every position.
 * - A position is blank, and its result blank, when every required argument
 *   given as a range is empty there (with no range at all, when the first
 *   argument is). So a budget column with empty rows at the bottom stays
 *   quiet. A blank cell in a range given for an optional argument means that
 *   argument's default, like leaving the argument out.
 * - Equal inputs are computed once per call: a column of 100,000 rows that
 *   repeats a few students costs a few computations (FLIP_COMPUTE is ~50 ms
 *   each).
 * - In a range, one bad row gives "ERR: <short reason>" in its own cells and
 *   the others still compute: a throw would blank the whole spill (#ERROR!).
 *   With single values only, a bad value throws an Error naming the argument,
 *   which Sheets shows on the #ERROR! cell.
 */
import { type FieldId, InputError, isInputError } from '../../core/index.js';
import { type Lang, type Names, namesFor, renderError } from '../../messages/index.js';
import { isBlank } from './coerce.js';
import type { LangAtDoor } from './lang.js';
import type { FunctionSpec } from './registry.js';

export type OutputValue = number | string;
export type Compute = (cells: readonly unknown[]) => OutputValue | readonly OutputValue[];

interface Argument {
  grid: readonly (readonly unknown[])[] | null;
  scalar: unknown;
  required: boolean;
}

/** `lang`: the call's language, decided at the door (lang.ts); errors are worded in it. */
export function overRanges(
  spec: FunctionSpec,
  args: readonly unknown[],
  compute: Compute,
  lang: LangAtDoor,
): OutputValue | OutputValue[][] {
  const given = spec.params.map((param, i): Argument => toArgument(args[i], !param.optional));
  let shape: Shape | null;
  try {
    shape = commonShape(spec, given);
    if (shape && spec.columns.length > 1 && shape.columns > 1) {
      const results = spec.columns.length;
      throw new InputError(
        'ranges',
        { code: 'range-several-columns', results },
        { form: 'single-column', results },
        { typed: rangeNames(spec, given) },
      );
    }
  } catch (error) {
    throw new Error(fullReason(spec, error, lang()));
  }
  if (!shape) return single(spec, given, compute, lang);
  const watched = blankWatchers(given);
  const memo = memoised(compute);
  const rows: OutputValue[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: OutputValue[] = [];
    for (let c = 0; c < shape.columns; c++) row.push(...atPosition(spec, given, watched, memo, r, c, lang));
    rows.push(row);
  }
  return rows;
}

function toArgument(value: unknown, required: boolean): Argument {
  if (!Array.isArray(value)) return { grid: null, scalar: value, required };
  const grid = value.every((row) => Array.isArray(row)) ? (value as unknown[][]) : [value];
  // A 1×1 range is a single value; Sheets passes a one-cell reference that way too.
  if (grid.length === 1 && grid[0]!.length === 1) return { grid: null, scalar: grid[0]![0], required };
  return { grid, scalar: undefined, required };
}

interface Shape {
  rows: number;
  columns: number;
}

function commonShape(spec: FunctionSpec, given: Argument[]): Shape | null {
  let shape: (Shape & { name: string }) | null = null;
  given.forEach((arg, i) => {
    if (!arg.grid) return;
    const current = {
      rows: arg.grid.length,
      columns: arg.grid.reduce((widest, row) => Math.max(widest, row.length), 0),
      name: spec.params[i]!.name,
    };
    if (shape && (shape.rows !== current.rows || shape.columns !== current.columns)) {
      throw new InputError(
        'ranges',
        {
          code: 'range-shapes-differ',
          rows: shape.rows,
          columns: shape.columns,
          second: current.name,
          secondRows: current.rows,
          secondColumns: current.columns,
        },
        { form: 'same-shape-ranges', ranges: [shape.name, current.name] },
        { typed: shape.name },
      );
    }
    shape ??= current;
  });
  return shape;
}

function rangeNames(spec: FunctionSpec, given: Argument[]): string {
  return given.flatMap((arg, i) => (arg.grid ? [spec.params[i]!.name] : [])).join(', ');
}

/** The arguments whose emptiness makes a position blank (see the file comment). */
function blankWatchers(given: Argument[]): Argument[] {
  return given.filter((arg) => arg.grid && arg.required);
}

/**
 * One computation per distinct row of inputs within a call, errors included.
 * The key keeps types apart (1 and "1", TRUE and "TRUE"); a Date keys by its time.
 */
function memoised(compute: Compute): Compute {
  const seen = new Map<string, { value?: OutputValue | readonly OutputValue[]; error?: unknown }>();
  return (cells) => {
    const key = JSON.stringify(cells.map(keyOf));
    let entry = seen.get(key);
    if (!entry) {
      try {
        entry = { value: compute(cells) };
      } catch (error) {
        entry = { error };
      }
      seen.set(key, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value!;
  };
}

function keyOf(cell: unknown): unknown {
  if (cell === undefined) return null;
  if (typeof cell === 'object' && cell !== null) return { date: String(cell) };
  return cell;
}

function cellOf(arg: Argument, r: number, c: number): unknown {
  return arg.grid ? arg.grid[r]?.[c] : arg.scalar;
}

function atPosition(
  spec: FunctionSpec,
  given: Argument[],
  watched: Argument[],
  compute: Compute,
  r: number,
  c: number,
  lang: LangAtDoor,
): OutputValue[] {
  const width = spec.columns.length;
  if (watched.length > 0 ? watched.every((arg) => isBlank(cellOf(arg, r, c))) : isBlank(cellOf(given[0]!, r, c)))
    return new Array<OutputValue>(width).fill('');
  try {
    return asRow(compute(given.map((arg) => cellOf(arg, r, c))));
  } catch (error) {
    return new Array<OutputValue>(width).fill(`ERR: ${shortReason(spec, error, lang)}`);
  }
}

function single(
  spec: FunctionSpec,
  given: Argument[],
  compute: Compute,
  lang: LangAtDoor,
): OutputValue | OutputValue[][] {
  if (isBlank(given[0]?.scalar)) return '';
  let result: OutputValue | readonly OutputValue[];
  try {
    result = compute(given.map((arg) => arg.scalar));
  } catch (error) {
    throw new Error(fullReason(spec, error, lang()));
  }
  const row = asRow(result);
  // A row-returning function spills its row to the right.
  return spec.columns.length > 1 ? [row] : row[0]!;
}

function asRow(result: OutputValue | readonly OutputValue[]): OutputValue[] {
  return Array.isArray(result) ? [...(result as OutputValue[])] : [result as OutputValue];
}

/**
 * Fields named in the function's own words: an argument that carries several
 * fields (provider_or_price, teacher_params) names them all; any other field
 * by the Sheets table (student_params), never a CLI flag, in either language.
 */
export function argumentNames(spec: FunctionSpec): Names {
  const sheets = namesFor('sheets');
  const carrying = (field: FieldId) => spec.params.find((p) => p.fields?.includes(field))?.name;
  return { ...sheets, name: (field) => carrying(field) ?? sheets.name(field) };
}

function shortReason(spec: FunctionSpec, error: unknown, lang: LangAtDoor): string {
  if (isInputError(error)) return renderError(error, lang(), argumentNames(spec)).short;
  return error instanceof Error ? error.message : String(error);
}

/** The whole reason, naming the function's arguments, in the call's language. */
export function fullReason(spec: FunctionSpec, error: unknown, lang: Lang): string {
  if (isInputError(error)) return renderError(error, lang, argumentNames(spec)).full;
  return error instanceof Error ? error.message : String(error);
}
