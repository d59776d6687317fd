/** Cost bands say what they mean; days are GPU-hours / GPUs / 24. */
import { describe, expect, it } from 'vitest';
import { costFlops, wallClockDays } from '../../../core/index.js';

describe('bands say what they mean; days are GPU-hours / GPUs / 24', () => {
  it('the low cost comes from the high MFU', () => {
    const estimate = costFlops(1e22, { gpu: 'h100' });
    expect(estimate.mfuOfBand).toEqual({ low: 0.5, base: 0.4, high: 0.3 });
    expect(Number(estimate.cost.low)).toBeLessThan(Number(estimate.cost.high));
  });

  it('wallClockDays', () => {
    expect(wallClockDays({ low: 48, base: 96, high: 192 }, 8)).toEqual({ low: 0.25, base: 0.5, high: 1 });
  });
});
