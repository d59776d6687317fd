/**
 * A decision under the set's plausible laws (core/plausible.ts): the plan the
 * point law recommends, evaluated under each plausible law. The share of them
 * in which distilling beats training directly decides the call inside the
 * evidence (core/evidence.ts), and both losses get 90% intervals. Each law
 * costs a few law evaluations (no re-optimisation).
 */
import type { CoefficientSet } from '../coefficients.js';
import { type PreparedLaws, prepareLaws } from '../laws.js';
import { interval90 } from '../math.js';
import {
  LIMIT_INCONSISTENCY_NATS,
  type PlausibleLaws,
  plausibleLawsOf,
  type RouteUncertainty,
  Z90,
} from '../plausible.js';

export interface DecisionUncertainty {
  /** Plausible laws weighed. */
  samples: number;
  /** Share of them in which the distilled student's loss is below the directly trained one's. */
  verdictShare: number;
  /** 90% intervals (5th–95th percentile over the plausible laws), nats/token. */
  distilLoss: [number, number];
  supervisedLoss: [number, number];
  /** Where each route's spread comes from (bootstrap, measured residuals, the paper's reported error). */
  sources: { distil: RouteUncertainty; supervised: RouteUncertainty };
  /** Nats of the distillation law's limit inconsistency added (a teacher trained for the purpose), else 0. */
  limitInconsistencyNats: number;
}

/** Both routes' losses of one plan under each of the set's plausible laws, in the laws' order. */
export function lossesUnderEachLaw(
  set: CoefficientSet,
  point: PlanPoint,
  options: UncertaintyOptions = {},
): { distil: number[]; supervised: number[] } {
  const { distil, supervised } = lossesUnder(plausibleLawsOf(set), point, options);
  return { distil: Array.from(distil), supervised: Array.from(supervised) };
}

/** The numbers of a plan that its losses under another law depend on (plain data: nothing to call per law). */
export interface PlanPoint {
  studentParams: number;
  studentTokens: number;
  supervisedTokens: number;
  teacherParams: number;
  teacherTokens: number;
  teacherLoss: number;
  /** The teacher's loss was given, so it stays the same under every law; otherwise it follows each law's Eq. 1. */
  teacherLossGiven: boolean;
}

/**
 * Each law's L_S(N_S, D_S, L_T)·(1 + distil error) and L(N_S, D_sup)·(1 + supervised error): the same numbers as
 * calling each plausible law's student() and supervised(), with the work the laws share done once. L(N, D) and
 * log L̃_S once per distinct supervised coefficients (one group for a bootstrap of the distillation law); Eq. 8's
 * power term once per base law; the rest of Eq. 8 once per law and teacher loss (a given teacher under a set
 * without bootstrap: once in all).
 */
function lossesUnder(
  plausible: PlausibleLaws,
  point: PlanPoint,
  options: UncertaintyOptions,
): { distil: Float64Array; supervised: Float64Array } {
  const limitNats = options.teacherTrained ? LIMIT_INCONSISTENCY_NATS : 0;
  const { studentParams, studentTokens } = point;
  const groups = plausible.supervisedLaws;
  const supervisedOf = new Float64Array(groups.length);
  const teacherOf = new Float64Array(groups.length);
  const logSupervisedOf = new Float64Array(groups.length);
  for (let g = 0; g < groups.length; g++) {
    const law = groups[g]!;
    supervisedOf[g] = law.supervised(studentParams, point.supervisedTokens);
    teacherOf[g] = point.teacherLossGiven
      ? point.teacherLoss
      : law.supervised(point.teacherParams, point.teacherTokens);
    logSupervisedOf[g] = Math.log(law.supervised(studentParams, studentTokens));
  }
  const count = plausible.laws.length;
  const distil = new Float64Array(count);
  const supervised = new Float64Array(count);
  let lastBase: PreparedLaws | null = null;
  let lastGroup = -1;
  let power = Number.NaN;
  let lastTeacherLoss = Number.NaN;
  let lastStudentLoss = Number.NaN;
  for (let k = 0; k < count; k++) {
    const law = plausible.laws[k]!;
    const group = law.supervisedGroup;
    const teacherLoss = point.teacherLossGiven ? point.teacherLoss : teacherOf[group]! * law.supervisedFactor;
    if (law.base !== lastBase || group !== lastGroup) {
      lastBase = law.base;
      lastGroup = group;
      power = law.base.studentPower(studentParams, studentTokens);
      lastTeacherLoss = Number.NaN;
    }
    if (teacherLoss !== lastTeacherLoss) {
      lastTeacherLoss = teacherLoss;
      lastStudentLoss = law.base.studentFrom(logSupervisedOf[group]!, power, teacherLoss);
    }
    distil[k] = lastStudentLoss * law.distilFactor + (limitNats / Z90) * law.limitDraw;
    supervised[k] = supervisedOf[group]! * law.supervisedFactor;
  }
  return { distil, supervised };
}

/** The losses of one plan under one law. */
export type PlanLosses = (laws: PreparedLaws) => { distil: number; supervised: number };

export interface UncertaintyOptions {
  /**
   * The teacher is trained for this purpose: Eq. 8's optimum over teachers disagrees with the supervised limit
   * by up to 0.012 nats (PAPER.md §2), an error the distillation route then carries as well.
   */
  teacherTrained?: boolean;
}

export function uncertaintyOf(
  set: CoefficientSet,
  point: PlanPoint,
  options: UncertaintyOptions = {},
): DecisionUncertainty {
  // Looked up once: a set that carries no prepared laws (a sheet's row, a pilot's fit) prepares them here, once.
  const plausible = plausibleLawsOf(set);
  const limitNats = options.teacherTrained ? LIMIT_INCONSISTENCY_NATS : 0;
  const { distil, supervised } = lossesUnder(plausible, point, options);
  let wins = 0;
  for (let k = 0; k < distil.length; k++) if (distil[k]! < supervised[k]!) wins++;
  return {
    samples: plausible.laws.length,
    verdictShare: wins / plausible.laws.length,
    distilLoss: interval90(distil),
    supervisedLoss: interval90(supervised),
    sources: { distil: plausible.distil, supervised: plausible.supervised },
    limitInconsistencyNats: limitNats,
  };
}

/** The plan's losses under bare coefficient sets (a simulated pilot's refits): share and intervals only. */
export type SampledUncertainty = Pick<
  DecisionUncertainty,
  'samples' | 'verdictShare' | 'distilLoss' | 'supervisedLoss'
>;

export function uncertaintyOver(samples: readonly CoefficientSet[], losses: PlanLosses): SampledUncertainty {
  const distil: number[] = [];
  const supervised: number[] = [];
  let wins = 0;
  for (const sample of samples) {
    const result = losses(prepareLaws(sample));
    distil.push(result.distil);
    supervised.push(result.supervised);
    if (result.distil < result.supervised) wins++;
  }
  return {
    samples: samples.length,
    verdictShare: wins / samples.length,
    distilLoss: interval90(distil),
    supervisedLoss: interval90(supervised),
  };
}
