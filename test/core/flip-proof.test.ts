/**
 * The flip scan skips the 2-D plan where even a free teacher loses (core/budget-searches.ts): the best case's L_S at
 * the direct route's tokens is a floor under every plan that pays for its teacher (Eq. 8 falls with the student's
 * tokens, and such a plan buys the student at most the direct route's tokens). Checked here against the optimiser's
 * own plans, coarse and fine, over students, budgets and shared teachers; and the scan's proof changes no flip.
 */
import { describe, expect, it } from 'vitest';
import { coefficientSet, FLOP_COUNTINGS, forwardFlopsFor, lawsFor } from '../../core/index.js';
import { bestTeacherLoss, type DistillationProblem, optimiseDistillation } from '../../core/optimise/distil.js';
import { findFlips } from '../../core/optimise/flip.js';
import { supervisedTokensFor } from '../../core/optimise/supervised.js';

describe('a free teacher is a floor under a paid one', () => {
  for (const preset of ['busbridge2025-corrected', 'busbridge2025']) {
    for (const counting of FLOP_COUNTINGS) {
      it(`${preset}, ${counting} FLOPs: every plan's L_S is at or above the best case's at the direct route's tokens`, () => {
        const set = coefficientSet(preset);
        const laws = lawsFor(set);
        const forwardFlops = forwardFlopsFor(counting);
        const below: string[] = [];
        for (const studentParams of [3e7, 1e9, 3e10])
          for (let exponent = 19; exponent <= 27; exponent++)
            for (const students of [1, 8])
              for (const effort of ['coarse', 'fine'] as const) {
                const compute = 10 ** exponent;
                const problem: DistillationProblem = {
                  set,
                  laws,
                  studentParams,
                  compute,
                  scenario: 'pretraining-and-inference',
                  students,
                  forwardFlops,
                  effort,
                };
                const plan = optimiseDistillation(problem);
                const floor = bestTeacherLoss(problem, supervisedTokensFor(compute, studentParams, forwardFlops));
                if (plan.loss < floor.loss - 1e-12)
                  below.push(`${studentParams} ${compute} K=${students} ${effort}: ${plan.loss} < ${floor.loss}`);
              }
        expect(below).toEqual([]);
      });
    }
  }
});

describe("the flip scan's proof of a negative margin", () => {
  // A margin with two flips (at 10^19.3 and 10^23.7), negative outside them.
  const margin = (compute: number): number => {
    const x = Math.log10(compute);
    return (x - 19.3) * (23.7 - x);
  };

  it('finds the same flips with fewer margins computed, the proof only where the margin is negative', () => {
    let plain = 0;
    let proved = 0;
    const without = findFlips(
      (compute) => {
        plain++;
        return margin(compute);
      },
      1,
      () => true,
    );
    const withProof = findFlips(
      (compute) => {
        proved++;
        return margin(compute);
      },
      1,
      () => true,
      (compute) => Math.log10(compute) > 25 || Math.log10(compute) < 18.5,
    );
    expect(withProof).toEqual(without);
    expect(without.map((flip) => flip.above)).toEqual(['distil', 'train']);
    // At the margin's roots (within 0.005 in log10; the root search stops at 1e-3), not at a scan point beside them.
    expect(Math.log10(without[0]!.compute)).toBeCloseTo(19.3, 2);
    expect(Math.log10(without[1]!.compute)).toBeCloseTo(23.7, 2);
    expect(proved).toBeLessThan(plain);
  });
});
