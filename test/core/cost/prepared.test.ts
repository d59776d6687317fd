/** The column-at-a-time cost functions give costFlops's and flopsForBudget's numbers to the last digit. */
import { describe, expect, it } from 'vitest';
import { budgetFlopsFor, costExactBaseFor, costFlops, flopsForBudget } from '../../../core/cost/index.js';

const OPTIONS = [
  { gpu: 'h100' },
  { gpu: 'a100-40gb', provider: 'aws', mfu: 0.35 },
  { gpu: 'h100', currency: 'JPY', rate: 150, price: '450 JPY' },
  { gpu: 'h200', mfu: '50%', currency: 'EUR', rate: '0.92' },
];

describe('costExactBaseFor and budgetFlopsFor', () => {
  it('equal costFlops(…).costExact.base over six decades of FLOPs', () => {
    for (const options of OPTIONS) {
      const cost = costExactBaseFor(options);
      for (let i = 0; i < 60; i++) {
        const flops = 1e19 * 10 ** (i / 10) * (1 + i / 997);
        expect(cost(flops)).toBe(costFlops(flops, options).costExact.base);
      }
    }
  });

  it('equal flopsForBudget(…).flops.base for money in several currencies, hours and FLOPs', () => {
    for (const options of OPTIONS) {
      const flopsOf = budgetFlopsFor(options);
      const currency = ('currency' in options ? options.currency : undefined) ?? 'USD';
      for (let i = 0; i < 40; i++) {
        const amount = String(100 * 1.37 ** i);
        const money = { kind: 'money' as const, amount, currency };
        expect(flopsOf(money)).toBe(flopsForBudget(money, options).flops.base);
        const usd = { kind: 'money' as const, amount, currency: 'USD' };
        expect(flopsOf(usd)).toBe(flopsForBudget(usd, options).flops.base);
      }
      const hours = { kind: 'gpu-hours' as const, hours: 500 };
      expect(flopsOf(hours)).toBe(flopsForBudget(hours, options).flops.base);
    }
  });
});
