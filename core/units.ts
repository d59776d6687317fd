import { type Accepted, type FieldId, InputError } from './errors.js';
import { own } from './own.js';
import { clipTyped } from './problems.js';

/** Suffixes people type after a count: 1.5B parameters, 2T tokens, 20k. */
const COUNT_SUFFIXES: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  b: 1e9,
  B: 1e9,
  g: 1e9,
  G: 1e9,
  t: 1e12,
  T: 1e12,
  p: 1e15,
  P: 1e15,
};

export const COUNT_FORMS: Accepted = { form: 'count' };

export interface QuantityLimits {
  /** Smallest value allowed (inclusive unless `exclusiveMin`). */
  min?: number;
  exclusiveMin?: boolean;
  max?: number;
  /** The accepted form, for the error. */
  accepted?: Accepted;
}

/** Model sizes every face accepts, in non-embedding parameters. */
export const PARAMS_LIMITS: QuantityLimits = {
  min: 1e6,
  max: 1e15,
  accepted: { form: 'count-range', min: 1e6, max: 1e15, unit: 'parameters' },
};

/** Token counts every face accepts: the paper's optimisation bounds (App. D.4), 1e6 to 1e17. */
export const TOKENS_LIMITS: QuantityLimits = {
  min: 1e6,
  max: 1e17,
  accepted: { form: 'count-range', min: 1e6, max: 1e17, unit: 'tokens' },
};

const NUMBER_WITH_SUFFIX = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([kKmMbBgGtTpP]?)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?\s*[kKmMbBgGtTpP]?$/;

/**
 * Parses a number as people type it: 7e9, 1E+21 (as spreadsheets print it), 1.5B, 20B, 2T, 7,000,000,000, 0.4.
 * Thousands separators must be well-formed (1,234,567), so "1,5" (a European
 * decimal comma) is rejected rather than guessed.
 */
export function parseCount(field: FieldId, input: unknown, limits: QuantityLimits = {}): number {
  const accepted = limits.accepted ?? COUNT_FORMS;
  const value = toNumber(field, input, accepted);
  return checkRange(field, value, { ...limits, accepted });
}

function toNumber(field: FieldId, input: unknown, accepted: Accepted): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InputError(field, { code: 'not-finite' }, accepted);
    return input;
  }
  if (typeof input !== 'string') throw new InputError(field, { code: 'missing' }, accepted);
  // Full-width digits (１．５Ｂ) fold to ASCII, as in every face (typed.ts does the same for other forms).
  const text = input.normalize('NFKC').trim().replace(/_/g, '');
  if (text === '') throw new InputError(field, { code: 'empty' }, accepted);
  const ungrouped = GROUPED.test(text) ? text.replace(/,/g, '') : text; // commas only as 1,234,567
  const match = NUMBER_WITH_SUFFIX.exec(ungrouped);
  if (!match) throw new InputError(field, { code: 'not-a-number', value: clipTyped(input) }, accepted);
  const scale = match[2] ? own(COUNT_SUFFIXES, match[2])! : 1;
  const value = Number(match[1]) * scale;
  if (!Number.isFinite(value)) throw new InputError(field, { code: 'too-large' }, accepted);
  return value;
}

export function checkRange(field: FieldId, value: number, limits: QuantityLimits): number {
  const accepted = limits.accepted ?? COUNT_FORMS;
  if (!Number.isFinite(value)) throw new InputError(field, { code: 'not-finite' }, accepted);
  const min = limits.min ?? 0;
  const exclusive = limits.exclusiveMin ?? limits.min === undefined;
  if (exclusive ? value <= min : value < min) {
    throw new InputError(field, { code: 'below-min', min, inclusive: !exclusive }, accepted);
  }
  if (limits.max !== undefined && value > limits.max) {
    throw new InputError(field, { code: 'above-max', max: limits.max }, accepted);
  }
  return value;
}
