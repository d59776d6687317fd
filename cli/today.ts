/**
 * Today's date for a deadline said as a date (by 2027-03-01, 3月末まで): core has no clock, so the CLI reads the
 * system clock in the local time zone (the day the person sees on their calendar). DISTILPLAN_TODAY=YYYY-MM-DD
 * fixes it, so tests and scripted runs read a date deadline the same way every day.
 */
import { InputError, type IsoDate, ymdOf } from '../core/index.js';

export function todayOf(env: { DISTILPLAN_TODAY?: string } = process.env, now: Date = new Date()): IsoDate {
  const fixed = env.DISTILPLAN_TODAY?.trim();
  if (fixed !== undefined && fixed !== '') {
    if (ymdOf(fixed) === undefined)
      throw new InputError('today', { code: 'not-a-date', value: fixed.slice(0, 40) }, { form: 'date' });
    return fixed;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
