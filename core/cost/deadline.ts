/**
 * A deadline for the run ("in 30 days", "30日以内", "2週間で", deadline=2w) and the GPUs that finish the
 * planned run within it: a meeting asks "how many GPUs do we need to be done in a month?", not "how long
 * on 8 GPUs?". The GPU count is the planned GPU-hours at the base MFU over the deadline's hours, rounded up
 * to whole GPUs (and stretched by a cost profile's share of failed and restarted runs, as the days are).
 */
import { type Accepted, clipTyped, InputError } from '../errors.js';
import { daysUntilDate, type IsoDate } from './deadline-date.js';
import type { Band } from './options.js';

/** Longest deadline read: ten years. A run planned for longer is no deadline anyone sets. */
export const MAX_DEADLINE_DAYS = 3650;
/** Most GPUs a deadline may call for, as `checkGpus` allows. */
export const MAX_DEADLINE_GPUS = 1e7;

const ACCEPTED: Accepted = { form: 'deadline' };

const UNIT_DAYS: Readonly<Record<string, number>> = {
  d: 1,
  day: 1,
  days: 1,
  日: 1,
  日間: 1,
  w: 7,
  wk: 7,
  wks: 7,
  week: 7,
  weeks: 7,
  週: 7,
  週間: 7,
  // A month is said as 30 days: the answer states the days it counted ("to finish within 30 days").
  mo: 30,
  month: 30,
  months: 30,
  ヶ月: 30,
  か月: 30,
  カ月: 30,
  ヵ月: 30,
  ケ月: 30,
  箇月: 30,
};

/**
 * 30, 30d, 30 days, 2 weeks, 2w, 1 month, 30日, 30日間, 2週間, 3ヶ月 (以内/で/まで after it): the days, or undefined.
 * With today's date (YYYY-MM-DD, from the face: core has no clock), a date too (by 2027-03-01, 3月末まで): the
 * calendar days until it (core/cost/deadline-date.ts); a date today or past is refused.
 */
export function deadlineDaysOf(text: string, today?: IsoDate): number | undefined {
  if (today !== undefined) {
    const days = daysUntilDate(text, today);
    if (days !== undefined) return days;
  }
  const folded = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s*(?:以内|まで|で)$/, '');
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*|日間?|週間?|[ヶかカヵケ箇]月)$/.exec(folded);
  if (!match) return undefined;
  const word = match[2]!;
  if (word !== '' && !Object.hasOwn(UNIT_DAYS, word)) return undefined;
  return Number(match[1]) * (word === '' ? 1 : UNIT_DAYS[word]!);
}

/**
 * A deadline as typed, in days: more than 0, at most ten years; otherwise an error naming the accepted forms. With
 * today's date a date is read too (days until it); without one a date is refused as no deadline form.
 */
export function parseDeadlineDays(input: unknown, today?: IsoDate): number {
  if (typeof input === 'number') return checkDeadline(input, String(input));
  if (typeof input !== 'string' || input.trim() === '') throw new InputError('deadline', { code: 'missing' }, ACCEPTED);
  if (input.length > 100) throw new InputError('deadline', { code: 'too-long' }, ACCEPTED);
  const days = deadlineDaysOf(input, today);
  if (days === undefined)
    throw new InputError('deadline', { code: 'not-a-number', value: clipTyped(input.trim()) }, ACCEPTED);
  return checkDeadline(days, input);
}

function checkDeadline(days: number, typed: string): number {
  if (!Number.isFinite(days))
    throw new InputError('deadline', { code: 'not-a-number', value: clipTyped(typed) }, ACCEPTED);
  if (days <= 0) throw new InputError('deadline', { code: 'below-min', min: 0, inclusive: false }, ACCEPTED);
  if (days > MAX_DEADLINE_DAYS)
    throw new InputError('deadline', { code: 'above-max', max: MAX_DEADLINE_DAYS }, ACCEPTED);
  return days;
}

export interface DeadlineGpus {
  /** The deadline, in days. */
  days: number;
  /** Whole GPUs that finish the planned run within it at the base MFU. */
  gpusNeeded: number;
}

/**
 * Whole GPUs that finish `gpuHours` (at the base MFU) within `deadlineDays`, the run stretched by `stretch`
 * (1 + a cost profile's share of failed and restarted runs). At least one GPU; more than 10M is refused.
 */
export function gpusForDeadline(gpuHours: Band<number>, deadlineDays: number, stretch = 1): DeadlineGpus {
  const days = checkDeadline(deadlineDays, String(deadlineDays));
  // Rounded to 12 digits first: 1,536 GPU-hours over 8 days is 8 GPUs, not 9 from a binary remainder.
  const needed = Math.max(1, Math.ceil(Number(((gpuHours.base * stretch) / (days * 24)).toPrecision(12))));
  if (needed > MAX_DEADLINE_GPUS)
    throw new InputError('deadline', { code: 'deadline-needs-too-many-gpus', max: MAX_DEADLINE_GPUS }, ACCEPTED);
  return { days, gpusNeeded: needed };
}
