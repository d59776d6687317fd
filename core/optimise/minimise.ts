/**
 * Bounded 1-D minimisation: a coarse grid finds the basin (so no lucky start
 * is needed), then Brent's method (parabolic steps with golden-section
 * fallback) polishes inside the two grid cells around the best point.
 * Root finding by regula falsi (Illinois). Each returns a result after
 * scipy.optimize's OptimizeResult, with a `converged` flag a caller must read:
 * an iteration cap or a non-finite value is not an answer.
 * Pure and allocation-light: it runs inside Apps Script too.
 */

export interface OptimizeResult {
  /** The minimiser (or root). */
  x: number;
  /** f(x). */
  fun: number;
  /** The stopping rule was met (not the iteration cap), and f(x) is finite. */
  converged: boolean;
  /** Iterations of the polishing (or root) loop. */
  iterations: number;
  /** Calls of f. */
  evaluations: number;
}

export interface MinimiseOptions {
  gridPoints?: number;
  /** Absolute tolerance on x. */
  tolerance?: number;
  maxIterations?: number;
}

const GOLDEN = 0.3819660112501051; // (3 - √5) / 2

export function minimiseOnInterval(
  f: (x: number) => number,
  lower: number,
  upper: number,
  options: MinimiseOptions = {},
): OptimizeResult {
  const points = Math.max(3, options.gridPoints ?? 12);
  if (!(upper > lower)) {
    // A degenerate interval has one point: it is the answer if f is finite there.
    const fun = f(lower);
    return { x: lower, fun, converged: Number.isFinite(fun), iterations: 0, evaluations: 1 };
  }
  const step = (upper - lower) / (points - 1);
  let bestIndex = 0;
  let bestValue = Infinity;
  for (let i = 0; i < points; i++) {
    const value = f(lower + i * step);
    if (value < bestValue) {
      bestValue = value;
      bestIndex = i;
    }
  }
  const a = lower + Math.max(0, bestIndex - 1) * step;
  const b = lower + Math.min(points - 1, bestIndex + 1) * step;
  const polished = brent(f, a, b, options.tolerance ?? 1e-9, options.maxIterations ?? 100);
  const gridX = lower + bestIndex * step;
  const polishedBetter = polished.fun <= bestValue;
  const fun = polishedBetter ? polished.fun : bestValue;
  return {
    x: polishedBetter ? polished.x : gridX,
    fun,
    converged: polished.converged && Number.isFinite(fun),
    iterations: polished.iterations,
    evaluations: points + polished.evaluations,
  };
}

/** Brent's method on [a, b] (after scipy's fminbound / Numerical Recipes `brent`). */
export function brent(
  f: (x: number) => number,
  a: number,
  b: number,
  tolerance: number,
  maxIterations: number,
): OptimizeResult {
  let x = a + GOLDEN * (b - a);
  let w = x;
  let v = x;
  let fx = f(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  let evaluations = 1;
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    const middle = 0.5 * (a + b);
    const tol1 = tolerance + 1e-12 * Math.abs(x);
    const tol2 = 2 * tol1;
    if (Math.abs(x - middle) <= tol2 - 0.5 * (b - a)) {
      converged = true;
      break;
    }
    let golden = true;
    if (Math.abs(e) > tol1) {
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      q = Math.abs(q);
      if (Math.abs(p) < Math.abs(0.5 * q * e) && p > q * (a - x) && p < q * (b - x)) {
        e = d;
        d = p / q;
        const u = x + d;
        if (u - a < tol2 || b - u < tol2) d = middle >= x ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = (x >= middle ? a : b) - x;
      d = GOLDEN * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = f(u);
    evaluations++;
    if (fu <= fx) {
      if (u >= x) a = x;
      else b = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, fun: fx, converged: converged && Number.isFinite(fx), iterations, evaluations };
}

/**
 * Root of f on [lower, upper], where f changes sign: regula falsi with the
 * Illinois modification (superlinear on smooth functions, never leaves the
 * bracket), stopping when the bracket is narrower than `tolerance` or |f| < 1e-12.
 * No sign change (no bracket), a non-finite f or 100 iterations: not converged,
 * and x is the bracket end where |f| is smaller.
 */
export function findRoot(
  f: (x: number) => number,
  lower: number,
  upper: number,
  tolerance = 1e-10,
  maxIterations = 100,
): OptimizeResult {
  let fLower = f(lower);
  let fUpper = f(upper);
  let evaluations = 2;
  const result = (x: number, fun: number, converged: boolean, iterations: number): OptimizeResult => ({
    x,
    fun,
    converged: converged && Number.isFinite(fun),
    iterations,
    evaluations,
  });
  if (fLower === 0) return result(lower, fLower, true, 0);
  if (fUpper === 0) return result(upper, fUpper, true, 0);
  const bracketed = Number.isFinite(fLower) && Number.isFinite(fUpper) && fLower < 0 !== fUpper < 0;
  // f at the bracket ends as computed; fLower/fUpper are scaled by the Illinois halving.
  let lowerValue = fLower;
  let upperValue = fUpper;
  let side = 0;
  let iterations = 0;
  for (; bracketed && iterations < maxIterations && upper - lower > tolerance; iterations++) {
    const secant = (lower * fUpper - upper * fLower) / (fUpper - fLower);
    const x = Number.isFinite(secant) && secant > lower && secant < upper ? secant : 0.5 * (lower + upper);
    const fx = f(x);
    evaluations++;
    if (!Number.isFinite(fx)) return result(x, fx, false, iterations + 1);
    if (fx === 0 || Math.abs(fx) < 1e-12) return result(x, fx, true, iterations + 1);
    if (fx < 0 === fLower < 0) {
      lower = x;
      fLower = fx;
      lowerValue = fx;
      if (side === -1) fUpper /= 2;
      side = -1;
    } else {
      upper = x;
      fUpper = fx;
      upperValue = fx;
      if (side === 1) fLower /= 2;
      side = 1;
    }
  }
  const lowerNearer = Math.abs(lowerValue) < Math.abs(upperValue);
  const converged = bracketed && upper - lower <= tolerance;
  return result(lowerNearer ? lower : upper, lowerNearer ? lowerValue : upperValue, converged, iterations);
}
