/**
 * Decisions under the coefficients' uncertainty: verdictShare and the loss intervals against the resampled
 * laws evaluated one by one through the checked law functions; the close call when the plausible laws
 * disagree; the shipped Figure-1 samples equal a fresh run of their generator.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE1_FIT } from '../../../core/fit/figure1-samples.js';
import {
  type CoefficientSet,
  coefficientSet,
  decide,
  distilledLoss,
  quantile,
  sampledSets,
  supervisedLoss,
} from '../../../core/index.js';
import { figure1Fit } from '../../../scripts/figure1-fit.js';

const EXISTING = { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 } as const;

describe('decision uncertainty', () => {
  it('default set: 200 Figure-1 samples; share and intervals equal the samples evaluated one by one', () => {
    const set = coefficientSet();
    const decision = decide({ studentParams: 1e9, compute: 1e20, teacher: EXISTING }, { flipSearch: false });
    expect(decision.uncertainty?.samples).toBe(200);
    const plan = decision.plan;
    const losses = FIGURE1_FIT.bootstrap.samples.map(([bPrime]) => {
      const sample: CoefficientSet = { ...set, distillation: { ...set.distillation, B: bPrime! } };
      return distilledLoss(plan.studentParams, plan.studentTokens, plan.teacherLoss, sample).loss;
    });
    const direct = supervisedLoss(1e9, plan.supervisedTokens);
    expect(decision.verdictShare).toBe(losses.filter((loss) => loss < direct).length / 200);
    const sorted = [...losses].sort((a, b) => a - b);
    expect(decision.uncertainty?.distilLoss).toEqual([quantile(sorted, 0.05), quantile(sorted, 0.95)]);
    // The supervised part has no public runs: its samples are all the point law.
    expect(decision.uncertainty?.supervisedLoss).toEqual([direct, direct]);
  });

  it('a set without samples reports none', () => {
    const decision = decide(
      { studentParams: 1e9, compute: 1e20, teacher: EXISTING },
      { flipSearch: false, preset: 'busbridge2025' },
    );
    expect(decision.verdictShare).toBeNull();
    expect(decision.uncertainty).toBeNull();
  });

  it('plausible laws that disagree make a clear margin a close call', () => {
    const base = coefficientSet();
    const spread = (values: number[]): CoefficientSet => ({
      ...base,
      id: 'spread',
      fit: {
        ...FIGURE1_FIT,
        bootstrap: { resamples: values.length, seed: 1, samples: values.map((value) => [value]) },
      },
    });
    const request = { studentParams: 1e9, compute: 1e19, teacher: EXISTING };
    const sure = decide(request, { flipSearch: false, preset: spread([1.9e6, 2e6, 2.1e6]) });
    expect(sure.call).toBe('distil');
    expect(sure.verdictShare).toBe(1);
    // B′ from 2e4 to 2e8: under the largest B′ the student needs far more tokens, and direct training wins.
    const wide = spread([2e4, 2e5, 2e6, 2e7, 2e8, 2e9]);
    const unsure = decide(request, { flipSearch: false, preset: wide });
    const shares = sampledSets(wide).map((sample) => {
      const d = decide(request, { flipSearch: false, preset: { ...sample, fit: undefined } });
      return d.margin > 0;
    });
    expect(unsure.verdictShare).toBe(shares.filter(Boolean).length / shares.length);
    expect(unsure.verdictShare).toBeLessThan(0.9);
    expect(unsure.margin).toBe(sure.margin);
    expect(unsure.call).toBe('close-call');
    expect(unsure.evidence.reasons).toContain('plausible-laws-disagree');
  });

  it('the shipped Figure-1 samples are what scripts/figure1-samples.ts produces', () => {
    expect(figure1Fit()).toEqual(FIGURE1_FIT);
    expect(FIGURE1_FIT.fitted).toEqual(["B'"]);
    const [low, high] = FIGURE1_FIT.intervals["B'"]!;
    expect(low).toBeLessThan(2.02e6);
    expect(high).toBeGreaterThan(2.02e6);
  });
});
