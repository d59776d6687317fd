/**
 * Money and GPU-hour figures as people read them: digits grouped ("12,400"), GPU-hours and days at 3 significant
 * figures. Rounding happens here, once, half-up; money with its currency ("$1.23M", "1.2億円"), percentages and the
 * words around a figure are messages/ (money.ts, numbers.ts).
 */
import { Money } from './money.js';

export type Lang = 'en' | 'ja';

/** 1234567.891 → "1,234,567.891": groups the integer digits of a plain decimal string. */
export function groupDigits(plain: string): string {
  const [whole, fraction] = plain.split('.') as [string, string | undefined];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** 7,020 for 7018.8: GPU-hours at 3 significant figures without the unit, for ranges. */
export function formatHoursFigure(hours: number): string {
  return groupDigits(new Money(hours).toSignificantDigits(3, Money.ROUND_HALF_UP).toFixed());
}

/** Days a run takes on its GPUs, as a figure: 3 significant figures, 2 under a day (12.4, 1.1, 0.45). */
export function formatDaysFigure(days: number): string {
  return String(Number(days.toPrecision(days < 1 ? 2 : 3)));
}
