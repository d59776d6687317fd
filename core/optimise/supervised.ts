/**
 * Compute-optimal supervised model for a budget C = 3·F(N)·D (Busbridge et
 * al. 2025, §4 / Table 6 fit). In log N the objective is convex (a sum of
 * exponentials of convex functions), so a grid plus Brent finds the global
 * optimum.
 */
import type { CoefficientSet } from '../coefficients.js';
import { InfeasibleBudgetError } from '../errors.js';
import { lawsFor } from '../laws.js';
import { LOG_MAX_COUNT, LOG_MIN_COUNT, MAX_COUNT, MIN_COUNT, paramsWithForwardFlops } from './bounds.js';
import { minimiseOnInterval } from './minimise.js';

/**
 * Tokens a budget buys when the whole of it trains one model directly:
 * D = C / (3·F(N)), capped at the optimiser's 1e17 bound. The supervised side
 * of every comparison (and the best case's student tokens) uses this one formula.
 */
export function supervisedTokensFor(compute: number, params: number, forwardFlops: (params: number) => number): number {
  return Math.min(MAX_COUNT, compute / (3 * forwardFlops(params)));
}

export interface SupervisedOptimum {
  params: number;
  tokens: number;
  loss: number;
  compute: number;
  /** The search met its stopping rule (plans.ts refuses a plan that did not). */
  converged: boolean;
}

export function optimalSupervisedOf(
  set: CoefficientSet,
  compute: number,
  forwardFlops: (params: number) => number,
): SupervisedOptimum {
  const smallest = 3 * forwardFlops(MIN_COUNT) * MIN_COUNT;
  if (compute < smallest) {
    throw new InfeasibleBudgetError('compute', { code: 'infeasible-supervised', compute }, smallest);
  }
  // D ≥ 1e6 caps N from above; D ≤ 1e17 floors it.
  const logUpper = Math.min(LOG_MAX_COUNT, Math.log(paramsWithForwardFlops(forwardFlops, compute / (3 * MIN_COUNT))));
  const logLower = Math.max(LOG_MIN_COUNT, Math.log(paramsWithForwardFlops(forwardFlops, compute / (3 * MAX_COUNT))));
  // The shared prepared laws of a shipped set: a budget search calls this once per budget.
  const laws = lawsFor(set);
  const tokensFor = (params: number): number => compute / (3 * forwardFlops(params));
  const objective = (logParams: number): number => {
    const params = Math.exp(logParams);
    return laws.supervised(params, tokensFor(params));
  };
  const best = minimiseOnInterval(objective, logLower, Math.max(logLower, logUpper), {
    gridPoints: 10,
    tolerance: 1e-10,
  });
  const params = Math.exp(best.x);
  return { params, tokens: tokensFor(params), loss: best.fun, compute, converged: best.converged };
}
