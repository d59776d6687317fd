/**
 * Bootstrap intervals the paper's way (App. F, following Besiroglu et al.
 * 2024): resample the runs with replacement, refit each resample (warm-started
 * at the full fit: one polish, not the whole grid), and take the 5th and 95th
 * percentiles of each fitted coefficient as its 90% interval. The resampled
 * coefficient sets are kept: decisions weigh them as the plausible laws.
 */
import { InputError } from '../errors.js';
import { interval90 } from '../math.js';
import {
  bestStarts,
  type Fit,
  type FitOptions,
  type FitRuns,
  fitFrom,
  fitProblem,
  lawCoefficients,
  polish,
  setAt,
} from './fit.js';
import { type Unidentified, unidentifiedOf } from './identify.js';
import type { CoefficientName } from './models.js';
import { objectiveFor } from './objective.js';
import { type Random, seededRandom } from './random.js';

export interface BootstrapOptions extends FitOptions {
  /** Resamples; 0 skips the bootstrap. */
  resamples?: number;
  seed?: number;
}

export interface BootstrapFit extends Fit {
  /** 90% interval of each fitted coefficient, by paper name. */
  intervals: Record<string, [number, number]>;
  /** Each resample's fitted coefficients, in the order of `fitted`. */
  samples: number[][];
  resamples: number;
  seed: number;
  /** Fitted coefficients the runs could not pin down (core/fit/identify.ts); [] when every one is pinned. */
  unidentified: CoefficientName[];
  /** Why each was found unidentified. */
  unidentifiedReasons: Unidentified[];
}

export const MAX_RESAMPLES = 10000;

export function fitWithBootstrap(input: FitRuns, base: Fit['set'], options: BootstrapOptions = {}): BootstrapFit {
  const resamples = options.resamples ?? 200;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(resamples) || resamples < 0 || resamples > MAX_RESAMPLES)
    throw new InputError(
      'bootstrap',
      { code: 'not-whole-in-range', min: 0, max: MAX_RESAMPLES },
      { form: 'resample-count' },
    );
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new InputError('seed', { code: 'not-whole-in-range', min: 0, max: 0xffffffff }, { form: 'seed' });
  const problem = fitProblem(input, base, options);
  const full = objectiveFor(problem.model, problem.runs, problem.baseTheta, problem.free, null);
  const candidates = bestStarts(problem, full, options);
  const optimum = candidates[0]!.x;
  const fit = fitFrom(problem, full.theta(optimum));
  const random = seededRandom(seed);
  // A second stream for the extra starts, so the resamples drawn for a seed stay those of earlier versions.
  const jitter = seededRandom(seed ^ 0x5bd1e995);
  const count = problem.runs.count;
  const samples: number[][] = [];
  const thetas: Float64Array[] = [];
  for (let b = 0; b < resamples && problem.free.length > 0; b++) {
    const weights = resampleWeights(count, random);
    const objective = objectiveFor(problem.model, problem.runs, fit.theta, problem.free, weights);
    // More than one start per resample: from the fit alone, a coefficient the runs do not move never moves.
    let refit = polish(problem, objective, optimum);
    for (const start of extraStarts(problem, optimum, candidates, jitter)) {
      const other = polish(problem, objective, start);
      if (other.value < refit.value) refit = other;
    }
    thetas.push(refit.x);
    const coefficients = lawCoefficients(problem.model.law, setAt(problem, objective.theta(refit.x)));
    samples.push(fit.fitted.map((name) => coefficients[name]!));
  }
  const intervals: Record<string, [number, number]> = {};
  if (samples.length > 0) {
    fit.fitted.forEach((name, k) => {
      intervals[name] = interval90(samples.map((sample) => sample[k]!));
    });
  }
  const unidentified = unidentifiedOf({
    model: problem.model,
    free: problem.free,
    optimum,
    resamples: thetas,
    value: (x) => full.value(x),
  });
  return {
    ...fit,
    intervals,
    samples,
    resamples,
    seed,
    unidentified: unidentified.map((u) => u.name as CoefficientName),
    unidentifiedReasons: unidentified,
  };
}

/** One bootstrap resample of `count` runs, drawn with replacement, as run weights (how often each run was drawn). */
export function resampleWeights(count: number, random: Random): Float64Array {
  const weights = new Float64Array(count);
  for (let j = 0; j < count; j++) weights[Math.floor(random() * count)]! += 1;
  return weights;
}

/**
 * The other starts of a resample: the fit's runner-up optimum (another basin) when it differs, and the optimum
 * with every free coefficient moved at random (×/÷ up to ~1.6 for scale coefficients, ±0.2 for the others).
 */
function extraStarts(
  problem: ReturnType<typeof fitProblem>,
  optimum: Float64Array,
  candidates: { x: Float64Array }[],
  random: () => number,
): Float64Array[] {
  const moved = Float64Array.from(optimum, (value, k) => {
    const i = problem.free[k]!;
    const step = (problem.model.logScale[i] ? 0.5 : 0.2) * (2 * random() - 1);
    return Math.min(problem.model.upper[i]!, Math.max(problem.model.lower[i]!, value + step));
  });
  const runnerUp = candidates[1]?.x;
  const differs = runnerUp?.some((value, k) => Math.abs(value - optimum[k]!) > 1e-6);
  return differs ? [moved, runnerUp] : [moved];
}

/** The quantile every interval here uses (numpy's default), kept importable from the fitter. */
export { quantile } from '../math.js';
