/**
 * A deadline said as a date, counted in whole calendar days from the today a face passes (core has no clock):
 * today not counted, the date counted. Hand-counted: from 2026-12-05 to 2027-03-01 is 26 days left in December
 * (6th–31st) + 31 (January) + 28 (February, 2027 is no leap year) + 1 (March 1) = 86 days.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  costingOf,
  deadlineDateOf,
  deadlineDaysOf,
  isInputError,
  parseDeadlineDays,
} from '../../../core/index.js';

const TODAY = '2026-12-05';

describe('a deadline said as a date', () => {
  it.each([
    ['2027-03-01', '2027-03-01', 86],
    ['by 2027-03-01', '2027-03-01', 86],
    ['2027/3/1', '2027-03-01', 86],
    ['before March 1', '2027-03-01', 86],
    ['by March 1st, 2027', '2027-03-01', 86],
    ['1 March 2027', '2027-03-01', 86],
    ['by Dec 25', '2026-12-25', 20],
    ['end of the month', '2026-12-31', 26],
    ['end of next month', '2027-01-31', 26 + 31],
    ['end of February', '2027-02-28', 26 + 31 + 28],
    ['end of the year', '2026-12-31', 26],
    ['2027年3月1日までに', '2027-03-01', 86],
    ['３月１日まで', '2027-03-01', 86],
    ['3月末まで', '2027-03-31', 26 + 31 + 28 + 31],
    ['今月末', '2026-12-31', 26],
    ['来月末', '2027-01-31', 57],
    ['再来月末', '2027-02-28', 85],
    ['年内', '2026-12-31', 26],
    ['来年末', '2027-12-31', 26 + 365],
  ])('%s is %s, %d days from 2026-12-05', (typed, date, days) => {
    expect(deadlineDateOf(typed, TODAY)).toBe(date);
    expect(deadlineDaysOf(typed, TODAY)).toBe(days);
    expect(parseDeadlineDays(typed, TODAY)).toBe(days);
  });

  it('counts leap days and month ends by the calendar', () => {
    // 2028 is a leap year: from Feb 27 to Mar 1 is Feb 28, Feb 29, Mar 1.
    expect(deadlineDaysOf('2028-03-01', '2028-02-27')).toBe(3);
    expect(deadlineDateOf('end of February', '2028-01-10')).toBe('2028-02-29');
    // Over a year boundary and a century rule (2100 is not a leap year: 365 days).
    expect(deadlineDaysOf('2101-01-01', '2100-01-01')).toBe(365);
    // From the last day of a month, "end of next month" is the next month's last day.
    expect(deadlineDateOf('来月末', '2027-01-31')).toBe('2027-02-28');
  });

  it('a date without a year that has passed is next year’s; one that is today is refused, never moved a year on', () => {
    expect(deadlineDateOf('November 1', TODAY)).toBe('2027-11-01');
    expect(() => parseDeadlineDays('12月5日まで', TODAY)).toThrow();
  });

  it.each(['2026-12-05', 'by 2026-12-01', '2026年11月30日までに', 'by Dec 5'])(
    '%s (today or past) is a coded problem naming the field, the date and today',
    (typed) => {
      let error: unknown;
      try {
        parseDeadlineDays(typed, TODAY);
      } catch (caught) {
        error = caught;
      }
      expect(isInputError(error), typed).toBe(true);
      if (isInputError(error)) {
        expect(error.field).toBe('deadline');
        expect(error.problem).toMatchObject({ code: 'deadline-date-past', today: TODAY });
        expect(error.accepted.form).toBe('deadline');
      }
    },
  );

  it('a day that does not exist, or a date with no today to count from, is no deadline form', () => {
    for (const typed of ['2027-02-30', '2027-13-01', 'March 32'])
      expect(() => parseDeadlineDays(typed, TODAY), typed).toThrow(/deadline|not/);
    expect(deadlineDaysOf('2027-03-01')).toBeUndefined();
    expect(() => parseDeadlineDays('2027-03-01')).toThrow();
  });

  it('durations still read as before with today given', () => {
    expect(parseDeadlineDays('30', TODAY)).toBe(30);
    expect(parseDeadlineDays('2週間', TODAY)).toBe(14);
  });

  it('spreads a 1e22 FLOPs run over the H100s that finish it by 2027-03-01', () => {
    // 7,018.8 GPU-hours over 86 days (2,064 hours) is 3.40 → 4 GPUs.
    const costing = costingOf(budgetFor('1e22 FLOPs'), undefined, undefined, {
      deadlineDays: parseDeadlineDays('by 2027-03-01', TODAY),
    });
    expect(costing.wallClock.deadline).toEqual({ days: 86, gpusNeeded: 4 });
    expect(costing.wallClock.gpus).toBe(4);
  });
});
