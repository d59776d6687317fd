/**
 * Break-even between models of different sizes over their life, against hand arithmetic: training FLOPs at the
 * training MFU (40% of the H100's 989.4 TFLOP/s bf16 peak by default), serving at 2N FLOPs per generated token
 * (HARDWARE.md pitfall 6) at the serving MFU (25%), both at $2 per GPU-hour.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { servingWords } from '../../../messages/index.js';
import { wordsOf } from '../../helpers/words.js';
import { compareLifetimes, Money, ownershipOf, readCostProfile, resolveCostOptions, withOwnership } from './helpers.js';

const SHARED = { gpu: 'h100', price: 2, tokensPerDay: 1e9, days: 365 } as const;

describe('compareLifetimes', () => {
  it('a smaller model dearer to train pays it back after ΔTraining ÷ ΔServing-per-day days', () => {
    const result = compareLifetimes([
      { name: 'A', trainingFlops: 2e21, params: 1e9, ...SHARED },
      { name: 'B', trainingFlops: 1e21, params: 3e9, ...SHARED },
    ]);
    // Serving per day: 1e9 tokens × 2 × 1e9 = 2e18 FLOPs ÷ (989.4e12 × 0.25 × 3600 = 8.9046e17) = 2.2460… h × $2.
    expect(Number(result.routes[0]!.servingPerDayExact)).toBeCloseTo((2e18 / 8.9046e17) * 2, 9);
    expect(result.routes[0]!.servingPerDay).toBe('4.49');
    expect(result.routes[1]!.servingPerDay).toBe('13.48');
    // Extra training 1e21 FLOPs at 40% vs saved serving 2·(3e9 − 1e9)·1e9 = 4e18 FLOPs a day at 25%:
    // (1e21 / 0.4) / (4e18 / 0.25) = 2.5e21 / 1.6e19 = 156.25 days.
    expect(result.cheapestToRun).toBe('A');
    expect(result.cheapestToTrain).toBe('B');
    expect(result.routes[0]!.breakEven).toBeUndefined();
    const breakEven = result.routes[1]!.breakEven;
    expect(breakEven?.kind).toBe('pays-back');
    if (breakEven?.kind !== 'pays-back') return;
    expect(breakEven.days).toBeCloseTo(156.25, 9);
    expect(breakEven.withinHorizon).toBe(true);
    // 1e21 FLOPs more at 40%: 701.88… h × $2; 4e18 FLOPs a day less at 25%: 4.4921… h × $2.
    expect(Number(breakEven.extraTraining)).toBeCloseTo((1e21 / (989.4e12 * 0.4 * 3600)) * 2, 9);
    expect(Number(breakEven.savedPerDay)).toBeCloseTo((4e18 / (989.4e12 * 0.25 * 3600)) * 2, 9);
    // Over 365 days A is the cheaper in total: 2807.54 + 365 × 4.4921 vs 1403.77 + 365 × 13.4762.
    expect(result.cheapestTotal).toBe('A');
    expect(result.routes[0]!.total.cost.base).toBe('4447.14');
    expect(result.routes[1]!.total.cost.base).toBe('6322.57');
  });

  it('a horizon shorter than the break-even leaves the dearer-to-train model dearer in total', () => {
    const result = compareLifetimes([
      { name: 'A', trainingFlops: 2e21, params: 1e9, ...SHARED, days: 100 },
      { name: 'B', trainingFlops: 1e21, params: 3e9, ...SHARED, days: 100 },
    ]);
    expect(result.routes[1]!.breakEven).toMatchObject({
      kind: 'pays-back',
      days: expect.closeTo(156.25, 9),
      withinHorizon: false,
    });
    expect(result.cheapestTotal).toBe('B');
  });

  it('cheaper to train and to run is cheaper from day one; the same size dearer to train never catches up', () => {
    const result = compareLifetimes([
      { name: 'small', trainingFlops: 1e21, params: 1e9, ...SHARED },
      { name: 'big', trainingFlops: 2e21, params: 3e9, ...SHARED },
      { name: 'same size, dearer', trainingFlops: 3e21, params: 1e9, ...SHARED },
    ]);
    expect(result.cheapestToRun).toBe('small');
    expect(result.routes[1]!.breakEven).toEqual({ kind: 'from-start' });
    expect(result.routes[2]!.breakEven).toEqual({ kind: 'from-start' });
    const reversed = compareLifetimes([
      { name: 'dear', trainingFlops: 3e21, params: 1e9, ...SHARED },
      { name: 'cheap', trainingFlops: 1e21, params: 1e9, ...SHARED },
    ]);
    // Equal per-day cost: the first of equals is "cheapest to run", and it never pays back its extra training.
    expect(reversed.cheapestToRun).toBe('dear');
    // 2e21 FLOPs more at 40%: 1,403.77 h × $2.
    expect(reversed.routes[1]!.breakEven).toEqual({ kind: 'never', extraTraining: expect.any(String) });
    const never = reversed.routes[1]!.breakEven as { extraTraining: string };
    expect(Number(never.extraTraining)).toBeCloseTo((2e21 / (989.4e12 * 0.4 * 3600)) * 2, 9);
    expect(reversed.cheapestTotal).toBe('cheap');
  });

  it('refuses routes priced in two currencies', () => {
    expect(
      wordsOf(() =>
        compareLifetimes([
          { name: 'A', trainingFlops: 1e21, params: 1e9, ...SHARED },
          { name: 'B', trainingFlops: 1e21, params: 1e9, ...SHARED, currency: 'JPY', rate: 150 },
        ]),
      ),
    ).toMatch(/^currency names two currencies \(USD and JPY\)/);
  });
});

describe('withOwnership: the cheapest in all under a cost profile', () => {
  // $20 per billion training tokens: A trains on 2e11 tokens ($4,000 of data), B on 1e10 ($200).
  const profile = readCostProfile(
    {
      format: 'distilplan-cost-profile',
      version: 1,
      name: 'data-heavy',
      currency: 'USD',
      dataPerTrainingToken: { amount: '20', unit: 'per-billion-tokens' },
    },
    'p',
  );
  const lives = compareLifetimes([
    { name: 'A', trainingFlops: 2e21, params: 1e9, ...SHARED },
    { name: 'B', trainingFlops: 1e21, params: 3e9, ...SHARED },
  ]);
  const usd = resolveCostOptions({}, false).currency;
  const owned = lives.routes.map((route, i) =>
    ownershipOf({
      currency: usd,
      rental: new Money(route.training.costExact.base),
      serving: new Money(route.serving.costExact.base),
      trainingTokens: [2e11, 1e10][i],
      teacherTokens: 0,
      profile,
    }),
  );

  it('chooses by the total cost of ownership, not by rental and serving alone', () => {
    expect(lives.cheapestTotal).toBe('A'); // $4,447.14 against $6,322.57 for rental and serving
    const result = withOwnership(lives, owned);
    // By hand, the rounded parts: A 2807.54 + 1639.60 + 4000.00 = 8447.14; B 1403.77 + 4918.81 + 200.00 = 6522.58.
    const hand = (i: number, data: string) =>
      new Decimal(lives.routes[i]!.training.cost.base).plus(lives.routes[i]!.serving.cost.base).plus(data).toFixed(2);
    expect(hand(0, '4000')).toBe('8447.14');
    expect(hand(1, '200')).toBe('6522.58');
    expect(result.routes.map((route) => route.owned)).toEqual([
      { total: '8447.14', profile: 'data-heavy' },
      { total: '6522.58', profile: 'data-heavy' },
    ]);
    expect(result.cheapestTotal).toBe('B');
    expect(result.cheapestToRun).toBe('A'); // running costs are the profile's business only through the total
  });

  it('says that total in the sentence, in English and Japanese', () => {
    const result = withOwnership(lives, owned);
    expect(servingWords('en').sentences(result)[0]).toBe(
      'Over 365 days serving 1B tokens a day, B costs least under the cost profile "data-heavy": $6.52k in all ($1.4k to train and $4.92k to serve, plus what the profile adds).',
    );
    expect(servingWords('ja').sentences(result)[0]).toMatch(
      /コストプロファイル「data-heavy」での総保有コストが最も低いのは B：合計/,
    );
  });

  it('leaves the comparison as it is without a profile on every route', () => {
    expect(withOwnership(lives, [owned[0], undefined])).toBe(lives);
    const bare = lives.routes.map((route) =>
      ownershipOf({ currency: usd, rental: new Money(route.training.costExact.base) }),
    );
    expect(withOwnership(lives, bare)).toBe(lives);
  });
});
