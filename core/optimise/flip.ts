/**
 * Budgets at which distillation and direct training of the same student swap
 * places: a scan of log10 C over [1e17, 1e28] for sign changes of the margin,
 * each bracket then narrowed by regula falsi. Near a crossover the two curves are nearly
 * tangent (PAPER.md §10), so the answer is quoted to ~2 significant figures.
 */
import { MAX_SEARCH_COMPUTE, MIN_SEARCH_COMPUTE } from './bounds.js';
import { findRoot } from './minimise.js';

export interface Flip {
  compute: number;
  /** The verdict just above this budget. */
  above: 'distil' | 'train';
}

/**
 * `margin(C)` = supervised loss − distilled loss (positive: distil wins);
 * `step` is the scan's log10 step; `feasible(C)` skips budgets that buy no plan.
 * `provenTrain(C)` true proves margin(C) < 0 without computing it: a scan point away from any sign change needs only
 * its sign, so it is not computed (a bracket's ends always are, so every flip found is the same).
 */
export function findFlips(
  margin: (compute: number) => number,
  step: number,
  feasible: (compute: number) => boolean,
  provenTrain: (compute: number) => boolean = () => false,
): Flip[] {
  const low = Math.log10(MIN_SEARCH_COMPUTE);
  const high = Math.log10(MAX_SEARCH_COMPUTE);
  const at = (log10: number): number => margin(10 ** log10);
  const flips: Flip[] = [];
  // The previous feasible scan point (NaN: none yet), kept as two numbers: nothing is allocated per step.
  let previousX = Number.NaN;
  let previousValue = Number.NaN;
  for (let i = 0; low + i * step <= high + 1e-9; i++) {
    const x = low + i * step;
    if (!feasible(10 ** x)) continue;
    const value = provenTrain(10 ** x) ? -1 : at(x);
    if (!Number.isNaN(previousX) && value > 0 !== previousValue > 0) {
      // Regula falsi never leaves the bracket: a root that did not converge is still within this scan step, and
      // its nearer end is the better estimate the search has.
      const root = findRoot(at, previousX, x, 1e-3);
      flips.push({ compute: 10 ** root.x, above: value > 0 ? 'distil' : 'train' });
    }
    previousX = x;
    previousValue = value;
  }
  return flips;
}

/** The flip nearest (in log) to a budget. */
export function nearestFlip(flips: Flip[], compute: number): Flip | null {
  let nearest: Flip | null = null;
  for (const flip of flips) {
    if (!nearest || Math.abs(Math.log(flip.compute / compute)) < Math.abs(Math.log(nearest.compute / compute)))
      nearest = flip;
  }
  return nearest;
}
