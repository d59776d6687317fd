/**
 * Bootstrap intervals the paper's way (App. F, following Besiroglu et al.
 * 2024): resample the runs with replacement, refit each resample (warm-started
 * at the full fit: one polish, not the whole grid), and take the 5th and 95th
 * percentiles of each fitted coefficient as its 90% interval. The resampled
 * coefficient sets are kept: decisions weigh them as the plausible laws.
 */
import { InputError } from '../errors.js';
import { type Fit, type FitOptions, type FitRuns, fitLaw, fitProblem, lawCoefficients, polish, setAt } from './fit.js';
import { objectiveFor } from './objective.js';
import { seededRandom } from './random.js';

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
  const fit = fitLaw(input, base, options);
  const problem = fitProblem(input, base, options);
  const random = seededRandom(seed);
  const count = problem.runs.count;
  const start = problem.free.map((i) => fit.theta[i]!);
  const samples: number[][] = [];
  for (let b = 0; b < resamples && problem.free.length > 0; b++) {
    const weights = new Float64Array(count);
    for (let j = 0; j < count; j++) weights[Math.floor(random() * count)]! += 1;
    const objective = objectiveFor(problem.model, problem.runs, fit.theta, problem.free, weights);
    const refit = polish(problem, objective, start);
    const coefficients = lawCoefficients(problem.model.law, setAt(problem, objective.theta(refit.x)));
    samples.push(fit.fitted.map((name) => coefficients[name]!));
  }
  const intervals: Record<string, [number, number]> = {};
  if (samples.length > 0) {
    fit.fitted.forEach((name, k) => {
      const values = samples.map((sample) => sample[k]!).sort((a, b) => a - b);
      intervals[name] = [quantile(values, 0.05), quantile(values, 0.95)];
    });
  }
  return { ...fit, intervals, samples, resamples, seed };
}

/** Linear-interpolation quantile of sorted values (numpy's default). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}
