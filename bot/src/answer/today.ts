/**
 * The request's date for a deadline said as a date (by 2027-03-01, 3月末まで): core has no clock, so the listener
 * passes the date it answered on. Slack sends no time zone with a slash command, so the date is the UTC date of
 * the request (a question asked at 08:00 in Tokyo counts from the previous UTC day: one day more, never fewer).
 */
import type { IsoDate } from '../../../core/index.js';

export function requestDate(nowMs: number = Date.now()): IsoDate {
  return new Date(nowMs).toISOString().slice(0, 10);
}
