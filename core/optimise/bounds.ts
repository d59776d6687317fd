/** Bounds of the paper's optimisation (Busbridge et al. 2025, App. D.4): N_T, D_S, D_T ∈ [1e6, 1e17]. */
export const MIN_COUNT = 1e6;
export const MAX_COUNT = 1e17;
export const LOG_MIN_COUNT = Math.log(MIN_COUNT);
export const LOG_MAX_COUNT = Math.log(MAX_COUNT);

/** Budgets the optimisers are tested over and the flip search scans. */
export const MIN_SEARCH_COMPUTE = 1e17;
export const MAX_SEARCH_COMPUTE = 1e28;

/** The N whose forward FLOPs per token equal `target` (F is increasing), found by bisection in log N. */
export function paramsWithForwardFlops(forwardFlops: (params: number) => number, target: number): number {
  let low = Math.log(1);
  let high = Math.log(1e20);
  for (let i = 0; i < 80; i++) {
    const middle = 0.5 * (low + high);
    if (forwardFlops(Math.exp(middle)) < target) low = middle;
    else high = middle;
  }
  return Math.exp(0.5 * (low + high));
}
