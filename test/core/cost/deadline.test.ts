/**
 * A deadline and the GPUs that finish the planned run within it, against hand-worked arithmetic: GPU-hours
 * from the FLOPs at the H100's dense BF16 peak (989.4 TFLOP/s) and the base MFU (0.4), over the deadline's hours.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  costingOf,
  deadlineDaysOf,
  gpusForDeadline,
  isInputError,
  parseDeadlineDays,
} from '../../../core/index.js';
import { CATALOGUES } from '../../../messages/index.js';

describe('deadline forms', () => {
  it.each([
    ['30', 30],
    ['30d', 30],
    ['30 days', 30],
    ['1 day', 1],
    ['2w', 14],
    ['2 weeks', 14],
    ['1 month', 30],
    ['30日', 30],
    ['30日間', 30],
    ['30日以内', 30],
    ['2週間', 14],
    ['2週間で', 14],
    ['3ヶ月', 90],
    ['３か月', 90],
    ['1.5 weeks', 10.5],
  ])('%s is %d days', (typed, days) => {
    expect(deadlineDaysOf(typed)).toBe(days);
    expect(parseDeadlineDays(typed)).toBe(days);
  });

  it.each(['', 'soon', '30 fortnights', '-3 days', '0', '4000 days', 'constructor', 'Infinity'])(
    '%s is refused with the field and the accepted form',
    (typed) => {
      let error: unknown;
      try {
        parseDeadlineDays(typed);
      } catch (caught) {
        error = caught;
      }
      expect(isInputError(error), typed).toBe(true);
      if (isInputError(error)) {
        expect(error.field).toBe('deadline');
        expect(error.accepted.form).toBe('deadline');
      }
    },
  );
});

describe('GPUs for a deadline', () => {
  it('rounds the GPUs up to whole ones, and an exact division stays exact', () => {
    // 1,536 GPU-hours over 8 days (192 hours) is exactly 8 GPUs; one hour more needs a 9th.
    expect(gpusForDeadline({ low: 1000, base: 1536, high: 2000 }, 8).gpusNeeded).toBe(8);
    expect(gpusForDeadline({ low: 1000, base: 1537, high: 2000 }, 8).gpusNeeded).toBe(9);
    // A run shorter than the deadline on one GPU still needs one.
    expect(gpusForDeadline({ low: 1, base: 2, high: 3 }, 30).gpusNeeded).toBe(1);
    // 10% failed and restarted runs stretch the run: 1,536 × 1.1 / 192 = 8.8 → 9.
    expect(gpusForDeadline({ low: 1000, base: 1536, high: 2000 }, 8, 1.1).gpusNeeded).toBe(9);
  });

  it('spreads a 1e22 FLOPs run over the H100s that finish it within 30 days', () => {
    // 1e22 / (989.4e12 × 0.4 × 3600) = 7,018.8 GPU-hours; over 720 hours that is 9.75 → 10 GPUs, 29.2 days.
    const gpuHours = 1e22 / (989.4e12 * 0.4 * 3600);
    expect(gpuHours).toBeCloseTo(7018.8, 1);
    const costing = costingOf(budgetFor('1e22 FLOPs'), undefined, undefined, { deadlineDays: 30 });
    expect(costing.wallClock.gpus).toBe(10);
    expect(costing.wallClock.deadline).toEqual({ days: 30, gpusNeeded: 10 });
    expect(costing.wallClock.days.base).toBeCloseTo(gpuHours / 10 / 24, 9);
    expect(costing.wallClock.days.base).toBeLessThanOrEqual(30);
    expect(gpuHours / 9 / 24).toBeGreaterThan(30);
  });

  it('keeps GPUs a person typed, and says how many the deadline would take', () => {
    const costing = costingOf(budgetFor('1e22 FLOPs'), undefined, undefined, { gpus: 8, deadlineDays: 14 });
    expect(costing.wallClock.gpus).toBe(8);
    // 7,018.8 / 336 hours = 20.9 → 21 GPUs.
    expect(costing.wallClock.deadline).toEqual({ days: 14, gpusNeeded: 21 });
  });

  it('refuses a deadline that would need more than 10M GPUs', () => {
    expect(() => gpusForDeadline({ low: 1e12, base: 1e12, high: 1e12 }, 1)).toThrow();
  });
});

describe('the days line with a deadline', () => {
  it('says the GPUs the deadline needs, then the days on them, in both languages', () => {
    const line = {
      gpus: 10,
      gpuId: 'h100-sxm',
      gpuName: 'H100 SXM5',
      days: { low: 23.4, base: 29.2, high: 39 },
      deadline: { days: 30, gpusNeeded: 10 },
    };
    expect(CATALOGUES.en.headline.days(line)).toBe(
      'To finish within 30 days it needs 10 H100 SXM5 GPUs (at the base utilisation). The run takes about 29 days on 10 H100 SXM5 GPUs (23 days to 39 days).',
    );
    expect(CATALOGUES.ja.headline.days(line)).toMatch(
      /^30日以内に終えるには H100 SXM5 が10台必要です（基準の利用率で）。学習期間は H100 SXM5 10台で/,
    );
  });
});
