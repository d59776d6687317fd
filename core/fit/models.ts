/**
 * The two laws as fitting models (Busbridge et al. 2025, App. F): each
 * coefficient in the space the paper's grid uses (logarithms of the scale
 * coefficients), the grid of starts (PAPER.md §2.2), box bounds, and the log
 * prediction with its exact gradient per run. The formulas mirror
 * core/laws.ts (Eq. 1 and the log-space Eq. 49); the fit's reported
 * predictions come from core/laws.ts itself.
 */
import type { DistillationCoefficients, SupervisedCoefficients } from '../law-types.js';
import { logSumExp, softplus } from '../math.js';

export const SUPERVISED_NAMES = ['E', 'A', 'B', 'alpha', 'beta', 'gamma'] as const;
export const DISTILLATION_NAMES = ["A'", "B'", "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1'] as const;

export type SupervisedName = (typeof SUPERVISED_NAMES)[number];
export type DistillationName = (typeof DISTILLATION_NAMES)[number];
export type CoefficientName = SupervisedName | DistillationName;
export type Law = 'supervised' | 'distillation';

/** Runs as columns of natural logarithms (what every evaluation needs). */
export interface LogRuns {
  count: number;
  /** log N (supervised) or log N_S. */
  logParams: Float64Array;
  /** log D or log D_S. */
  logTokens: Float64Array;
  /** log of the observed loss (L or L_S). */
  logLoss: Float64Array;
  /** Distillation only: log L_T and log L̃_S (the base set's supervised law at the student's N_S, D_S). */
  logTeacherLoss?: Float64Array;
  logSupervisedLoss?: Float64Array;
}

export interface FitModel {
  law: Law;
  names: readonly CoefficientName[];
  /** Grid of starts per coefficient, in fitting space (PAPER.md §2.2). */
  grid: readonly (readonly number[])[];
  lower: readonly number[];
  upper: readonly number[];
  /** Which coefficients are fitted as logarithms (the scale coefficients). */
  logScale: readonly boolean[];
  /**
   * log L̂ for run i at θ; when `gradient` is given, also ∂ log L̂/∂θ into it.
   * Assumes θ inside the bounds.
   */
  logPrediction(theta: Float64Array, runs: LogRuns, i: number, gradient: Float64Array | null): number;
}

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** θ = (log E, log A, log B, alpha, beta, gamma). */
export const SUPERVISED_MODEL: FitModel = {
  law: 'supervised',
  names: SUPERVISED_NAMES,
  grid: [
    range(-1, 1.5, 0.5),
    range(0, 20, 5),
    range(0, 20, 5),
    range(0, 1.5, 0.5),
    range(0, 1.5, 0.5),
    range(0, 1.5, 0.5),
  ],
  logScale: [true, true, true, false, false, false],
  lower: [-5, -10, -10, 0, 0, 0],
  upper: [3, 50, 50, 3, 3, 3],
  logPrediction(theta, runs, i, gradient) {
    const a = theta[1]! - theta[3]! * runs.logParams[i]!;
    const b = theta[2]! - theta[4]! * runs.logTokens[i]!;
    const sum = logSumExp(a, b);
    const power = Math.exp(theta[5]! * sum);
    const irreducible = Math.exp(theta[0]!);
    const prediction = irreducible + power;
    if (gradient) {
      const weightA = Math.exp(a - sum);
      const weightB = Math.exp(b - sum);
      const slope = (theta[5]! * power) / prediction;
      gradient[0] = irreducible / prediction;
      gradient[1] = slope * weightA;
      gradient[2] = slope * weightB;
      gradient[3] = -slope * weightA * runs.logParams[i]!;
      gradient[4] = -slope * weightB * runs.logTokens[i]!;
      gradient[5] = (power * sum) / prediction;
    }
    return Math.log(prediction);
  },
};

/**
 * θ = (log A′, log B′, alpha′, beta′, gamma′, c0, log c1, log f1, log d1): every scale coefficient in log space,
 * so a step means the same relative change at 0.5 as at 500 (c1 = 522.6 in Table 6, f1 = 0.09).
 */
export const DISTILLATION_MODEL: FitModel = {
  law: 'distillation',
  names: DISTILLATION_NAMES,
  grid: [
    range(0, 20, 5),
    range(0, 20, 5),
    range(0, 1, 0.5),
    range(0, 1, 0.5),
    range(0, 1, 0.5),
    range(0, 1.5, 0.5),
    // The paper's c1 and f1 grids {0, 0.5, 1, 1.5} in log space (0 → the lower bound), c1 also near Table 6's 522.6.
    [Math.log(0.5), 0, Math.log(1.5), Math.log(500)],
    [Math.log(0.05), Math.log(0.5), 0, Math.log(1.5)],
    range(-1, 1, 0.5),
  ],
  logScale: [true, true, false, false, false, false, true, true, true],
  lower: [-10, -10, 0, 0, 0, -10, Math.log(1e-3), Math.log(1e-3), -3],
  upper: [50, 50, 3, 3, 3, 20, Math.log(1e4), Math.log(5), 3],
  logPrediction(theta, runs, i, gradient) {
    const logTeacher = runs.logTeacherLoss![i]!;
    const a = theta[0]! - theta[2]! * runs.logParams[i]!;
    const b = theta[1]! - theta[3]! * runs.logTokens[i]!;
    const sum = logSumExp(a, b);
    const [c0, c1, f1] = [theta[5]!, Math.exp(theta[6]!), Math.exp(theta[7]!)];
    const gap = (logTeacher - runs.logSupervisedLoss![i]! - theta[8]!) / f1;
    const brk = softplus(gap);
    const v = -c0 * logTeacher - c1 * f1 * brk + theta[4]! * sum;
    const logPrediction = logSumExp(logTeacher, v);
    if (gradient) {
      const weightV = Math.exp(v - logPrediction);
      const weightA = Math.exp(a - sum);
      const weightB = Math.exp(b - sum);
      const sigmoidGap = gap > 0 ? 1 / (1 + Math.exp(-gap)) : Math.exp(gap) / (1 + Math.exp(gap));
      const powerSlope = weightV * theta[4]!;
      gradient[0] = powerSlope * weightA;
      gradient[1] = powerSlope * weightB;
      gradient[2] = -powerSlope * weightA * runs.logParams[i]!;
      gradient[3] = -powerSlope * weightB * runs.logTokens[i]!;
      gradient[4] = weightV * sum;
      gradient[5] = -weightV * logTeacher;
      // ∂/∂log c = c·∂/∂c.
      gradient[6] = -weightV * f1 * brk * c1;
      gradient[7] = weightV * c1 * (sigmoidGap * gap - brk) * f1;
      gradient[8] = weightV * c1 * sigmoidGap;
    }
    return logPrediction;
  },
};

export function modelFor(law: Law): FitModel {
  return law === 'supervised' ? SUPERVISED_MODEL : DISTILLATION_MODEL;
}

/** Coefficients → fitting space. */
export function supervisedTheta(c: SupervisedCoefficients): number[] {
  return [Math.log(c.E), Math.log(c.A), Math.log(c.B), c.alpha, c.beta, c.gamma];
}

export function supervisedFromTheta(theta: ArrayLike<number>): SupervisedCoefficients {
  return {
    E: Math.exp(theta[0]!),
    A: Math.exp(theta[1]!),
    B: Math.exp(theta[2]!),
    alpha: theta[3]!,
    beta: theta[4]!,
    gamma: theta[5]!,
  };
}

export function distillationTheta(c: DistillationCoefficients): number[] {
  return [Math.log(c.A), Math.log(c.B), c.alpha, c.beta, c.gamma, c.c0, Math.log(c.c1), Math.log(c.f1), Math.log(c.d1)];
}

export function distillationFromTheta(theta: ArrayLike<number>): DistillationCoefficients {
  return {
    A: Math.exp(theta[0]!),
    B: Math.exp(theta[1]!),
    alpha: theta[2]!,
    beta: theta[3]!,
    gamma: theta[4]!,
    c0: theta[5]!,
    c1: Math.exp(theta[6]!),
    f1: Math.exp(theta[7]!),
    d1: Math.exp(theta[8]!),
  };
}
