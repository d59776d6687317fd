import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../helpers/words.js';
import { compareRoutes, costPlan, lifetimeCost, Money } from './helpers.js';

describe('costPlan', () => {
  const flops = { studentTraining: 1e21, teacherInference: 2e20, teacherPretraining: 3e20, total: 1.5e21 };

  it('costs each part and the total under one set of assumptions', () => {
    const plan = costPlan(flops, { gpu: 'h100', price: 2 });
    // 1e21 / 1.424736e18 = 701.8844192…  × $2 = 1,403.7688385…
    expect(plan.studentTraining.cost.base).toBe('1403.77');
    // 2e20 → 280.75 → $280.75 (140.3768… h × 2)
    expect(plan.teacherInference.cost.base).toBe('280.75');
    // 1.5e21 → 1,052.826628… h → $2,105.653257…
    expect(plan.total.cost.base).toBe('2105.65');
    const sum = ['studentTraining', 'teacherInference', 'teacherPretraining'] as const;
    const exact = sum.reduce((acc, part) => acc.plus(plan[part].costExact.base), new Money(0));
    expect(exact.minus(plan.total.costExact.base).abs().lt('1e-20')).toBe(true);
    expect(plan.currency).toBe('USD');
    expect(plan.assumptions.gpu.id).toBe('h100-sxm');
  });

  it('names the part that is wrong', () => {
    expect(wordsOf(() => costPlan({ ...flops, teacherInference: -1 }))).toMatch(/^compute must be ≥ 0/);
  });
});

describe('lifetime cost', () => {
  it('adds serving at 2N FLOPs per token at the serving MFU', () => {
    // 2e9 tokens/day × 365 days × 2 × 1e9 = 1.46e21 FLOPs; / (989.4e12 × 0.25 × 3600) = 1,639.6020034… h
    // × $3.99 = 6,542.0119938…
    const life = lifetimeCost({ trainingFlops: 5e21, params: 1e9, tokensPerDay: '2B', days: 365 });
    expect(life.serving.flops).toBe(1.46e21);
    expect(life.serving.cost.base).toBe('6542.01');
    // training 5e21 → 3,509.422096… h × 3.99 = 14,002.594164…; total 20,544.606158…
    expect(life.training.cost.base).toBe('14002.59');
    expect(life.total.cost.base).toBe('20544.61');
    expect(life.assumptions.serving.mfu).toEqual({ low: 0.1875, base: 0.25, high: 0.3125 });
  });

  it('serves on another GPU at its own price', () => {
    const life = lifetimeCost({
      trainingFlops: 1e21,
      params: 1e9,
      tokensPerDay: 1e9,
      days: 30,
      servingGpu: 'l4',
      servingMfu: 0.2,
    });
    // 1e9 × 30 × 2e9 = 6e19; / (121e12 × 0.2 × 3600) = 688.7052341… h × $0.805 (AWS g6.xlarge) = 554.4077134…
    expect(life.serving.cost.base).toBe('554.41');
    expect(life.assumptions.serving.price.id).toBe('aws-g6-xlarge');
  });

  it('rejects bad serving input', () => {
    expect(wordsOf(() => lifetimeCost({ trainingFlops: 1e21, params: 1e9, tokensPerDay: 1e9, days: 0 }))).toMatch(
      /^days must be > 0/,
    );
    expect(
      wordsOf(() => lifetimeCost({ trainingFlops: 1e21, params: 1e9, tokensPerDay: 1e9, days: 30, servingMfu: 2 })),
    ).toMatch(/^serving_mfu must be ≤ 1/);
    expect(wordsOf(() => lifetimeCost({ trainingFlops: 1e21, params: -5, tokensPerDay: 1e9, days: 30 }))).toMatch(
      /^params must be > 0/,
    );
  });

  it('names the tokens per day when serving FLOPs pass the bound, with the largest figure accepted', () => {
    // 2 × 1e13 params × 1e5 days = 2e18 FLOPs per token a day; 1e35 / 2e18 = 5e16 tokens a day at most.
    const serving = { trainingFlops: 1e21, params: 1e13, days: 1e5 };
    const words = wordsOf(() => lifetimeCost({ ...serving, tokensPerDay: 1e18 }));
    expect(words).toMatch(/^tokens_per_day must be ≤ 5e16\. Accepted: tokens served per day/);
    expect(lifetimeCost({ ...serving, tokensPerDay: 5e16 }).serving.flops).toBe(1e35);
  });

  it('compares two routes and finds where their totals cross', () => {
    const shared = { tokensPerDay: '2B', days: 365 };
    const result = compareRoutes(
      { name: 'distilled 1B', trainingFlops: 5e21, params: 1e9 },
      { name: 'direct 3B', trainingFlops: 3e21, params: 3e9 },
      shared,
    );
    expect(result.cheaper).toBe('distilled 1B');
    // Training differs by 2e21 FLOPs at MFU 0.4; serving by (6e9 − 2e9)·2e9 = 8e18 FLOPs/day at MFU 0.25.
    // Same GPU and price, so the crossing is at 2e21/0.4 = (8e18/0.25)·d  →  d = 5e21 / 3.2e19 = 156.25 days.
    expect(result.breakEvenDays).toBeCloseTo(156.25, 9);
    // 3B total: training 3e21 → $8,401.556498…, serving 4.38e21 → $19,626.035981…  = 28,027.592480…
    expect(result.routes[1]!.total.cost.base).toBe('28027.59');
    expect(result.savings).toBe('7482.99'); // 28,027.592480… − 20,544.606158…
  });
});
