/**
 * The plausible laws of a coefficient set: one uncertainty model for both
 * routes. Each plausible law is a prepared law (a bootstrap sample of the
 * fitted coefficients, or the set's own values) together with how far that
 * law's predictions sit from the truth:
 *
 * - a route whose law was fitted with a bootstrap varies by the fitted
 *   coefficients of each resample (every free coefficient, Busbridge et al.
 *   2025 App. F following Besiroglu et al. 2024);
 * - a route whose coefficients the data cannot resample varies by the law's
 *   measured prediction error: the relative residuals of the paper's Figure-1
 *   runs under the set (distillation), or the paper's reported "≲1%" fit
 *   error read as a 90% bound (supervised: its runs are not public);
 * - for the paper's sets both apply to the distillation route: the Figure-1
 *   bootstrap pins only B′, so the residuals carry the rest of the law's error.
 *
 * Errors are drawn once per plausible law (a law is wrong in one direction for
 * a question, not afresh per evaluation) from a fixed seed, so every face gets
 * the same answer. Prepared once per set: the shipped sets at load, a set file
 * when it is read (the samples travel with the set object).
 */
import type { CoefficientSet, LawPredictionError, SupervisedCoefficients } from './coefficients.js';
import { COEFFICIENT_SETS } from './coefficients.js';
import { normal, seededRandom } from './fit/random.js';
import { sampledSets } from './fit/samples.js';
import { type PreparedLaws, prepareLaws } from './laws.js';
import { interval90 } from './math.js';

/** The paper's reported fit error, "≲1% relative prediction error" (§4.4), read as a 90% bound. */
export const REPORTED_RELATIVE_ERROR = 0.01;
/** z of the 95th percentile: a 90% two-sided bound of b is a standard deviation of b / Z90. */
export const Z90 = 1.6448536269514722;
/** The distillation law's own disagreement with the supervised limit at its optimum (PAPER.md §2, N in 1e8–1e11). */
export const LIMIT_INCONSISTENCY_NATS = 0.012;
/** Plausible laws drawn when a set has no bootstrap to take them from. */
export const PREDICTION_ERROR_DRAWS = 200;
const SEED = 18;
const ROOT_HALF_PI = Math.sqrt(Math.PI / 2);

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

/** The set's plausible laws: the ones it carries, the shipped set's, or prepared now. */
export function plausibleLawsOf(set: CoefficientSet): PlausibleLaws {
  return set.plausible ?? SHIPPED.get(set) ?? preparePlausibleLaws(set);
}

/** Prepares a set's plausible laws (do it once per set: faces keep the set object that carries them). */
export function preparePlausibleLaws(set: CoefficientSet): PlausibleLaws {
  const fit = set.fit;
  const sampled = fit && fit.fitted.length > 0 && fit.bootstrap.samples.length > 0 ? fit : null;
  // At most MAX_DECISION_SAMPLES of a file's samples (every k-th), as every decision weighs them.
  const samples = sampled ? sampledSets(set) : [];
  const measured: LawPredictionError | undefined = set.predictionError;
  const route = (law: 'supervised' | 'distillation'): RouteUncertainty => {
    const bootstrap = sampled?.law === law;
    const error = law === 'supervised' ? measured?.supervised : measured?.distillation;
    if (error !== undefined)
      return { basis: [...(bootstrap ? ['bootstrap' as const] : []), error.basis], relativeError: error.relativeError };
    // A team's fit: its bootstrap, plus its own residuals on its runs (mean |error| × √(π/2): a standard deviation).
    if (bootstrap && sampled)
      return { basis: ['bootstrap', 'fit-residuals'], relativeError: sampled.quality.mape * ROOT_HALF_PI };
    return { basis: ['reported-error'], relativeError: REPORTED_RELATIVE_ERROR / Z90 };
  };
  const distil = route('distillation');
  const supervised = route('supervised');
  const random = seededRandom(SEED);
  const pointLaws = prepareLaws(set);
  const count = sampled ? samples.length : PREDICTION_ERROR_DRAWS;
  const laws: PlausibleLaw[] = [];
  const groups: SupervisedCoefficients[] = [];
  const supervisedLaws: PreparedLaws[] = [];
  for (let s = 0; s < count; s++) {
    const sample = sampled ? samples[s]! : set;
    const law = sampled ? prepareLaws(sample) : pointLaws;
    let supervisedGroup = groups.findIndex((group) => sameSupervised(group, sample.supervised));
    if (supervisedGroup < 0) {
      supervisedGroup = groups.push(sample.supervised) - 1;
      supervisedLaws.push(law);
    }
    const distilFactor = 1 + distil.relativeError * normal(random);
    const supervisedFactor = 1 + supervised.relativeError * normal(random);
    laws.push({
      laws: withError(law, distilFactor, supervisedFactor),
      limitDraw: normal(random),
      base: law,
      distilFactor,
      supervisedFactor,
      supervisedGroup,
    });
  }
  return { laws, distil, supervised, supervisedLaws };
}

/** Equal supervised coefficients give bit-identical L(N, D) (prepareLaws computes it from them alone). */
function sameSupervised(a: SupervisedCoefficients, b: SupervisedCoefficients): boolean {
  return a.E === b.E && a.A === b.A && a.B === b.B && a.alpha === b.alpha && a.beta === b.beta && a.gamma === b.gamma;
}

/** The law's predictions times its draws of the prediction error (L̃_S inside Eq. 8 stays the law's own). */
function withError(laws: PreparedLaws, distilFactor: number, supervisedFactor: number): PreparedLaws {
  return {
    supervised: (params, tokens) => laws.supervised(params, tokens) * supervisedFactor,
    student: (params, tokens, teacherLoss) => laws.student(params, tokens, teacherLoss) * distilFactor,
    supervisedAt: (params) => {
      const at = laws.supervisedAt(params);
      return (tokens) => at(tokens) * supervisedFactor;
    },
    studentAt: (params) => {
      const at = laws.studentAt(params);
      return (tokens, teacherLoss) => at(tokens, teacherLoss) * distilFactor;
    },
    studentPower: laws.studentPower,
    studentFrom: (logSupervised, power, teacherLoss) =>
      laws.studentFrom(logSupervised, power, teacherLoss) * distilFactor,
  };
}

/** Each shipped set's plausible laws, prepared once at load and never changed. */
const SHIPPED: ReadonlyMap<CoefficientSet, PlausibleLaws> = new Map(
  COEFFICIENT_SETS.map((set) => [set, preparePlausibleLaws(set)]),
);

/** One law evaluation under the set's plausible laws: its 90% interval and where the spread comes from. */
export interface LawBand {
  /** 5th–95th percentile over the plausible laws, nats/token. */
  interval: [number, number];
  samples: number;
  source: RouteUncertainty;
}

/** The supervised law L(N, D) under the set's plausible laws. */
export function supervisedBand(set: CoefficientSet, params: number, tokens: number): LawBand {
  const plausible = plausibleLawsOf(set);
  return band(
    plausible.laws.map((law) => law.laws.supervised(params, tokens)),
    plausible.supervised,
  );
}

/** The distillation law L_S(N_S, D_S, L_T) under the set's plausible laws (the teacher's loss as given). */
export function distilledBand(
  set: CoefficientSet,
  studentParams: number,
  studentTokens: number,
  teacherLoss: number,
): LawBand {
  const plausible = plausibleLawsOf(set);
  return band(
    plausible.laws.map((law) => law.laws.student(studentParams, studentTokens, teacherLoss)),
    plausible.distil,
  );
}

function band(values: number[], source: RouteUncertainty): LawBand {
  return { interval: interval90(values), samples: values.length, source };
}
