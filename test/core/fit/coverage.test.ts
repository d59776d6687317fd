/**
 * The bootstrap's 90% intervals hold the truth about 90% of the time: 24 seeded synthetic data sets of 30
 * supervised runs with 0.3% noise, E, B and beta fitted (A, alpha, gamma held), 100 resamples each.
 */
import { describe, expect, it } from 'vitest';
import { fitWithBootstrap, type SupervisedName } from '../../../core/fit/index.js';
import { supervisedRuns, TRUTH } from './synthetic.js';

describe('bootstrap interval coverage', () => {
  it('near the nominal 90% over 24 data sets (72 intervals)', { timeout: 60_000 }, () => {
    let inside = 0;
    let total = 0;
    for (let seed = 200; seed < 224; seed++) {
      const runs = supervisedRuns(30, seed);
      const fit = fitWithBootstrap({ law: 'supervised', runs }, TRUTH, {
        fixed: ['A', 'alpha', 'gamma'],
        resamples: 100,
        seed,
      });
      expect(fit.samples).toHaveLength(100);
      for (const [name, [low, high]] of Object.entries(fit.intervals)) {
        const truth = TRUTH.supervised[name as SupervisedName];
        if (truth >= low && truth <= high) inside++;
        total++;
      }
    }
    console.log(`bootstrap coverage: ${inside}/${total} = ${((100 * inside) / total).toFixed(1)}% (nominal 90%)`);
    expect(total).toBe(72);
    // Binomial(72, 0.9) has standard deviation 2.5 intervals (3.5%): ±3 sd.
    expect(inside / total).toBeGreaterThan(0.79);
    expect(inside / total).toBeLessThan(0.99);
  });

  it('the same seed gives the same samples; another seed other samples', () => {
    const runs = supervisedRuns(20, 5);
    const options = { fixed: ['A', 'alpha', 'gamma', 'E'] as SupervisedName[], resamples: 5 };
    const a = fitWithBootstrap({ law: 'supervised', runs }, TRUTH, { ...options, seed: 9 });
    const b = fitWithBootstrap({ law: 'supervised', runs }, TRUTH, { ...options, seed: 9 });
    const c = fitWithBootstrap({ law: 'supervised', runs }, TRUTH, { ...options, seed: 10 });
    expect(b.samples).toEqual(a.samples);
    expect(c.samples).not.toEqual(a.samples);
  });
});
