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
  losses: PlanLosses,
  options: UncertaintyOptions = {},
): { distil: number[]; supervised: number[] } {
  return lossesUnder(plausibleLawsOf(set), losses, options);
}

function lossesUnder(
  plausible: PlausibleLaws,
  losses: PlanLosses,
  options: UncertaintyOptions,
): { distil: number[]; supervised: number[] } {
  const limitNats = options.teacherTrained ? LIMIT_INCONSISTENCY_NATS : 0;
  const distil: number[] = [];
  const supervised: number[] = [];
  for (const law of plausible.laws) {
    const result = losses(law.laws);
    distil.push(result.distil + (limitNats / Z90) * law.limitDraw);
    supervised.push(result.supervised);
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
  losses: PlanLosses,
  options: UncertaintyOptions = {},
): DecisionUncertainty {
  // Looked up once: a set that carries no prepared laws (a sheet's row, a pilot's fit) prepares them here, once.
  const plausible = plausibleLawsOf(set);
  const limitNats = options.teacherTrained ? LIMIT_INCONSISTENCY_NATS : 0;
  const { distil, supervised } = lossesUnder(plausible, losses, options);
  let wins = 0;
  distil.forEach((distilLoss, k) => {
    if (distilLoss < supervised[k]!) wins++;
  });
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
