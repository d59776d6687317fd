/**
 * A decision under the coefficients' uncertainty: the plan the point law
 * recommends, evaluated under each bootstrap-resampled law of the set. The
 * share of plausible laws in which distilling beats training directly, and
 * 90% intervals of both losses. Each sample costs a few law evaluations
 * through prepared laws (no re-optimisation), so 200 samples take well under
 * a millisecond.
 */
import type { CoefficientSet } from '../coefficients.js';
import { type PreparedLaws, prepareLaws } from '../laws.js';
import { quantile } from './bootstrap.js';
import { sampledSets } from './setfile.js';

export interface DecisionUncertainty {
  /** Resampled laws weighed. */
  samples: number;
  /** Share of them in which the distilled student's loss is below the directly trained one's. */
  verdictShare: number;
  /** 90% intervals (5th–95th percentile over the samples), nats/token. */
  distilLoss: [number, number];
  supervisedLoss: [number, number];
}

/** The losses of one plan under one law. */
export type PlanLosses = (laws: PreparedLaws) => { distil: number; supervised: number };

/** null when the set carries no bootstrap samples. */
export function uncertaintyOf(set: CoefficientSet, losses: PlanLosses): DecisionUncertainty | null {
  const samples = sampledSets(set);
  return samples.length === 0 ? null : uncertaintyOver(samples, losses);
}

/** The plan's losses under each of these plausible laws (a set's samples, or a simulated pilot's refits). */
export function uncertaintyOver(samples: readonly CoefficientSet[], losses: PlanLosses): DecisionUncertainty {
  const distil: number[] = [];
  const supervised: number[] = [];
  let wins = 0;
  for (const sample of samples) {
    const result = losses(prepareLaws(sample));
    distil.push(result.distil);
    supervised.push(result.supervised);
    if (result.distil < result.supervised) wins++;
  }
  const interval = (values: number[]): [number, number] => {
    const sorted = values.sort((a, b) => a - b);
    return [quantile(sorted, 0.05), quantile(sorted, 0.95)];
  };
  return {
    samples: samples.length,
    verdictShare: wins / samples.length,
    distilLoss: interval(distil),
    supervisedLoss: interval(supervised),
  };
}
