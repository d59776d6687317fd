/**
 * The shapes the laws work with, and nothing else: the coefficients a set
 * holds (coefficients.ts), the laws prepared from them (laws.ts) and the
 * plausible laws with their spread (plausible.ts). Types only, importing
 * nothing, so the shipped sets and the code that computes with them can both
 * name these shapes without importing each other.
 */

/** Supervised law L(N, D) = E + (A/N^alpha + B/D^beta)^gamma (Busbridge et al. 2025, Eq. 1). */
export interface SupervisedCoefficients {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
  gamma: number;
}

/** Distillation law coefficients (Busbridge et al. 2025, Eq. 8 / App. F.2, Table 6). */
export interface DistillationCoefficients {
  A: number;
  B: number;
  alpha: number;
  beta: number;
  gamma: number;
  c0: number;
  c1: number;
  f1: number;
  d1: number;
}

/** A law's measured relative prediction error: standard deviation of L̂/L − 1, and where it was measured. */
export interface MeasuredError {
  relativeError: number;
  basis: 'figure-1-residuals' | 'reported-error';
}

export interface LawPredictionError {
  supervised?: MeasuredError;
  distillation?: MeasuredError;
}

/** The laws with their constant logarithms taken once, for the optimisers' hot loops. */
export interface PreparedLaws {
  /** L(N, D), nats/token. */
  supervised(params: number, tokens: number): number;
  /** L_S(N_S, D_S, L_T), with L̃_S = L(N_S, D_S) from the supervised law. */
  student(studentParams: number, studentTokens: number, teacherLoss: number): number;
  /** L(N, ·) for one fixed N: the optimisers' inner loops vary only D. */
  supervisedAt(params: number): (tokens: number) => number;
  /** L_S(N_S, ·, ·) for one fixed student, sharing log D_S between L̃_S and the power term. */
  studentAt(studentParams: number): (studentTokens: number, teacherLoss: number) => number;
  /**
   * Eq. 8 in parts, for many teachers (or many laws sharing Eq. 1) of one student on one token count:
   * studentFrom(log supervised(N, D), studentPower(N, D), L_T) is student(N, D, L_T) to the last bit (the same
   * operations in the same order).
   */
  studentPower(studentParams: number, studentTokens: number): number;
  studentFrom(logSupervised: number, power: number, teacherLoss: number): number;
}

/** Where one route's spread comes from; relativeError is a standard deviation of L̂/L − 1. */
export type UncertaintyBasis =
  /** The set's bootstrap over every free coefficient of this law. */
  | 'bootstrap'
  /** The law's relative residuals on the paper's Figure-1 runs. */
  | 'figure-1-residuals'
  /** The paper's reported fit error, ≲1% (§4.4), as a 90% bound. */
  | 'reported-error'
  /** The fitted law's residuals on the team's own runs. */
  | 'fit-residuals';

export interface RouteUncertainty {
  basis: UncertaintyBasis[];
  /** Standard deviation of the prediction's relative error added to each plausible law; 0 for bootstrap only. */
  relativeError: number;
}

export interface PlausibleLaw {
  /** The law with its prediction error applied: supervised() and student() return L̂·(1 + error). */
  laws: PreparedLaws;
  /** A standard normal draw for the law's limit inconsistency (used when the teacher is trained for the purpose). */
  limitDraw: number;
  /** The law without its error draws: laws.student = base.student × distilFactor, likewise supervised. */
  base: PreparedLaws;
  distilFactor: number;
  supervisedFactor: number;
  /**
   * Index of this law's supervised coefficients among the set's distinct ones (`supervisedLaws`): a bootstrap of the
   * distillation law leaves Eq. 1 the same in every sample, so L(N, D) is evaluated once per group, not per law.
   */
  supervisedGroup: number;
}

export interface PlausibleLaws {
  laws: readonly PlausibleLaw[];
  distil: RouteUncertainty;
  supervised: RouteUncertainty;
  /** One prepared law per distinct set of supervised coefficients among `laws` (see PlausibleLaw.supervisedGroup). */
  supervisedLaws: readonly PreparedLaws[];
}
