/**
 * A small box-bounded limited-memory quasi-Newton minimiser (projected
 * L-BFGS, in the spirit of L-BFGS-B): variables held at a bound by their
 * gradient are frozen for the step, the two-loop recursion gives the
 * direction on the rest, and a backtracking Armijo search runs along the
 * projected path. No npm package does bounded fits in pure JS that also
 * bundles for Apps Script, so this is the one the fitter uses.
 */

/** Writes ∇f(x) into `gradient` and returns f(x). */
export type ValueAndGradient = (x: Float64Array, gradient: Float64Array) => number;

export interface BoundedOptions {
  maxIterations?: number;
  /** Pairs of (step, gradient change) kept. */
  memory?: number;
  /** Stop when the largest projected-gradient component is below this. */
  gradientTolerance?: number;
  /** Stop when an accepted step lowers f by less than this fraction (three times running). */
  relativeTolerance?: number;
}

export interface BoundedMinimum {
  x: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
}

export function minimiseBounded(
  fg: ValueAndGradient,
  start: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  options: BoundedOptions = {},
): BoundedMinimum {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 200;
  const memory = options.memory ?? 8;
  const gradientTolerance = options.gradientTolerance ?? 1e-10;
  const relativeTolerance = options.relativeTolerance ?? 1e-12;
  const clip = (x: Float64Array): Float64Array => {
    for (let i = 0; i < n; i++) x[i] = Math.min(upper[i]!, Math.max(lower[i]!, x[i]!));
    return x;
  };
  let x: Float64Array = clip(Float64Array.from(start));
  let gradient: Float64Array = new Float64Array(n);
  let value = fg(x, gradient);
  let evaluations = 1;
  const history = new History(memory);
  const free = new Uint8Array(n);
  let stalls = 0;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    if (markFree(x, gradient, lower, upper, free) < gradientTolerance) break;
    const direction = history.direction(gradient, free);
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      history.clear();
      for (let i = 0; i < n; i++) direction[i] = free[i] ? -gradient[i]! : 0;
      slope = dot(direction, gradient);
    }
    const step = lineSearch(fg, x, value, gradient, direction, lower, upper, history.size === 0);
    evaluations += step.evaluations;
    if (!step.accepted) break;
    history.push(x, step.x, gradient, step.gradient);
    const decrease = value - step.value;
    x = step.x;
    gradient = step.gradient;
    value = step.value;
    stalls = decrease <= relativeTolerance * Math.max(Math.abs(value), 1e-300) ? stalls + 1 : 0;
    if (stalls >= 3) break;
  }
  return { x, value, iterations, evaluations };
}

/** Marks the variables not pinned at a bound by their gradient; returns the largest free gradient component. */
function markFree(
  x: Float64Array,
  gradient: Float64Array,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  free: Uint8Array,
): number {
  let largest = 0;
  for (let i = 0; i < x.length; i++) {
    const g = gradient[i]!;
    const pinned = (x[i]! <= lower[i]! && g > 0) || (x[i]! >= upper[i]! && g < 0);
    free[i] = pinned ? 0 : 1;
    if (!pinned) largest = Math.max(largest, Math.abs(g));
  }
  return largest;
}

interface Step {
  accepted: boolean;
  x: Float64Array;
  gradient: Float64Array;
  value: number;
  evaluations: number;
}

/** Backtracking along the projected path x(t) = clip(x + t·d) until Armijo's condition holds. */
function lineSearch(
  fg: ValueAndGradient,
  x: Float64Array,
  value: number,
  gradient: Float64Array,
  direction: Float64Array,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  firstStep: boolean,
): Step {
  const n = x.length;
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(direction[i]!));
  // Without curvature memory the direction is a raw gradient: cap the first move at 0.1 in any coordinate.
  let t = firstStep && largest > 0 ? Math.min(1, 0.1 / largest) : 1;
  const trial = new Float64Array(n);
  const trialGradient = new Float64Array(n);
  for (let evaluations = 1; evaluations <= 40; evaluations++) {
    let change = 0;
    let moved = false;
    for (let i = 0; i < n; i++) {
      trial[i] = Math.min(upper[i]!, Math.max(lower[i]!, x[i]! + t * direction[i]!));
      change += gradient[i]! * (trial[i]! - x[i]!);
      if (trial[i] !== x[i]) moved = true;
    }
    if (!moved) break;
    const trialValue = fg(trial, trialGradient);
    if (Number.isFinite(trialValue) && trialValue <= value + 1e-4 * change) {
      return { accepted: true, x: trial, gradient: trialGradient, value: trialValue, evaluations };
    }
    t *= 0.5;
  }
  return { accepted: false, x, gradient, value, evaluations: 40 };
}

/** The limited memory of (s, y) pairs and the two-loop recursion. */
class History {
  private readonly steps: Float64Array[] = [];
  private readonly changes: Float64Array[] = [];
  private readonly inverseCurvatures: number[] = [];

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.steps.length;
  }

  clear(): void {
    this.steps.length = 0;
    this.changes.length = 0;
    this.inverseCurvatures.length = 0;
  }

  push(x: Float64Array, next: Float64Array, gradient: Float64Array, nextGradient: Float64Array): void {
    const s = next.map((value, i) => value - x[i]!);
    const y = nextGradient.map((value, i) => value - gradient[i]!);
    const curvature = dot(s, y);
    // Only pairs with positive curvature keep the implied Hessian positive definite.
    if (!(curvature > 1e-12 * dot(y, y))) return;
    if (this.steps.length === this.capacity) {
      this.steps.shift();
      this.changes.shift();
      this.inverseCurvatures.shift();
    }
    this.steps.push(s);
    this.changes.push(y);
    this.inverseCurvatures.push(1 / curvature);
  }

  /** −H·g restricted to the free variables. */
  direction(gradient: Float64Array, free: Uint8Array): Float64Array {
    const q = gradient.map((g, i) => (free[i] ? g : 0));
    const k = this.steps.length;
    const alphas = new Float64Array(k);
    for (let j = k - 1; j >= 0; j--) {
      alphas[j] = this.inverseCurvatures[j]! * dotFree(this.steps[j]!, q, free);
      axpyFree(-alphas[j]!, this.changes[j]!, q, free);
    }
    if (k > 0) {
      const y = this.changes[k - 1]!;
      const scale = 1 / (this.inverseCurvatures[k - 1]! * dot(y, y));
      for (let i = 0; i < q.length; i++) q[i] *= scale;
    }
    for (let j = 0; j < k; j++) {
      const beta = this.inverseCurvatures[j]! * dotFree(this.changes[j]!, q, free);
      axpyFree(alphas[j]! - beta, this.steps[j]!, q, free);
    }
    return q.map((value, i) => (free[i] ? -value : 0));
  }
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function dotFree(a: Float64Array, b: Float64Array, free: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (free[i]) sum += a[i]! * b[i]!;
  return sum;
}

function axpyFree(scale: number, a: Float64Array, target: Float64Array, free: Uint8Array): void {
  for (let i = 0; i < a.length; i++) if (free[i]) target[i] += scale * a[i]!;
}
