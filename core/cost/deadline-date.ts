/**
 * A deadline said as a date ("by 2027-03-01", "before March 1", "end of next month", "3月末まで",
 * "2027年3月1日までに", "来月末") turned into whole days from today. Core has no clock: the face passes today's
 * date (YYYY-MM-DD) as plain data. The rule: calendar days from today to the date, today not counted and the
 * date counted — "by 2027-03-01" asked on 2026-12-05 is 86 days (26 left in December, 31 + 28, and March 1).
 * A date without a year is this year's unless it has passed, then next year's (3月1日 asked in December is next
 * March). A date that is today or past is refused, never turned into a guess; a month's end (3月末, end of
 * March) is its last day.
 */
import { InputError } from '../errors.js';
import { daysInMonth, isCalendarDate } from './currency.js';

/** Today's date as a face passes it: YYYY-MM-DD. */
export type IsoDate = string;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** The English month names a date may use, as a regex source for the question reader. */
export const MONTH_NAMES_SOURCE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const MONTH = String.raw`(${MONTH_NAMES_SOURCE})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** March 1, Mar. 1st 2027; 1 March, the 1st of March, 2027; end of March 2027: built once, not per date read. */
const MONTH_DAY = new RegExp(String.raw`^${MONTH}\s+${DAY}(?:,?\s+(\d{4}))?$`);
const DAY_MONTH = new RegExp(String.raw`^${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?$`);
const END_OF_MONTH = new RegExp(String.raw`^end\s+of\s+${MONTH}(?:\s+(\d{4}))?$`);

/** "by", "before", "まで", "までに" … around a date: the date alone. */
export function bareDate(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^(?:by|before|until|till|no\s+later\s+than|deadline(?:\s+(?:of|is))?:?)\s+/, '')
    .replace(/^(?:the\s+)?/, '')
    .replace(/\s*(?:までに|まで|迄に?|以内に?|に)$/, '')
    .replace(/\.$/, '')
    .trim();
}

/** The date a deadline names, relative to today; undefined when the text names no date this reader knows. */
type DateRule = (today: Ymd) => Ymd | undefined;

/** A date form read into a rule that needs today, or undefined when the text is no date form. */
function dateRuleOf(text: string): DateRule | undefined {
  const t = bareDate(text);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return fixed(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return next(Number(m[1]), Number(m[2]));
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:末|中|いっぱい|の終わり)$/.exec(t);
  if (m) return monthEnd(m[1] === undefined ? undefined : Number(m[1]), Number(m[2]));
  m = /^(今月|来月|再来月)(?:末|中|いっぱい|の終わり)$/.exec(t);
  if (m) return monthsAhead({ 今月: 0, 来月: 1, 再来月: 2 }[m[1] as '今月']);
  m = /^(?:(今年|来年)(?:末|中|いっぱい)|年末|年内)$/.exec(t);
  if (m) return yearEnd(m[1] === '来年' ? 1 : 0);
  m = MONTH_DAY.exec(t);
  if (m) return named(m[1]!, Number(m[2]), m[3]);
  m = DAY_MONTH.exec(t);
  if (m) return named(m[2]!, Number(m[1]), m[3]);
  m = END_OF_MONTH.exec(t);
  if (m) return monthEnd(m[2] === undefined ? undefined : Number(m[2]), MONTHS[m[1]!]!);
  m = /^end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(month|year)$/.exec(t);
  if (m) return m[2] === 'month' ? monthsAhead(m[1] ? 1 : 0) : yearEnd(m[1] ? 1 : 0);
  return undefined;
}

/** Whether the text names a date (by 2027-03-01, 3月末まで): the read-back then says the days it means. */
export function isDeadlineDate(text: string): boolean {
  return dateRuleOf(text) !== undefined;
}

/**
 * The date a deadline names as YYYY-MM-DD, with today's date; undefined when the text is no date form or names no
 * real day (2027-02-30).
 */
export function deadlineDateOf(text: string, today: IsoDate): IsoDate | undefined {
  const rule = dateRuleOf(text);
  const now = ymdOf(today);
  if (rule === undefined || now === undefined) return undefined;
  const date = rule(now);
  return date === undefined ? undefined : isoOf(date);
}

/**
 * Whole days from today to the date a deadline names (today not counted, the date counted); undefined when the
 * text is no date. A date that is today or past is refused naming the field, the date and today.
 */
export function daysUntilDate(text: string, today: IsoDate): number | undefined {
  const date = deadlineDateOf(text, today);
  if (date === undefined) return undefined;
  const days = dayNumber(ymdOf(date)!) - dayNumber(ymdOf(today)!);
  if (days <= 0) throw new InputError('deadline', { code: 'deadline-date-past', date, today }, { form: 'deadline' });
  return days;
}

/** Today's date from a face, checked: YYYY-MM-DD naming a real day, or undefined. */
export function ymdOf(iso: IsoDate): Ymd | undefined {
  if (!isCalendarDate(iso)) return undefined;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function isoOf({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function real(date: Ymd): Ymd | undefined {
  return isCalendarDate(isoOf(date)) ? date : undefined;
}

function fixed(year: number, month: number, day: number): DateRule {
  return () => real({ year, month, day });
}

/**
 * A month and day without a year: this year's if it has not passed (today itself is then refused, never moved a
 * year on), else next year's.
 */
function next(month: number, day: number): DateRule {
  return (today) => {
    const thisYear = real({ year: today.year, month, day });
    if (thisYear && dayNumber(thisYear) >= dayNumber(today)) return thisYear;
    return real({ year: today.year + 1, month, day });
  };
}

function named(monthName: string, day: number, year: string | undefined): DateRule {
  const month = MONTHS[monthName.replace(/\.$/, '')]!;
  return year === undefined ? next(month, day) : fixed(Number(year), month, day);
}

function lastDay(year: number, month: number): Ymd {
  return { year, month, day: daysInMonth(year, month) ?? 28 };
}

/** The last day of a month: of the year given, else this year's if it is still ahead, else next year's. */
function monthEnd(year: number | undefined, month: number): DateRule {
  return (today) => {
    if (month < 1 || month > 12) return undefined;
    if (year !== undefined) return lastDay(year, month);
    const end = lastDay(today.year, month);
    return dayNumber(end) >= dayNumber(today) ? end : lastDay(today.year + 1, month);
  };
}

/** The last day of this month (0), next month (1) or the one after (2). */
function monthsAhead(ahead: number): DateRule {
  return (today) => {
    const index = today.month - 1 + ahead;
    return lastDay(today.year + Math.floor(index / 12), (index % 12) + 1);
  };
}

function yearEnd(ahead: number): DateRule {
  return (today) => ({ year: today.year + ahead, month: 12, day: 31 });
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): exact, no Date object. */
function dayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
