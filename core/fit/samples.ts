/**
 * A fitted set's bootstrap samples as coefficient sets: the set with each resample's fitted coefficients put in.
 * The one place a sample becomes a law: the plausible laws (core/plausible.ts) and a pilot's plausible true laws
 * (core/pilot/worlds.ts) both take them from here, under the same cap.
 */
import type { CoefficientSet, SupervisedCoefficients } from '../coefficients.js';
import { distillationKey } from './fit.js';
import type { DistillationName } from './models.js';

/**
 * Most resampled laws one decision weighs. A file may carry up to MAX_RESAMPLES
 * samples (what `fit --bootstrap` can write); past this many, every k-th sample
 * is taken, so the cost of an answer does not grow with the file.
 */
export const MAX_DECISION_SAMPLES = 1_000;

/** Resampled laws of a set: the set with each bootstrap sample's fitted coefficients put in (at most MAX_DECISION_SAMPLES). */
export function sampledSets(set: CoefficientSet): CoefficientSet[] {
  const fit = set.fit;
  if (!fit) return [];
  const all = fit.bootstrap.samples;
  const stride = Math.ceil(all.length / MAX_DECISION_SAMPLES);
  const taken = stride > 1 ? all.filter((_, s) => s % stride === 0) : all;
  return taken.map((values, s) => {
    const supervised = { ...set.supervised };
    const distillation = { ...set.distillation };
    fit.fitted.forEach((name, k) => {
      if (fit.law === 'supervised') supervised[name as keyof SupervisedCoefficients] = values[k]!;
      else distillation[distillationKey(name as DistillationName)] = values[k]!;
    });
    return { id: `${set.id}#${s + 1}`, citation: set.citation, note: set.note, supervised, distillation };
  });
}
