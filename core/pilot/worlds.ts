/**
 * Plausible true laws for a team's own setup. A set fitted to the team's runs carries its own plausible laws
 * (its bootstrap samples). The paper's sets describe one setup (English C4, its tokenizer and architecture);
 * on another setup the coefficients move, so each world is one of the set's plausible laws moved by a
 * transfer shift: the irreducible loss, both exponents and both scale coefficients of the supervised law,
 * and the distillation law's scale coefficients and teacher exponent c0. The spreads are stated here and in
 * the README; gamma, gamma′ and the break's shape (c1, f1, d1) are held, as the pilot's fit holds them.
 */
import { COEFFICIENT_SETS, type CoefficientSet } from '../coefficients.js';
import { normal, type Random } from '../fit/random.js';
import { sampledSets } from '../fit/samples.js';

/** Standard deviations of the transfer shift (log-space for positive coefficients). */
export const TRANSFER_SPREAD = {
  /** log E: about ±10%. */
  logE: 0.1,
  /** log alpha, log beta: exponents about ±8%. */
  logExponent: 0.08,
  /** log A, log B, log A′, log B′. */
  logScale: 0.3,
  /** c0, additive. */
  c0: 0.15,
} as const;

/** Coefficients the pilot's fits leave free (the rest held at the set's values), by the fitter's names. */
export const PILOT_FREE = {
  supervised: ['E', 'A', 'B', 'alpha', 'beta'],
  distillation: ["A'", "B'", 'c0'],
} as const;

/** Whether a set's plausible laws already describe the team's setup (a set fitted to its runs). */
export function isOwnSet(set: CoefficientSet, samples: readonly CoefficientSet[] = sampledSets(set)): boolean {
  return !COEFFICIENT_SETS.includes(set) && samples.length > 0;
}

/**
 * One plausible true law: a plausible law of the set, moved by the transfer shift unless the set is the team's own.
 * `samples` are the set's sampled laws (pass them when drawing many worlds: they are built once).
 */
export function drawWorld(
  set: CoefficientSet,
  random: Random,
  index: number,
  samples: readonly CoefficientSet[] = sampledSets(set),
): CoefficientSet {
  const sample = samples.length > 0 ? samples[Math.floor(random() * samples.length)]! : set;
  if (isOwnSet(set, samples)) return { ...sample, id: `${set.id}~${index}` };
  const s = sample.supervised;
  const d = sample.distillation;
  const scaled = (value: number, spread: number) => value * Math.exp(spread * normal(random));
  return {
    id: `${set.id}~${index}`,
    citation: set.citation,
    note: 'a plausible true law for another setup',
    supervised: {
      ...s,
      E: scaled(s.E, TRANSFER_SPREAD.logE),
      A: scaled(s.A, TRANSFER_SPREAD.logScale),
      B: scaled(s.B, TRANSFER_SPREAD.logScale),
      alpha: scaled(s.alpha, TRANSFER_SPREAD.logExponent),
      beta: scaled(s.beta, TRANSFER_SPREAD.logExponent),
    },
    distillation: {
      ...d,
      A: scaled(d.A, TRANSFER_SPREAD.logScale),
      B: scaled(d.B, TRANSFER_SPREAD.logScale),
      c0: d.c0 + TRANSFER_SPREAD.c0 * normal(random),
    },
  };
}
