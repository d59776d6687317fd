/**
 * Turning one spreadsheet cell into the plain value core expects. Sheets hands
 * a custom function numbers, strings, booleans, Dates (dates and times) and ""
 * for an empty cell; percentages arrive as fractions. Parsing of counts like
 * "1.5B" is core's (parseCount); this file only routes each kind of cell there
 * and rejects the kinds that can never be a count, naming the argument.
 */
import {
  COUNT_FORMS,
  checkRange,
  checkScenario,
  InputError,
  parseBudget,
  parseCount,
  parseTeacherSpec,
  type QuantityLimits,
  type Scenario,
  type TeacherSpec,
} from '../../core/index.js';

export function isBlank(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/** Dates come from another realm inside the vm tests, so no instanceof. */
function isDate(cell: unknown): boolean {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

function rejectNonValues(name: string, cell: unknown, accepted: string): void {
  if (typeof cell === 'boolean') throw new InputError(name, `is ${cell ? 'TRUE' : 'FALSE'}, not a number`, accepted);
  if (isDate(cell)) throw new InputError(name, 'is a date, not a number', accepted);
}

/** A positive count: 1.5B, 7e9, 7,000,000,000 or a number. */
export function count(name: string, cell: unknown, limits: QuantityLimits = {}): number {
  rejectNonValues(name, cell, limits.accepted ?? COUNT_FORMS);
  return parseCount(name, cell, limits);
}

/** A count that may be left blank (then core's default applies). */
export function optionalCount(name: string, cell: unknown): number | undefined {
  return isBlank(cell) ? undefined : count(name, cell);
}

const LOSS_FORMS = 'a cross-entropy in nats/token such as 1.9';

/** A loss in nats/token; its domain (> E) is core's to check. */
export function loss(name: string, cell: unknown): number {
  return count(name, cell, { accepted: LOSS_FORMS });
}

/**
 * A value core parses itself (MFU as 0.4 or "40%", a currency rate): passed
 * through as typed, blank meaning core's default.
 */
export function optionalRaw(name: string, cell: unknown): number | string | undefined {
  if (isBlank(cell)) return undefined;
  rejectNonValues(name, cell, 'a number or text');
  return typeof cell === 'number' ? cell : String(cell);
}

/** An id or code (preset, scenario, GPU, provider, currency); blank means core's default. */
export function optionalText(name: string, cell: unknown): string | undefined {
  if (isBlank(cell)) return undefined;
  rejectNonValues(name, cell, 'text');
  const text = String(cell).trim();
  return text === '' ? undefined : text;
}

/** A scenario id or short name (best, inference), checked by core under the argument's name. */
export function optionalScenario(name: string, cell: unknown): Scenario | undefined {
  const text = optionalText(name, cell);
  return text === undefined ? undefined : checkScenario(text, name);
}

const COMPUTE_FORMS = 'FLOPs as a number such as 1e22, or text such as "1e22 FLOPs" or "3 PF-days"';

/**
 * FLOPs as a number or as text carrying its unit ("1e21 FLOPs", "3 PF-days").
 * Money and GPU-hours need a GPU and a price to become FLOPs: BUDGET_FLOPS does that.
 */
export function computeOf(name: string, cell: unknown, limits: QuantityLimits = {}): number {
  const accepted = limits.accepted ?? COMPUTE_FORMS;
  rejectNonValues(name, cell, accepted);
  if (typeof cell !== 'string') return parseCount(name, cell, { ...limits, accepted });
  if (/^\s*-/.test(cell.normalize('NFKC'))) return parseCount(name, cell, { ...limits, accepted });
  const budget = parseBudget(name, cell);
  if (budget.kind !== 'flops') {
    throw new InputError(
      name,
      `is ${budget.kind === 'money' ? 'money' : 'GPU-hours'}, not FLOPs`,
      `${accepted}; turn a budget in money or GPU-hours into FLOPs with BUDGET_FLOPS(budget, gpu)`,
    );
  }
  return checkRange(name, budget.flops, { ...limits, accepted });
}

/** An existing teacher's size, or size@tokens (8B@15T). */
export function teacherSpecOf(name: string, cell: unknown): TeacherSpec {
  rejectNonValues(name, cell, 'a teacher size such as 7B, or size@tokens such as 8B@15T');
  return parseTeacherSpec(name, cell);
}
