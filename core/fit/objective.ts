/**
 * The paper's objective (Busbridge et al. 2025, Eq. 45/50, with log L as
 * PAPER.md §2.2 reads the printed typo): Σ Huber_δ(log L̂ − log L), δ = 1e-4,
 * over runs (each weighted by how often a bootstrap resample drew it).
 * Optimisers see it divided by δ·Σw so its size does not depend on the run
 * count or δ.
 */
import type { FitModel, LogRuns } from './models.js';

export const HUBER_DELTA = 1e-4;

export function huber(residual: number, delta = HUBER_DELTA): number {
  const size = Math.abs(residual);
  return size <= delta ? 0.5 * residual * residual : delta * (size - 0.5 * delta);
}

/** The objective over the free coefficients: θ is the full vector, `free` the indices that vary. */
export interface Objective {
  /** Scaled objective and its gradient over the free coefficients (for the minimiser). */
  valueAndGradient(x: Float64Array, gradient: Float64Array): number;
  /** Scaled objective without gradient over the given runs (for ranking the grid). */
  value(x: ArrayLike<number>, runIndices?: ArrayLike<number>): number;
  /** The paper's unscaled Σ w·Huber(r) at the free values x. */
  paperValue(x: ArrayLike<number>): number;
  /** The full θ with the free values x put in. */
  theta(x: ArrayLike<number>): Float64Array;
}

export function objectiveFor(
  model: FitModel,
  runs: LogRuns,
  baseTheta: readonly number[],
  free: readonly number[],
  weights: Float64Array | null,
): Objective {
  const theta = Float64Array.from(baseTheta);
  const fullGradient = new Float64Array(baseTheta.length);
  let totalWeight = 0;
  for (let i = 0; i < runs.count; i++) totalWeight += weights ? weights[i]! : 1;
  const scale = 1 / (HUBER_DELTA * totalWeight);
  const put = (x: ArrayLike<number>): Float64Array => {
    for (let k = 0; k < free.length; k++) theta[free[k]!] = x[k]!;
    return theta;
  };
  const sum = (x: ArrayLike<number>): number => {
    put(x);
    let total = 0;
    for (let i = 0; i < runs.count; i++) {
      const w = weights ? weights[i]! : 1;
      if (w !== 0) total += w * huber(model.logPrediction(theta, runs, i, null) - runs.logLoss[i]!);
    }
    return total;
  };
  return {
    valueAndGradient(x, gradient) {
      put(x);
      gradient.fill(0);
      let total = 0;
      for (let i = 0; i < runs.count; i++) {
        const w = weights ? weights[i]! : 1;
        if (w === 0) continue;
        const residual = model.logPrediction(theta, runs, i, fullGradient) - runs.logLoss[i]!;
        total += w * huber(residual);
        // Huber's derivative: the residual, clipped to ±δ.
        const slope = w * Math.max(-HUBER_DELTA, Math.min(HUBER_DELTA, residual));
        for (let k = 0; k < free.length; k++) gradient[k] += slope * fullGradient[free[k]!]!;
      }
      for (let k = 0; k < free.length; k++) gradient[k] *= scale;
      return Number.isFinite(total) ? total * scale : Number.POSITIVE_INFINITY;
    },
    value(x, runIndices) {
      put(x);
      let total = 0;
      const count = runIndices ? runIndices.length : runs.count;
      for (let j = 0; j < count; j++) {
        const i = runIndices ? runIndices[j]! : j;
        total += huber(model.logPrediction(theta, runs, i, null) - runs.logLoss[i]!);
      }
      return Number.isFinite(total) ? total / (HUBER_DELTA * count) : Number.POSITIVE_INFINITY;
    },
    paperValue: sum,
    theta: (x) => Float64Array.from(put(x)),
  };
}
