/**
 * Money is never silently converted (issue 9): bare prices, bare budgets, rates that belong to their currency,
 * workspace rates; cost bands say what they mean; days are GPU-hours / GPUs / 24.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  costFlops,
  InputError,
  parseBudget,
  parseWorkspaceRates,
  rateFor,
  wallClockDays,
  withJapaneseYen,
} from '../../../core/index.js';

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

/** The coded error a call throws (core speaks in data: a field, a problem code, an accepted form). */
function thrown(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

// 1e22 FLOPs on an H100 SXM (989.4 TFLOP/s bf16 dense) at the base MFU of 40%, by hand.
const HOURS_1E22 = 1e22 / (989.4e12 * 0.4 * 3600);

describe('a bare price is in the answer’s currency', () => {
  it('price=450 currency=JPY rate=150 is ¥450/GPU-hour, not $450: ≈ ¥3.16M, not ¥474M', () => {
    const estimate = costFlops(1e22, { gpu: 'h100', price: 450, currency: 'JPY', rate: 150 });
    expect(Number(estimate.cost.base)).toBe(Math.round(HOURS_1E22 * 450));
    expect(Number(estimate.cost.base)).toBeGreaterThan(3.15e6);
    expect(Number(estimate.cost.base)).toBeLessThan(3.17e6);
    expect(estimate.assumptions.price).toMatchObject({ userGiven: true, converted: false, quoteCurrency: 'JPY' });
  });

  it('the same as text ("450") and with its own symbol (¥450)', () => {
    for (const price of ['450', '¥450', '450 JPY', '450円'])
      expect(costFlops(1e22, { gpu: 'h100', price, currency: 'JPY', rate: 150 }).cost.base).toBe(
        String(Math.round(HOURS_1E22 * 450)),
      );
  });

  it('a price in another currency is converted and marked converted (never "your own" as shown)', () => {
    const estimate = costFlops(1e22, { gpu: 'h100', price: '$3', currency: 'JPY', rate: 150 });
    expect(estimate.assumptions.price).toMatchObject({ converted: true, perGpuHour: '450', quotedPerGpuHour: '3' });
  });

  it('a bare price in USD answers stays dollars', () => {
    expect(costFlops(1e22, { gpu: 'h100', price: 3 }).cost.base).toBe((HOURS_1E22 * 3).toFixed(2));
  });

  it('with the currency only read from a ¥ budget, a bare price is the question "yen or dollars?"', () => {
    const error = thrown(() => budgetFor('300万円', { price: '3', rate: 150 }));
    expect(error.field).toBe('price');
    expect(error.problem).toEqual({ code: 'price-currency-unclear', value: '3', currency: 'JPY' });
    expect(error.accepted).toEqual({ form: 'price-with-currency', inCurrency: '¥3', inUsd: '$3' });
    // Either answer is then taken as typed: ¥450 buys 3e6/450 GPU-hours, $3 is ¥450 at 150.
    expect(budgetFor('300万円', { price: '¥450', rate: 150 }).budget.gpuHours.base).toBeCloseTo(3e6 / 450, 9);
    expect(budgetFor('300万円', { price: '$3', rate: 150 }).budget.gpuHours.base).toBeCloseTo(3e6 / 450, 9);
    // A stated currency is not a guess: currency=JPY makes the bare price yen.
    expect(budgetFor('300万円', { price: '450', currency: 'JPY', rate: 150 }).budget.gpuHours.base).toBeCloseTo(
      3e6 / 450,
      9,
    );
  });

  it('a currency with no symbol is offered as a code: 3 CHF or $3', () => {
    const error = thrown(() => budgetFor('50k CHF', { price: '3', rate: 0.8 }));
    expect(error.accepted).toEqual({ form: 'price-with-currency', inCurrency: '3 CHF', inUsd: '$3' });
  });
});

describe('a unitless budget asks: money, GPU-hours or FLOPs?', () => {
  it('50k, 100 and 3000 are questions offering the person’s own number with each unit', () => {
    const cases: Array<[string, string, string, string]> = [
      ['50k', '$50k', '50k GPU-hours', '5e4 FLOPs'],
      ['100', '$100', '100 GPU-hours', '1e2 FLOPs'],
      ['3000', '$3000', '3000 GPU-hours', '3e3 FLOPs'],
      ['2.5M', '$2.5M', '2.5M GPU-hours', '2.5e6 FLOPs'],
      ['300万', '300万円', '3000000 GPU-hours', '3e6 FLOPs'],
      // 9.7 × 1e8 is 969999999.9999999 in binary: the offered number is the one typed, shifted in decimal.
      ['9.7億', '9.7億円', '970000000 GPU-hours', '9.7e8 FLOPs'],
    ];
    for (const [typed, money, gpuHours, flops] of cases) {
      const error = thrown(() => parseBudget('budget', typed));
      expect(error.problem, typed).toEqual({ code: 'budget-unit-unclear', value: typed });
      expect(error.accepted, typed).toEqual({ form: 'budget-with-unit', value: typed, money, gpuHours, flops });
      // Every offered form reads back as the budget it names.
      expect(parseBudget('budget', money).kind).toBe('money');
      expect(parseBudget('budget', gpuHours).kind).toBe('gpu-hours');
      expect(parseBudget('budget', flops).kind).toBe('flops');
    }
  });

  it('FLOPs people plan with stay FLOPs; a stated unit is never a question', () => {
    expect(parseBudget('budget', '1e22')).toEqual({ kind: 'flops', flops: 1e22 });
    expect(parseBudget('budget', '1e15')).toEqual({ kind: 'flops', flops: 1e15 });
    expect(parseBudget('budget', '5e4 FLOPs')).toEqual({ kind: 'flops', flops: 5e4 });
    // A field that is FLOPs by its name (a CLI --flops, a sheet's compute) reads a bare number as FLOPs.
    expect(parseBudget('flops', '5e4')).toEqual({ kind: 'flops', flops: 5e4 });
  });

  it('Japanese money with 百万 and 千万 reads as yen: 3百万円 is ¥3,000,000', () => {
    expect(parseBudget('budget', '3百万円')).toEqual({ kind: 'money', amount: '3000000', currency: 'JPY' });
    expect(parseBudget('budget', '5千万円')).toEqual({ kind: 'money', amount: '50000000', currency: 'JPY' });
    expect(parseBudget('budget', '2千円')).toEqual({ kind: 'money', amount: '2000', currency: 'JPY' });
  });
});

describe('a rate belongs to its currency', () => {
  it('a rate with no currency asks which currency (never dropped, never dollars)', () => {
    const error = thrown(() => costFlops(1e22, { rate: 150 }));
    expect(error.field).toBe('rate');
    expect(error.problem).toEqual({ code: 'rate-without-currency', rate: '150' });
    expect(error.accepted).toEqual({ form: 'currency-for-rate', rate: '150' });
    // rate=1 with no currency is dollars and harmless; currency=USD with 150 is the old, plain refusal.
    expect(costFlops(1e22, { rate: 1 }).currency).toBe('USD');
    expect(thrown(() => costFlops(1e22, { currency: 'USD', rate: 150 })).problem.code).toBe('rate-not-one-for-usd');
  });

  it('a currency without a rate asks for that currency’s rate by name', () => {
    const error = thrown(() => budgetFor('€100k', {}));
    expect(error.problem).toEqual({ code: 'rate-needed', currency: 'EUR', value: '€100k' });
    expect(error.accepted).toEqual({ form: 'rate', currency: 'EUR' });
  });
});

describe('workspace rates (DISTILPLAN_RATES)', () => {
  it('parses several; each is used only for its own currency; the answer says whose rate and its date', () => {
    const rates = parseWorkspaceRates('JPY=150@2026-11-01, EUR=0.92@2026-11-02');
    expect(rates).toEqual([
      { code: 'JPY', ratePerUsd: '150', date: '2026-11-01' },
      { code: 'EUR', ratePerUsd: '0.92', date: '2026-11-02' },
    ]);
    expect(rateFor('GBP', rates)).toBeUndefined();
    const yen = costFlops(1e22, { gpu: 'h100', price: '$3', currency: 'JPY', workspaceRates: rates });
    expect(yen.assumptions.currency).toMatchObject({
      ratePerUsd: '150',
      rateDate: '2026-11-01',
      rateSource: 'workspace',
    });
    expect(yen.cost.base).toBe(String(Math.round(HOURS_1E22 * 450)));
    // €100k at 0.92 €/$ and $3/GPU-hour: 100000 / (3 × 0.92) GPU-hours, about 36,232 — not the 223 of a yen rate.
    const euros = budgetFor('€100k', { price: '$3', workspaceRates: rates });
    expect(euros.budget.gpuHours.base).toBeCloseTo(100000 / 2.76, 6);
    expect(euros.budget.assumptions?.currency).toMatchObject({ code: 'EUR', rateSource: 'workspace' });
  });

  it('a typed rate wins over the workspace’s, and then the answer names no workspace', () => {
    const rates = parseWorkspaceRates('JPY=150@2026-11-01');
    const own = costFlops(1e22, { gpu: 'h100', currency: 'JPY', rate: 140, workspaceRates: rates });
    expect(own.assumptions.currency.ratePerUsd).toBe('140');
    expect(own.assumptions.currency.rateSource).toBeUndefined();
  });

  it('a currency the workspace has no rate for still asks for its rate', () => {
    const rates = parseWorkspaceRates('JPY=150@2026-11-01');
    expect(thrown(() => costFlops(1e22, { currency: 'GBP', workspaceRates: rates })).problem).toEqual({
      code: 'rate-needed',
      currency: 'GBP',
    });
  });

  it('refuses malformed entries, impossible dates, USD, zero and duplicates with coded errors', () => {
    const cases: Array<[string, string]> = [
      ['JPY=150', 'workspace-rate-unreadable'],
      ['JPY150@2026-11-01', 'workspace-rate-unreadable'],
      ['JPY=150@2026-02-30', 'workspace-rate-unreadable'],
      ['JPY=150@yesterday', 'workspace-rate-unreadable'],
      ['JPY=abc@2026-11-01', 'not-a-decimal'],
      ['JPY=0@2026-11-01', 'below-min'],
      ['JPY=2000000@2026-11-01', 'above-max'],
      ['USD=1@2026-11-01', 'workspace-rate-usd'],
      ['JPY=150@2026-11-01,jpy=151@2026-11-02', 'workspace-rate-twice'],
    ];
    for (const [text, code] of cases) {
      const error = thrown(() => parseWorkspaceRates(text));
      expect(error.field, text).toBe('workspaceRates');
      expect(error.problem.code, text).toBe(code);
    }
    expect(parseWorkspaceRates('JPY=150@2024-02-29')).toHaveLength(1);
    expect(parseWorkspaceRates(' , ')).toEqual([]);
  });
});

describe('a Japanese answer with a rate and no currency is in yen (one rule for Slack and the sidebar)', () => {
  const workspace = parseWorkspaceRates('JPY=150@2026-11-01');
  it('in Japanese, a typed rate or the workspace’s yen rate makes the answer yen, marked as inferred', () => {
    expect(withJapaneseYen({ rate: '150' }, 'ja')).toEqual({ rate: '150', currency: 'JPY', currencyInferred: true });
    expect(withJapaneseYen({ workspaceRates: workspace }, 'ja')).toMatchObject({
      currency: 'JPY',
      currencyInferred: true,
    });
  });
  it('never in English, never over a typed currency, never without a rate', () => {
    expect(withJapaneseYen({ rate: '150' }, 'en')).toEqual({ rate: '150' });
    expect(withJapaneseYen({ rate: '0.92', currency: 'EUR' }, 'ja')).toEqual({ rate: '0.92', currency: 'EUR' });
    expect(withJapaneseYen({}, 'ja')).toEqual({});
    expect(
      withJapaneseYen({ workspaceRates: parseWorkspaceRates('EUR=0.92@2026-11-01') }, 'ja').currency,
    ).toBeUndefined();
  });
});
