/**
 * Recovery on synthetic pilots with known truth (the default set's supervised law, 0.3% log-normal noise),
 * 30 seeds of 24 runs. With every coefficient free such a pilot cannot pin A (and often B, alpha, gamma):
 * the fit says so. Held as it suggests (A and alpha at the base), for each coefficient the fit reports as
 * pinned: the bias of the estimate (against its scatter over the seeds) and how often its 90% interval holds the truth. Coefficients still named
 * unidentified are excluded by design: the fit has said their intervals are not estimates.
 */
import { describe, expect, it } from 'vitest';
import { fitWithBootstrap, type SupervisedName } from '../../../core/fit/index.js';
import { supervisedRuns, TRUTH } from './synthetic.js';

const SEEDS = 30;

describe('recovery of pinned coefficients on synthetic pilots', () => {
  it('with every coefficient free, a 24-run pilot names A among what it cannot pin', () => {
    const fit = fitWithBootstrap({ law: 'supervised', runs: supervisedRuns(24, 300) }, TRUTH, {
      resamples: 40,
      seed: 300,
    });
    expect(fit.unidentified).toContain('A');
  });

  it(`${SEEDS} seeds: bias small, 90% intervals cover near nominal`, { timeout: 240_000 }, () => {
    const stats = new Map<string, { inside: number; total: number; logErrors: number[] }>();
    let unidentified = 0;
    for (let seed = 300; seed < 300 + SEEDS; seed++) {
      // Runs spread like a pilot that varies both size and tokens: 1e8–1e10 params, 5–300 tokens per parameter.
      const runs = supervisedRuns(24, seed);
      const fit = fitWithBootstrap({ law: 'supervised', runs }, TRUTH, {
        fixed: ['A', 'alpha'],
        resamples: 60,
        seed,
      });
      unidentified += fit.unidentified.length;
      for (const name of fit.fitted) {
        if (fit.unidentified.includes(name)) continue;
        const truth = TRUTH.supervised[name as SupervisedName];
        const [low, high] = fit.intervals[name]!;
        const entry = stats.get(name) ?? { inside: 0, total: 0, logErrors: [] };
        entry.total++;
        if (truth >= low && truth <= high) entry.inside++;
        entry.logErrors.push(Math.log(fit.coefficients[name]! / truth));
        stats.set(name, entry);
      }
    }
    let inside = 0;
    let total = 0;
    const lines: string[] = [];
    const biases: { name: string; bias: number; standardError: number }[] = [];
    for (const [name, entry] of stats) {
      const n = entry.logErrors.length;
      const bias = entry.logErrors.reduce((a, b) => a + b, 0) / n;
      const variance = entry.logErrors.reduce((sum, e) => sum + (e - bias) ** 2, 0) / (n - 1);
      const standardError = Math.sqrt(variance / n);
      lines.push(
        `${name}: pinned in ${entry.total}/${SEEDS}, bias ${(100 * bias).toFixed(2)}% ± ${(100 * standardError).toFixed(2)}% (log), coverage ${entry.inside}/${entry.total}`,
      );
      biases.push({ name, bias, standardError });
      inside += entry.inside;
      total += entry.total;
    }
    console.log(`recovery (${SEEDS} seeds, unidentified ${unidentified}):\n  ${lines.join('\n  ')}`);
    console.log(`coverage of pinned coefficients: ${inside}/${total} = ${((100 * inside) / total).toFixed(1)}%`);
    // Bias: the mean log error of a pinned coefficient is within 3 standard errors of zero (an unbiased fitter's
    // scatter over the seeds), and never above 5%. A fixed 5% alone let E, scattered by 1.2% a fit, carry a 1% bias
    // (0.017 nats in every prediction) past this test while its intervals still covered often enough.
    for (const { name, bias, standardError } of biases)
      expect(Math.abs(bias), name).toBeLessThan(Math.min(0.05, 3 * standardError));
    expect(total).toBeGreaterThanOrEqual(SEEDS * 2);
    // Binomial(n, 0.9): ±3 standard deviations around the nominal 90%.
    const sd = Math.sqrt((0.9 * 0.1) / total);
    expect(inside / total).toBeGreaterThan(0.9 - 3 * sd);
    expect(inside / total).toBeLessThan(Math.min(1, 0.9 + 3 * sd) + 1e-9);
  });
});
