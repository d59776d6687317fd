/**
 * The compute ratio of Busbridge et al. 2025, App. D.5 (Fig. 33/34): the
 * compute the distillation route needs to reach a loss, divided by the
 * compute direct training needs for the same loss. Below 1 distillation is
 * the cheaper way to that loss; null when distillation cannot reach it at any
 * budget up to 1e28 FLOPs (a teacher too weak, or a capacity gap).
 * PAPER.md §2.1 reproduces the paper's "roughly 3/4" and "roughly 1/2" as
 * 0.772 (500M at L = 2.4) and 0.459 (10B at L = 2.2) in the teacher-inference
 * scenario.
 */
import { MAX_SEARCH_COMPUTE } from './optimise/bounds.js';
import { findRoot } from './optimise/minimise.js';

/** log10 step of the scan that brackets the first budget reaching the target. */
const SCAN_STEP = 0.5;

/**
 * The smallest budget in [low, high] at which `lossAt(C) ≤ target`: a scan in
 * log10 C (a capacity gap can make the loss rise again, so no monotonicity is
 * assumed), then the first bracket narrowed by regula falsi. null: never.
 * `cannotReach(C)` true proves lossAt(C) > target without computing it: that scan point is passed over (the scan's
 * points, and so the answer, stay the same).
 */
export function computeToReach(
  lossAt: (compute: number) => number,
  target: number,
  low: number,
  high = MAX_SEARCH_COMPUTE,
  cannotReach: (compute: number) => boolean = () => false,
): number | null {
  const gap = (exponent: number): number => lossAt(10 ** exponent) - target;
  const reaches = (exponent: number): boolean => !cannotReach(10 ** exponent) && gap(exponent) <= 0;
  const start = Math.log10(low);
  const end = Math.log10(high);
  let previous = start;
  if (reaches(start)) return low;
  for (let x = Math.min(end, start + SCAN_STEP); ; x = Math.min(end, x + SCAN_STEP)) {
    if (reaches(x)) {
      const root = findRoot(gap, previous, x, 1e-6);
      // Not converged: the bracket's upper end is a budget known to reach the target (never an underestimate).
      return 10 ** (root.converged ? root.x : x);
    }
    if (x >= end) return null;
    previous = x;
  }
}

/** distillation compute ÷ direct compute for the same loss; null when distillation never reaches it. */
export function computeRatioOf(distilCompute: number | null, directCompute: number): number | null {
  return distilCompute === null || !(directCompute > 0) ? null : distilCompute / directCompute;
}
