/**
 * Fitting the laws to a team's own runs, the paper's way (Busbridge et al.
 * 2025, App. F; PAPER.md §2.2): Huber(δ = 1e-4) on log residuals, minimised
 * by a box-bounded quasi-Newton method from the paper's grid of starts. The
 * whole grid is ranked cheaply (objective only, on a spread subsample of the
 * runs when the grid is large); the best few starts, and the base set's own
 * values, are polished on every run. Any coefficients can be held at the
 * base set's values. The supervised part of a distillation fit is the base
 * set's (it gives L̃_S).
 */
import type { CoefficientSet, DistillationCoefficients, SupervisedCoefficients } from '../coefficients.js';
import { InputError } from '../errors.js';
import { prepareLaws } from '../laws.js';
import { minimiseBounded } from './lbfgsb.js';
import {
  type CoefficientName,
  type DistillationName,
  distillationFromTheta,
  distillationTheta,
  type FitModel,
  type Law,
  type LogRuns,
  modelFor,
  type SupervisedName,
  supervisedFromTheta,
  supervisedTheta,
} from './models.js';
import { namesOf } from './names.js';
import { type Objective, objectiveFor } from './objective.js';
import { checkRuns, type DistillationRun, type SupervisedRun } from './runs.js';

export type FitRuns =
  | { law: 'supervised'; runs: readonly SupervisedRun[] }
  | { law: 'distillation'; runs: readonly DistillationRun[] };

export interface FitOptions {
  /** Coefficients held at the base set's values. */
  fixed?: readonly CoefficientName[];
  /** Grid starts polished on all runs (besides the base set's values). */
  starts?: number;
}

/** One fitted law: the full coefficient set it implies and how well it fits. */
export interface Fit {
  law: Law;
  /** The base set with the fitted coefficients replaced. */
  set: Pick<CoefficientSet, 'supervised' | 'distillation'>;
  /** The law's coefficients by their paper names. */
  coefficients: Record<string, number>;
  fitted: CoefficientName[];
  fixed: CoefficientName[];
  /** The paper's objective Σ Huber(log L̂ − log L) at the optimum. */
  objective: number;
  /** Mean and largest |L̂ − L| / L over the runs (L̂ from core/laws.ts). */
  mape: number;
  maxError: number;
  predictions: number[];
  /** The optimum in fitting space (warm start for the bootstrap). */
  theta: number[];
}

/** Everything a fit needs, prepared once and shared with the bootstrap. */
export interface FitProblem {
  model: FitModel;
  runs: LogRuns;
  base: Pick<CoefficientSet, 'supervised' | 'distillation'>;
  baseTheta: number[];
  free: number[];
  observed: number[];
  input: FitRuns;
}

export function fitProblem(input: FitRuns, base: FitProblem['base'], options: FitOptions = {}): FitProblem {
  const model = modelFor(input.law);
  const names = namesOf(input.law);
  const fixed = options.fixed ?? [];
  for (const name of fixed) {
    if (!names.includes(name))
      throw new InputError(
        'fix',
        { code: 'coefficient-not-of-law', name, law: input.law },
        { form: 'coefficient-names', law: input.law, names },
      );
  }
  const free = names.flatMap((name, i) => (fixed.includes(name) ? [] : [i]));
  if (input.law === 'supervised') checkRuns('supervised', input.runs, free.length);
  else checkRuns('distillation', input.runs, free.length);
  return {
    model,
    runs: logRuns(input, base.supervised),
    base,
    baseTheta: input.law === 'supervised' ? supervisedTheta(base.supervised) : distillationTheta(base.distillation),
    free,
    observed: input.law === 'supervised' ? input.runs.map((r) => r.loss) : input.runs.map((r) => r.studentLoss),
    input,
  };
}

function logRuns(input: FitRuns, supervised: SupervisedCoefficients): LogRuns {
  const column = (values: number[]) => Float64Array.from(values, Math.log);
  if (input.law === 'supervised') {
    const runs = input.runs;
    return {
      count: runs.length,
      logParams: column(runs.map((r) => r.params)),
      logTokens: column(runs.map((r) => r.tokens)),
      logLoss: column(runs.map((r) => r.loss)),
    };
  }
  const runs = input.runs;
  const laws = prepareLaws({ id: 'base', citation: '', note: '', supervised, distillation: PLACEHOLDER });
  return {
    count: runs.length,
    logParams: column(runs.map((r) => r.studentParams)),
    logTokens: column(runs.map((r) => r.studentTokens)),
    logLoss: column(runs.map((r) => r.studentLoss)),
    logTeacherLoss: column(runs.map((r) => r.teacherLoss)),
    logSupervisedLoss: column(runs.map((r) => laws.supervised(r.studentParams, r.studentTokens))),
  };
}

/** Only the supervised half of prepared laws is used for L̃_S. */
const PLACEHOLDER: DistillationCoefficients = { A: 1, B: 1, alpha: 1, beta: 1, gamma: 1, c0: 0, c1: 0, f1: 1, d1: 1 };

/** Fits the law: rank the grid, polish the best starts briefly, then the best few to convergence. */
export function fitLaw(input: FitRuns, base: FitProblem['base'], options: FitOptions = {}): Fit {
  const problem = fitProblem(input, base, options);
  const objective = objectiveFor(problem.model, problem.runs, problem.baseTheta, problem.free, null);
  return fitFrom(problem, objective.theta(bestStarts(problem, objective, options)[0]!.x));
}

/**
 * The fit's candidate optima, best first: the best few of the briefly polished starts, each polished to
 * convergence. The base set's values are a start only when some coefficients are held at them; with every
 * coefficient free the answer depends on the runs and the grid alone, not on --base.
 */
export function bestStarts(
  problem: FitProblem,
  objective: Objective,
  options: FitOptions = {},
): { x: Float64Array; value: number }[] {
  const allFree = problem.free.length === problem.model.names.length;
  const starts = [
    ...(allFree ? [] : [problem.free.map((i) => bound(problem.model, i, problem.baseTheta[i]!))]),
    ...rankGrid(problem, objective, options.starts ?? 30),
  ];
  if (starts.length === 0) starts.push(problem.free.map((i) => bound(problem.model, i, problem.baseTheta[i]!)));
  // Nearly-L1 objectives (δ = 1e-4) have many shallow basins: a short polish of many starts sorts them.
  const brief = starts.map((start) => polish(problem, objective, start, 40)).sort((a, b) => a.value - b.value);
  return brief
    .slice(0, 3)
    .map((candidate) => polish(problem, objective, candidate.x))
    .sort((a, b) => a.value - b.value);
}

/**
 * Minimises from one start; restarts the quasi-Newton memory while that still helps (at the Huber kink
 * the stored curvature goes stale and a fresh start moves on).
 */
export function polish(
  problem: FitProblem,
  objective: Objective,
  start: ArrayLike<number>,
  maxIterations = 400,
): { x: Float64Array; value: number } {
  if (problem.free.length === 0) return { x: new Float64Array(0), value: objective.value([]) };
  const lower = problem.free.map((i) => problem.model.lower[i]!);
  const upper = problem.free.map((i) => problem.model.upper[i]!);
  let result = minimiseBounded(objective.valueAndGradient, start, lower, upper, { maxIterations });
  for (let restart = 0; restart < 4 && maxIterations >= 400; restart++) {
    const next = minimiseBounded(objective.valueAndGradient, result.x, lower, upper, { maxIterations });
    const gain = result.value - next.value;
    if (next.value < result.value) result = next;
    if (!(gain > 1e-9 * result.value)) break;
  }
  return { x: result.x, value: result.value };
}

/** Budget of law evaluations for ranking the grid: above it, the ranking uses a spread subsample of the runs. */
const RANKING_EVALUATIONS = 4e6;

/** The `count` grid points with the lowest objective, over the free coefficients only. */
function rankGrid(problem: FitProblem, objective: Objective, count: number): number[][] {
  const axes = problem.free.map((i) => problem.model.grid[i]!.map((v) => bound(problem.model, i, v)));
  const size = axes.reduce((product, axis) => product * axis.length, 1);
  if (size === 0 || axes.length === 0) return [];
  const sampleSize = Math.min(problem.runs.count, Math.max(24, Math.floor(RANKING_EVALUATIONS / size)));
  const sample = spread(problem.runs.count, sampleSize);
  const best: { x: number[]; value: number }[] = [];
  const point = axes.map((axis) => axis[0]!);
  const digits = new Array<number>(axes.length).fill(0);
  for (let n = 0; n < size; n++) {
    const value = objective.value(point, sample);
    if (Number.isFinite(value) && (best.length < count || value < best[best.length - 1]!.value)) {
      best.push({ x: [...point], value });
      best.sort((a, b) => a.value - b.value);
      if (best.length > count) best.pop();
    }
    // Odometer step through the grid.
    for (let k = 0; k < axes.length; k++) {
      digits[k]!++;
      if (digits[k]! < axes[k]!.length) {
        point[k] = axes[k]![digits[k]!]!;
        break;
      }
      digits[k] = 0;
      point[k] = axes[k]![0]!;
    }
  }
  return best.map((entry) => entry.x);
}

function bound(model: FitModel, i: number, value: number): number {
  return Math.min(model.upper[i]!, Math.max(model.lower[i]!, value));
}

/** `size` indices spread evenly over 0..count−1. */
function spread(count: number, size: number): Int32Array {
  return Int32Array.from({ length: size }, (_, k) => Math.floor((k * count) / size));
}

/** The fit at θ: coefficients (fixed ones exactly the base's), quality from core/laws.ts. */
export function fitFrom(problem: FitProblem, theta: ArrayLike<number>): Fit {
  const law = problem.model.law;
  const names = problem.model.names;
  const fitted = problem.free.map((i) => names[i]!);
  const fixed = names.filter((name) => !fitted.includes(name));
  const set = setAt(problem, theta);
  const laws = prepareLaws({ id: 'fit', citation: '', note: '', ...set });
  const input = problem.input;
  const predictions =
    input.law === 'supervised'
      ? input.runs.map((r) => laws.supervised(r.params, r.tokens))
      : input.runs.map((r) => laws.student(r.studentParams, r.studentTokens, r.teacherLoss));
  let sum = 0;
  let maxError = 0;
  predictions.forEach((predicted, i) => {
    const error = Math.abs(predicted - problem.observed[i]!) / problem.observed[i]!;
    sum += error;
    maxError = Math.max(maxError, error);
  });
  const objective = objectiveFor(problem.model, problem.runs, Array.from(theta), [], null).paperValue([]);
  return {
    law,
    set,
    coefficients: lawCoefficients(law, set),
    fitted,
    fixed,
    objective,
    mape: sum / predictions.length,
    maxError,
    predictions,
    theta: Array.from(theta),
  };
}

/** The base set with the free coefficients taken from θ (fixed ones stay bit-for-bit the base's). */
export function setAt(problem: FitProblem, theta: ArrayLike<number>): Fit['set'] {
  const law = problem.model.law;
  const names = problem.model.names;
  if (law === 'supervised') {
    const fitted = supervisedFromTheta(theta);
    const supervised = { ...problem.base.supervised };
    for (const i of problem.free) supervised[names[i] as SupervisedName] = fitted[names[i] as SupervisedName];
    return { supervised, distillation: problem.base.distillation };
  }
  const fitted = distillationFromTheta(theta);
  const distillation = { ...problem.base.distillation };
  for (const i of problem.free) {
    const key = distillationKey(names[i] as DistillationName);
    distillation[key] = fitted[key];
  }
  return { supervised: problem.base.supervised, distillation };
}

/** A' → A in the DistillationCoefficients record (the record drops the primes). */
export function distillationKey(name: DistillationName): keyof DistillationCoefficients {
  return name.replace("'", '') as keyof DistillationCoefficients;
}

/** The law's coefficients keyed by their paper names (A', B', … for distillation). */
export function lawCoefficients(law: Law, set: Fit['set']): Record<string, number> {
  if (law === 'supervised') return { ...set.supervised };
  return Object.fromEntries(
    namesOf('distillation').map((name) => [name, set.distillation[distillationKey(name as DistillationName)]]),
  );
}
