/**
 * Turning one spreadsheet cell into the plain value core expects. Sheets hands
 * a custom function numbers, strings, booleans, Dates (dates and times) and ""
 * for an empty cell; percentages arrive as fractions. Parsing of counts like
 * "1.5B" is core's (parseCount); this file only routes each kind of cell there
 * and rejects the kinds that can never be a count, naming the argument.
 */
import {
  type Accepted,
  COUNT_FORMS,
  checkRange,
  checkScenario,
  type FieldId,
  InputError,
  isInputError,
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

function rejectNonValues(name: FieldId, cell: unknown, accepted: Accepted): void {
  if (typeof cell === 'boolean') throw new InputError(name, { code: 'boolean-not-number', value: cell }, accepted);
  if (isDate(cell)) throw new InputError(name, { code: 'date-not-number' }, accepted);
}

/** A positive count: 1.5B, 7e9, 7,000,000,000 or a number. */
export function count(name: FieldId, cell: unknown, limits: QuantityLimits = {}): number {
  rejectNonValues(name, cell, limits.accepted ?? COUNT_FORMS);
  return parseCount(name, cell, limits);
}

/** A count that may be left blank (then core's default applies). */
export function optionalCount(name: FieldId, cell: unknown): number | undefined {
  return isBlank(cell) ? undefined : count(name, cell);
}

const LOSS_FORMS: Accepted = { form: 'nats-value' };

/** A loss in nats/token; its domain (> E) is core's to check. */
export function loss(name: FieldId, cell: unknown): number {
  return count(name, cell, { accepted: LOSS_FORMS });
}

/**
 * A value core parses itself (MFU as 0.4 or "40%", a currency rate): passed
 * through as typed, blank meaning core's default.
 */
export function optionalRaw(name: FieldId, cell: unknown): number | string | undefined {
  if (isBlank(cell)) return undefined;
  rejectNonValues(name, cell, { form: 'number-or-text' });
  return typeof cell === 'number' ? cell : String(cell);
}

/** An id or code (preset, scenario, GPU, provider, currency); blank means core's default. */
export function optionalText(name: FieldId, cell: unknown): string | undefined {
  if (isBlank(cell)) return undefined;
  rejectNonValues(name, cell, { form: 'text' });
  const text = String(cell).trim();
  return text === '' ? undefined : text;
}

/** A scenario id or short name (best, inference), checked by core under the argument's name. */
export function optionalScenario(name: FieldId, cell: unknown): Scenario | undefined {
  const text = optionalText(name, cell);
  return text === undefined ? undefined : checkScenario(text, name);
}

const COMPUTE_FORMS: Accepted = { form: 'sheet-compute', budgetHint: false };

/**
 * FLOPs as a number or as text carrying its unit ("1e21 FLOPs", "3 PF-days").
 * Money and GPU-hours need a GPU and a price to become FLOPs: BUDGET_FLOPS does that.
 */
export function computeOf(name: FieldId, cell: unknown, limits: QuantityLimits = {}): number {
  const accepted = limits.accepted ?? COMPUTE_FORMS;
  rejectNonValues(name, cell, accepted);
  if (typeof cell !== 'string') return parseCount(name, cell, { ...limits, accepted });
  if (/^\s*-/.test(cell.normalize('NFKC'))) return parseCount(name, cell, { ...limits, accepted });
  const budget = budgetText(name, cell, accepted);
  if (budget.kind !== 'flops') {
    throw new InputError(
      name,
      { code: 'budget-not-flops', kind: budget.kind },
      { form: 'sheet-compute', budgetHint: true },
    );
  }
  return checkRange(name, budget.flops, { ...limits, accepted });
}

/** Text read as a budget; text that is no budget at all is named with what this argument takes (FLOPs). */
function budgetText(name: FieldId, text: string, accepted: Accepted): ReturnType<typeof parseBudget> {
  try {
    return parseBudget(name, text);
  } catch (error) {
    if (isInputError(error) && error.problem.code === 'not-a-budget')
      throw new InputError(name, { code: 'not-a-number', value: error.problem.value }, accepted);
    throw error;
  }
}

/** An existing teacher's size, or size@tokens (8B@15T). */
export function teacherSpecOf(name: FieldId, cell: unknown): TeacherSpec {
  rejectNonValues(name, cell, { form: 'teacher-spec' });
  return parseTeacherSpec(name, cell);
}
