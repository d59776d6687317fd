import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../helpers/words.js';
import { budgetToFlops, costFlops, FLOPS_PER_PF_DAY, flopsForBudget, parseBudget } from './helpers.js';

describe('budgets people type', () => {
  it('reads money', () => {
    expect(parseBudget('budget', '$50k')).toEqual({ kind: 'money', amount: '50000', currency: 'USD' });
    expect(parseBudget('budget', '$1.2M')).toEqual({ kind: 'money', amount: '1200000', currency: 'USD' });
    expect(parseBudget('budget', '¥3M')).toEqual({ kind: 'money', amount: '3000000', currency: 'JPY' });
    expect(parseBudget('budget', '€2.5k')).toEqual({ kind: 'money', amount: '2500', currency: 'EUR' });
    expect(parseBudget('budget', '£1,000')).toEqual({ kind: 'money', amount: '1000', currency: 'GBP' });
    expect(parseBudget('budget', '50k USD')).toEqual({ kind: 'money', amount: '50000', currency: 'USD' });
    expect(parseBudget('budget', '3M JPY')).toEqual({ kind: 'money', amount: '3000000', currency: 'JPY' });
    expect(parseBudget('budget', '1.2億円')).toEqual({ kind: 'money', amount: '120000000', currency: 'JPY' });
  });

  it('reads GPU-hours, with or without a GPU', () => {
    expect(parseBudget('budget', '500 GPU-hours')).toEqual({ kind: 'gpu-hours', hours: 500 });
    expect(parseBudget('budget', '2,000 H100-hours')).toEqual({ kind: 'gpu-hours', hours: 2000, gpu: 'h100-sxm' });
    expect(parseBudget('budget', '1.5k gpu hours')).toEqual({ kind: 'gpu-hours', hours: 1500 });
    expect(parseBudget('budget', '10 TPU-v5e hours')).toEqual({ kind: 'gpu-hours', hours: 10, gpu: 'tpu-v5e' });
    expect(parseBudget('budget', '500 GPU時間')).toEqual({ kind: 'gpu-hours', hours: 500 });
  });

  it('reads PF-days and FLOPs (a bare number is FLOPs)', () => {
    expect(FLOPS_PER_PF_DAY).toBe(8.64e19);
    expect(parseBudget('budget', '3 PF-days')).toEqual({ kind: 'flops', flops: 2.592e20 });
    expect(parseBudget('budget', '1e22 FLOPs')).toEqual({ kind: 'flops', flops: 1e22 });
    expect(parseBudget('budget', '1e22')).toEqual({ kind: 'flops', flops: 1e22 });
    expect(parseBudget('budget', 1e22)).toEqual({ kind: 'flops', flops: 1e22 });
  });

  it('rejects garbage with the accepted forms', () => {
    for (const text of ['banana', '', '$', '$-5k', '-5', '0', '1,5 GPU-hours', '1e400', 'NaN', '$0', '50k XX']) {
      expect(
        wordsOf(() => parseBudget('budget', text)),
        text,
      ).toMatch(/^budget .*Accepted: .*\$50k, .*500 GPU-hours/);
    }
    expect(wordsOf(() => parseBudget('budget', '500 hours'))).toMatch(
      /budget says hours but not of which GPU\. Accepted: .*2,000 H100-hours/,
    );
    expect(wordsOf(() => parseBudget('budget', '5 x100-hours'))).toMatch(
      /"x100" is not a known GPU.*a100, a100-40gb, h100-sxm/,
    );
  });
});

describe('budget → FLOPs (the inverse)', () => {
  it('turns money into FLOPs at the base MFU', () => {
    // $50,000 / $3.99 = 12,531.328… GPU-hours × 3600 × 989.4e12 × 0.4 = 1.78538345864661654…e22
    expect(Math.abs(budgetToFlops('$50k', { gpu: 'h100' }) / 1.785_383_458_646_616_5e22 - 1)).toBeLessThan(1e-14);
    const band = flopsForBudget('$50k');
    expect(band.flops.low).toBeLessThan(band.flops.base);
    expect(band.assumptions?.price.id).toBe('lambda-h100-8x');
  });

  it('turns GPU-hours into FLOPs', () => {
    // 2,000 × 3600 × 989.4e12 × 0.4 = 2.849472e21
    expect(budgetToFlops('2,000 H100-hours')).toBe(2.849472e21);
    expect(budgetToFlops('500 GPU-hours', { gpu: 'a100', mfu: 0.5 })).toBe(500 * 3600 * 312e12 * 0.5);
    expect(wordsOf(() => budgetToFlops('2,000 H100-hours', { gpu: 'a100' }))).toMatch(
      /budget is in h100-sxm hours but gpu is a100/,
    );
  });

  it('inverse ∘ forward is the identity to the cent', () => {
    for (const [budget, cents] of [
      ['$50k', '50000.00'],
      ['$12,345.67', '12345.67'],
      ['$1.2M', '1200000.00'],
      ['$0.01', '0.01'],
    ] as const) {
      for (const gpu of ['h100', 'a100', 'b200', 'l4']) {
        expect(costFlops(budgetToFlops(budget, { gpu }), { gpu }).cost.base, `${budget} ${gpu}`).toBe(cents);
      }
    }
    const yen = { currency: 'JPY', rate: '151.37' };
    expect(costFlops(budgetToFlops('¥3M', yen), yen).cost.base).toBe('3000000');
  });

  it('forward ∘ inverse gives back the FLOPs', () => {
    for (const flops of [1e20, 3.7e22, 1e25]) {
      const cost = costFlops(flops, { provider: 'aws' });
      const back = budgetToFlops({ kind: 'money', amount: cost.costExact.base, currency: 'USD' }, { provider: 'aws' });
      expect(Math.abs(back / flops - 1)).toBeLessThan(1e-14);
    }
  });

  it('converts a USD budget into the answer currency, and refuses a third currency', () => {
    const inYen = flopsForBudget('$50k', { currency: 'JPY', rate: 150 });
    expect(inYen.flops.base / budgetToFlops('$50k') - 1).toBeLessThan(1e-14);
    expect(wordsOf(() => budgetToFlops('€50k', { currency: 'JPY', rate: 150 }))).toMatch(
      /budget is in EUR but currency is JPY/,
    );
    expect(wordsOf(() => budgetToFlops('¥3M'))).toMatch(/rate is needed to show costs in JPY/);
  });

  it('needs a price for money', () => {
    expect(wordsOf(() => budgetToFlops('$50k', { gpu: 'gb200' }))).toMatch(/price is needed/);
    expect(budgetToFlops('$50k', { gpu: 'gb200', price: 4.2 })).toBeGreaterThan(0);
  });
});
