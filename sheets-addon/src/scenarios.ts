/**
 * COST_SCENARIOS: one run on every offer of the price table as one spilled
 * table with a header row (core's costScenarios, the CLI's `scenarios`), in
 * the sheet's currency. A cost profile comes as a two-column range of labels
 * and values: each label is a field of the cost-profile file, dotted
 * (`failureRestart.amount` 10, `failureRestart.unit` percent-of-training-time,
 * `prices[0].provider` aws), so the sheet states every unit as the file does
 * and core checks it the same way.
 */
import {
  COST_PROFILE_FORMAT,
  COST_PROFILE_VERSION,
  type CostProfile,
  costScenarios,
  InputError,
  parseCurrencyCode,
  readCostProfile,
  type Scenarios,
} from '../../core/index.js';
import { type Lang, SHEETS_WORDS } from '../../messages/index.js';
import { isBlank, optionalRaw, optionalText } from './coerce.js';
import type { LangAtDoor } from './lang.js';
import { fullReason, type OutputValue } from './ranges.js';
import { specOf } from './registry.js';

/** A profile range is a page of settings: more rows than this is a wrong range, not a profile. */
const MAX_PROFILE_ROWS = 500;
/** One step of a label: a field, or a field and a place in its list (`prices[0]`). */
const STEP = /^([A-Za-z]+)(?:\[(\d{1,3})\])?$/;
const LABELS = [
  'name',
  'currency',
  'failureRestart.amount',
  'failureRestart.unit',
  'prices[0].provider',
  'prices[0].discount.amount',
  'prices[0].discount.unit',
  'storage.quantity',
  '…',
];

/** Cells as a list, whatever shape Sheets passed (one value, a row, a column, a block). */
function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return value.flatMap((row) => (Array.isArray(row) ? row : [row]));
}

function listText(value: unknown): string | undefined {
  const cells = cellsOf(value).filter((cell) => !isBlank(cell));
  if (cells.length === 0) return undefined;
  return cells.map((cell) => String(cell)).join(',');
}

/** A row of the profile range that spells no label and value; worded where the language is known. */
class BadRow extends Error {
  constructor(readonly row: number) {
    super(String(row));
  }
}

function badRow(row: number): BadRow {
  return new BadRow(row);
}

/** The problem with a row, naming it in the sheet's language (costs row 3, costs の3行目). */
function rowProblem(error: BadRow, lang: Lang): InputError {
  return new InputError(
    'costs',
    { code: 'cost-profile-invalid', rule: 'row' },
    { form: 'cost-profile', rule: 'row', list: LABELS },
    { typed: SHEETS_WORDS[lang].costsRow(error.row) },
  );
}

/** Objects with no prototype, so no label can reach what every object inherits. */
function bare(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

type Container = Record<string, unknown> | unknown[];

/** The object or list at `key` of `parent`, made when absent; a list only grows one place at a time. */
function step(parent: Container, key: string | number, list: boolean, row: number): Container {
  const existing = Array.isArray(parent) ? parent[key as number] : Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (typeof existing === 'object' && existing !== null) {
    if (Array.isArray(existing) !== list) throw badRow(row);
    return existing as Container;
  }
  if (Array.isArray(parent) && (key as number) > parent.length) throw badRow(row);
  const made = list ? [] : bare();
  if (Array.isArray(parent)) parent[key as number] = made;
  else parent[key] = made;
  return made;
}

/** Puts one (label, value) row into the profile being spelled: `prices[0].discount.amount` → json.prices[0]… */
function place(json: Record<string, unknown>, label: string, value: unknown, row: number): void {
  const steps = label.split('.').map((part) => STEP.exec(part));
  if (steps.length > 3 || steps.some((match) => match === null)) throw badRow(row);
  let at: Container = json;
  steps.forEach((match, i) => {
    const [, key, index] = match!;
    const last = i === steps.length - 1;
    if (index !== undefined) {
      const list = step(at, key!, true, row) as unknown[];
      if (last) throw badRow(row);
      at = step(list, Number(index), false, row);
    } else if (last) {
      if (Array.isArray(at)) throw badRow(row);
      at[key!] = value;
    } else at = step(at, key!, false, row);
  });
}

/** A two-column range of (label, value) → the cost profile it spells, checked by core as a file is. */
export function profileFromRange(range: unknown, currency: string, lang: Lang = 'en'): CostProfile | undefined {
  try {
    return profileOf(range, currency);
  } catch (error) {
    throw error instanceof BadRow ? rowProblem(error, lang) : error;
  }
}

function profileOf(range: unknown, currency: string): CostProfile | undefined {
  if (isBlank(range) || (Array.isArray(range) && cellsOf(range).every(isBlank))) return undefined;
  // One cell (a profile's name typed in place of its range, or a one-cell range) is no label-and-value row.
  if (!Array.isArray(range)) throw badRow(1);
  const rows = range as unknown[][];
  if (rows.length > MAX_PROFILE_ROWS)
    throw new InputError(
      'costs',
      { code: 'cost-profile-invalid', rule: 'list' },
      { form: 'cost-profile', rule: 'list' },
    );
  const json = bare();
  json.format = COST_PROFILE_FORMAT;
  json.version = COST_PROFILE_VERSION;
  json.name = 'sheet';
  json.currency = currency;
  rows.forEach((row, i) => {
    const [label, value] = Array.isArray(row) ? row : [];
    if (isBlank(label) && isBlank(value)) return;
    if (typeof label !== 'string' || !Array.isArray(row) || row.length < 2) throw badRow(i + 1);
    place(json, label.trim(), typeof value === 'string' ? value.trim() : value, i + 1);
  });
  return readCostProfile(json, 'costs');
}

/** The header row in the sheet's language, with the sheet's currency in every money column. */
function header(currency: string, withTotal: boolean, lang: Lang): string[] {
  const columns = SHEETS_WORDS[lang].scenarioColumns(currency);
  return withTotal ? columns : columns.slice(0, -1);
}

function rowsOf(scenarios: Scenarios, lang: Lang): OutputValue[][] {
  const withTotal = scenarios.rows.some((row) => row.ownership);
  return [
    header(scenarios.currency.code, withTotal, lang),
    ...scenarios.rows.map((row) => {
      const cells: OutputValue[] = [
        row.id,
        row.kind,
        row.gpu.id,
        row.peakTflops,
        Number(row.pricePerGpuHour),
        row.asOf,
        row.gpuHours.base,
        Number(row.cost.low),
        Number(row.cost.base),
        Number(row.cost.high),
        row.wallClockDays.base,
        row.gpus,
        row.saving ? Number(row.saving.amount) : '',
        row.saving ? row.saving.against : '',
      ];
      if (withTotal) cells.push(row.ownership ? Number(row.ownership.total) : '');
      return cells;
    }),
  ];
}

export function costScenariosCells(
  flops: unknown,
  gpus: unknown,
  kinds: unknown,
  currency: unknown,
  rate: unknown,
  costs: unknown,
  computeFlops: (cell: unknown) => number,
  lang: LangAtDoor,
): OutputValue[][] {
  const spec = specOf('COST_SCENARIOS');
  try {
    const code = optionalText('currency', currency);
    const profile = profileFromRange(costs, code === undefined ? 'USD' : parseCurrencyCode('currency', code), lang());
    const scenarios = costScenarios({
      flops: computeFlops(Array.isArray(flops) ? cellsOf(flops)[0] : flops),
      gpuIds: listText(gpus),
      kinds: listText(kinds),
      currency: code,
      rate: optionalRaw('rate', rate),
      ...(profile ? { profile } : {}),
    });
    return rowsOf(scenarios, lang());
  } catch (error) {
    throw new Error(fullReason(spec, error, lang()));
  }
}
