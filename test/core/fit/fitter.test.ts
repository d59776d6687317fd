/**
 * The fitter against known truth: analytic gradients against finite differences, the bounded minimiser on
 * a problem with a known constrained optimum, recovery of the default set's laws from synthetic runs with
 * 0.3% noise (judged where it matters: predictions at 10× the largest run), and the paper's own Figure-1
 * measurements (PAPER.md §2.1: refitting only B′ gives B′ ≈ 2.0e6 at MAPE ≈ 0.30–0.33%).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type DistillationRun,
  fitLaw,
  fitWithBootstrap,
  HUBER_DELTA,
  huber,
  minimiseBounded,
} from '../../../core/fit/index.js';
import { DISTILLATION_MODEL, type FitModel, type LogRuns, SUPERVISED_MODEL } from '../../../core/fit/models.js';
import { prepareLaws } from '../../../core/index.js';
import { distillationRuns, supervisedRuns, TRUE_LAWS, TRUTH } from './synthetic.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function figure1Runs(): DistillationRun[] {
  const [, ...lines] = readFileSync(path.join(repoRoot, 'data', 'fig1', 'fig1_measured.csv'), 'utf8')
    .trim()
    .split('\n');
  return lines.map((line) => {
    const [studentParams, studentTokens, teacherLoss, studentLoss] = line.split(',').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    return { studentParams, studentTokens, teacherLoss, studentLoss };
  });
}

function gradientCheck(model: FitModel, runs: LogRuns, theta: number[]): void {
  const analytic = new Float64Array(theta.length);
  for (let i = 0; i < runs.count; i++) {
    model.logPrediction(Float64Array.from(theta), runs, i, analytic);
    theta.forEach((value, k) => {
      const h = 1e-6 * Math.max(1, Math.abs(value));
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[k] = value + h;
      down[k] = value - h;
      const numeric = (model.logPrediction(up, runs, i, null) - model.logPrediction(down, runs, i, null)) / (2 * h);
      expect(analytic[k]!, `${model.names[k]} run ${i}`).toBeCloseTo(numeric, 6);
    });
  }
}

describe('fitting models', () => {
  it('supervised: exact gradients of log L̂ (finite differences agree to 1e-6)', () => {
    const runs: LogRuns = {
      count: 3,
      logParams: Float64Array.from([1e8, 1e9, 5e9], Math.log),
      logTokens: Float64Array.from([2e9, 3e10, 1e11], Math.log),
      logLoss: Float64Array.from([3, 2.4, 2.1], Math.log),
    };
    gradientCheck(SUPERVISED_MODEL, runs, [Math.log(1.2), Math.log(3355), Math.log(18186), 0.408, 0.431, 0.452]);
  });

  it('distillation: exact gradients on both sides of the capacity-gap break', () => {
    const runs: LogRuns = {
      count: 3,
      logParams: Float64Array.from([1e8, 1e9, 5e9], Math.log),
      logTokens: Float64Array.from([2e9, 3e10, 1e11], Math.log),
      logLoss: Float64Array.from([3, 2.4, 2.1], Math.log),
      logTeacherLoss: Float64Array.from([1.9, 2.6, 2.0], Math.log),
      logSupervisedLoss: Float64Array.from([3.0, 2.35, 2.05], Math.log),
    };
    gradientCheck(DISTILLATION_MODEL, runs, [
      Math.log(2243),
      Math.log(2.02e6),
      0.321,
      0.637,
      0.764,
      2.549,
      5.226,
      0.09,
      Math.log(1.315),
    ]);
  });

  it('Huber: quadratic inside δ, linear outside, continuous at δ', () => {
    expect(huber(HUBER_DELTA / 2)).toBeCloseTo(0.5 * (HUBER_DELTA / 2) ** 2, 20);
    expect(huber(-1)).toBeCloseTo(HUBER_DELTA * (1 - HUBER_DELTA / 2), 15);
    expect(huber(HUBER_DELTA)).toBeCloseTo(0.5 * HUBER_DELTA ** 2, 20);
  });
});

describe('bounded minimiser', () => {
  it('finds the constrained minimum of a Rosenbrock valley cut by a bound', () => {
    // Unconstrained minimum (1, 1) lies outside x ≤ 0.5; on the bound the minimum is at (0.5, 0.25).
    const result = minimiseBounded(
      (x, g) => {
        const [a, b] = [x[0]!, x[1]!];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      [-1.2, 1],
      [-2, -2],
      [0.5, 2],
    );
    expect(result.x[0]).toBeCloseTo(0.5, 6);
    expect(result.x[1]).toBeCloseTo(0.25, 5);
  });

  it('finds the unconstrained Rosenbrock minimum when the bounds do not bind', () => {
    const result = minimiseBounded(
      (x, g) => {
        const [a, b] = [x[0]!, x[1]!];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      [-1.2, 1],
      [-5, -5],
      [5, 5],
    );
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });
});

describe('recovery of known laws from runs with 0.3% noise', () => {
  /** The largest run (by parameters) scaled 10× in parameters and tokens. */
  const tenfold = (runs: readonly { params: number; tokens: number }[]): [number, number] => {
    const largest = runs.reduce((a, b) => (b.params > a.params ? b : a));
    return [10 * largest.params, 10 * largest.tokens];
  };

  it('supervised, all six coefficients free: predictions at 10× the largest run within 1%', () => {
    const runs = supervisedRuns(80, 11);
    const fit = fitLaw({ law: 'supervised', runs }, TRUTH);
    const laws = prepareLaws({ ...TRUTH, ...fit.set });
    const [params, tokens] = tenfold(runs);
    expect(Math.abs(laws.supervised(params, tokens) / TRUE_LAWS.supervised(params, tokens) - 1)).toBeLessThan(0.01);
    expect(fit.mape).toBeLessThan(0.003); // the noise's own mean |error| is 0.24%
  });

  it('supervised from a far base (every coefficient off): the grid finds the basin', () => {
    const runs = supervisedRuns(80, 12);
    const far = { supervised: { E: 3, A: 10, B: 10, alpha: 1, beta: 1, gamma: 1 }, distillation: TRUTH.distillation };
    const fit = fitLaw({ law: 'supervised', runs }, far);
    const laws = prepareLaws({ ...TRUTH, ...fit.set });
    const [params, tokens] = tenfold(runs);
    expect(Math.abs(laws.supervised(params, tokens) / TRUE_LAWS.supervised(params, tokens) - 1)).toBeLessThan(0.01);
    // The fit beats the truth on its own data (it is the minimum, not just near it).
    const atTruth = fitLaw({ law: 'supervised', runs }, TRUTH, { fixed: ['E', 'A', 'B', 'alpha', 'beta', 'gamma'] });
    expect(fit.objective).toBeLessThanOrEqual(atTruth.objective);
  });

  it('distillation, all nine coefficients free: predictions at 10× the largest student and tokens within 1%', () => {
    const runs = distillationRuns(80, 21);
    const fit = fitLaw({ law: 'distillation', runs }, TRUTH);
    const laws = prepareLaws({ ...TRUTH, ...fit.set });
    const params = 10 * Math.max(...runs.map((r) => r.studentParams));
    const tokens = 10 * Math.max(...runs.map((r) => r.studentTokens));
    for (const teacherLoss of [1.7, 1.9, 2.2]) {
      const truth = TRUE_LAWS.student(params, tokens, teacherLoss);
      expect(Math.abs(laws.student(params, tokens, teacherLoss) / truth - 1), `L_T ${teacherLoss}`).toBeLessThan(0.01);
    }
  });
});

describe('Figure-1 measurements (Busbridge et al. 2025)', () => {
  it('refit with everything but B′ fixed: B′ ≈ 2.0e6 and MAPE ≤ 0.35% (PAPER.md §2.1)', () => {
    const runs = figure1Runs();
    expect(runs).toHaveLength(354);
    const fixed = ["A'", "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1'] as const;
    const fit = fitWithBootstrap({ law: 'distillation', runs }, TRUTH, { fixed: [...fixed], resamples: 20, seed: 3 });
    console.log(`Figure-1 refit of B': ${fit.coefficients["B'"]} (MAPE ${(100 * fit.mape).toFixed(3)}%)`);
    expect(fit.fitted).toEqual(["B'"]);
    expect(fit.coefficients["B'"]! / 2.0e6).toBeGreaterThan(0.97);
    expect(fit.coefficients["B'"]! / 2.0e6).toBeLessThan(1.03);
    expect(fit.mape).toBeLessThanOrEqual(0.0035);
    // Table 6 as printed (B′ = 24181) is far outside the interval.
    const [low, high] = fit.intervals["B'"]!;
    expect(low).toBeLessThan(fit.coefficients["B'"]!);
    expect(high).toBeGreaterThan(fit.coefficients["B'"]!);
    expect(low).toBeGreaterThan(1e6);
    // Fixed coefficients are the base's bit for bit.
    expect(fit.set.distillation.c1).toBe(522.6);
    expect(fit.set.supervised).toBe(TRUTH.supervised);
  });
});
