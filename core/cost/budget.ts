/**
 * Budgets as people type them: money ($50k, ¥3M, 50k USD, 1.2億円),
 * GPU-hours (500 GPU-hours, 2,000 H100-hours), PF-days (3 PF-days) or FLOPs
 * (1e22 FLOPs, or a bare 1e22).
 */
import { type Accepted, type FieldId, InputError } from '../errors.js';
import { formatScientific } from '../format.js';
import { clipTyped } from '../problems.js';
import { scaledNumber } from '../question/numbers.js';
import { normaliseTyped } from '../typed.js';
import { parseCount } from '../units.js';
import { parseMoneyText } from './currency.js';
import { GPU_IDS, lookupGpu } from './gpus.js';

export type Budget =
  | { kind: 'flops'; flops: number }
  | { kind: 'money'; amount: string; currency: string }
  | { kind: 'gpu-hours'; hours: number; gpu?: string };

export const BUDGET_FORMS: Accepted = { form: 'budget' };

/** FLOPs in one PF-day: 1e15 FLOP/s for 86,400 s. */
export const FLOPS_PER_PF_DAY = 1e15 * 86400;

/** A count, optionally grouped or with a k/M/B/T suffix glued to it (1.5k, 2,000, 1e22). */
const NUMBER = String.raw`((?:\d[\d,_]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?(?:[kKmMbBtT](?![A-Za-z0-9]))?)`;
const GPU_HOURS = new RegExp(String.raw`^${NUMBER}\s*(.*?)[\s-]*(?:hours?|hrs?|h|時間)$`, 'i');
const PF_DAYS = new RegExp(String.raw`^${NUMBER}\s*(?:pf|pflops?|petaflops?|petaflop/s)[\s-]*days?$`, 'i');
const FLOPS = new RegExp(String.raw`^${NUMBER}\s*(flops?)?$`, 'i');
/** A count with a Japanese multiplier and no unit: 300万, 1.2億 (money without 円, or hours, or FLOPs?). */
const JAPANESE_COUNT = /^(\d+(?:\.\d+)?)\s*(万|億|兆)$/;

/**
 * Below this a number with no unit is not FLOPs anyone plans with (the smallest plan the law can price is ~1e16):
 * "50k" or "3000" is a question (money, GPU-hours or FLOPs?), never silently FLOPs.
 */
export const BARE_FLOPS_MIN = 1e15;

/**
 * `bareIsFlops`: the field is FLOPs by its name (a CLI --flops, a sheet's compute), so a small bare number is
 * FLOPs too; a budget= that could be money, hours or FLOPs asks instead.
 */
export function parseBudget(field: FieldId, input: unknown, bareIsFlops = field !== 'budget'): Budget {
  if (typeof input === 'number') return { kind: 'flops', flops: parseCount(field, input, { accepted: BUDGET_FORMS }) };
  if (typeof input !== 'string' || input.trim() === '') throw new InputError(field, { code: 'missing' }, BUDGET_FORMS);
  const text = normaliseTyped(input);
  const money = parseMoneyText(field, text, BUDGET_FORMS);
  if (money) return { kind: 'money', amount: money.amount.toFixed(), currency: money.currency };
  if (/^-/.test(text)) throw new InputError(field, { code: 'below-min', min: 0, inclusive: false }, BUDGET_FORMS);
  return parseComputeBudget(field, text, bareIsFlops);
}

function parseComputeBudget(field: FieldId, text: string, bareIsFlops: boolean): Budget {
  const count = (digits: string): number => parseCount(field, digits, { accepted: BUDGET_FORMS });
  const pfDays = PF_DAYS.exec(text);
  if (pfDays) return { kind: 'flops', flops: count(pfDays[1]!) * FLOPS_PER_PF_DAY };
  const flops = FLOPS.exec(text);
  if (flops) {
    const value = count(flops[1]!);
    if (flops[2] === undefined && !bareIsFlops && value < BARE_FLOPS_MIN) throw unitUnclear(field, text, value);
    return { kind: 'flops', flops: value };
  }
  const japanese = JAPANESE_COUNT.exec(text);
  if (japanese && !bareIsFlops) throw unitUnclear(field, text, scaledNumber(japanese[1]!, japanese[2]!));
  const hours = GPU_HOURS.exec(text);
  if (hours) return { kind: 'gpu-hours', hours: count(hours[1]!), ...gpuOfHours(field, hours[2]!) };
  throw new InputError(field, { code: 'not-a-budget', value: clipTyped(text) }, BUDGET_FORMS);
}

/** "GPU" → any GPU (the --gpu option's); "H100", "H100 GPU" → that GPU. Bare "hours" is refused: hours of what? */
function gpuOfHours(field: FieldId, word: string): { gpu?: string } {
  const name = word.replace(/[\s-]*gpus?$/i, '');
  if (name === '' && word !== '') return {};
  if (name === '') throw new InputError(field, { code: 'hours-of-what' }, { form: 'gpu-hours' });
  const gpu = lookupGpu(name);
  if (!gpu)
    throw new InputError(
      field,
      { code: 'unknown-gpu', value: clipTyped(name) },
      { form: 'gpu-hours-of', ids: GPU_IDS },
    );
  return { gpu: gpu.id };
}

/**
 * "50k": which of three budgets? The alternatives are the person's own number with each unit, as they would
 * type them (faces offer them as commands to copy): money ($50k, or 300万円 for a Japanese count), GPU-hours, FLOPs.
 */
function unitUnclear(field: FieldId, typed: string, value: number): InputError {
  const japanese = JAPANESE_COUNT.test(typed);
  const plain = japanese ? String(value) : typed;
  const alternatives = {
    value: clipTyped(typed),
    money: japanese ? `${typed}円` : `$${typed}`,
    gpuHours: `${plain} GPU-hours`,
    flops: `${formatScientific(value, 3).replace(/\.?0+e/, 'e')} FLOPs`,
  };
  return new InputError(
    field,
    { code: 'budget-unit-unclear', value: clipTyped(typed) },
    {
      form: 'budget-with-unit',
      ...alternatives,
    },
  );
}
