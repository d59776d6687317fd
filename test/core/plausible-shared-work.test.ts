/**
 * The plausible laws weigh a plan with the work their laws share done once (core/fit/uncertainty.ts): Eq. 1 once per
 * distinct supervised coefficients, Eq. 8 once per base law and teacher loss. These must be the very numbers each
 * plausible law's own student() and supervised() give (the error-applied laws of core/plausible.ts), bit for bit,
 * for a bootstrap of either law, a set without bootstrap, and teachers given by loss, by size and trained here.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE1_FIT } from '../../core/fit/figure1-samples.js';
import {
  type CoefficientSet,
  coefficientSet,
  lawsFor,
  lossesUnderEachLaw,
  type PlanPoint,
  plausibleLawsOf,
} from '../../core/index.js';
import { preparePlausibleLaws } from '../../core/plausible.js';

/** A set whose bootstrap varies the supervised law's E and A (every sample a different Eq. 1). */
function supervisedBootstrap(): CoefficientSet {
  const base = coefficientSet('busbridge2025');
  const samples = Array.from({ length: 60 }, (_, s) => [1.2 + 0.001 * s, 3355 * (1 + 0.002 * (s - 30))]);
  const set: CoefficientSet = {
    ...base,
    id: 'supervised-bootstrap',
    predictionError: undefined,
    fit: {
      ...FIGURE1_FIT,
      law: 'supervised',
      fitted: ['E', 'A'],
      fixed: ['B', 'alpha', 'beta', 'gamma'],
      bootstrap: { resamples: samples.length, seed: 3, samples },
    },
  };
  set.plausible = preparePlausibleLaws(set);
  return set;
}

const SETS: Array<[string, () => CoefficientSet]> = [
  ['the default set (bootstrap of B′ only)', () => coefficientSet()],
  ['Table 6 as printed (no bootstrap: one base law)', () => coefficientSet('busbridge2025')],
  ['a bootstrap of the supervised law (a base law per sample)', supervisedBootstrap],
];

const POINT: Omit<PlanPoint, 'teacherLossGiven'> = {
  studentParams: 1.3e9,
  studentTokens: 4.1e10,
  supervisedTokens: 5.7e10,
  teacherParams: 7.2e9,
  teacherTokens: 3.3e11,
  teacherLoss: 2.05,
};

describe('plausible laws weigh a plan with shared work, to the last bit', () => {
  for (const [name, setOf] of SETS) {
    for (const teacherLossGiven of [true, false]) {
      for (const teacherTrained of [true, false]) {
        it(`${name}; teacher loss ${teacherLossGiven ? 'given' : 'from each law'}; ${teacherTrained ? '' : 'no '}limit inconsistency`, () => {
          const set = setOf();
          const point: PlanPoint = { ...POINT, teacherLossGiven };
          const found = lossesUnderEachLaw(set, point, { teacherTrained });
          const plausible = plausibleLawsOf(set);
          const limitNats = teacherTrained ? 0.012 : 0;
          const z90 = 1.6448536269514722;
          const expected = plausible.laws.map((law) => {
            const teacherLoss = teacherLossGiven
              ? point.teacherLoss
              : law.laws.supervised(point.teacherParams, point.teacherTokens);
            return {
              distil:
                law.laws.student(point.studentParams, point.studentTokens, teacherLoss) +
                (limitNats / z90) * law.limitDraw,
              supervised: law.laws.supervised(point.studentParams, point.supervisedTokens),
            };
          });
          expect(found.distil.length).toBe(plausible.laws.length);
          const differing = expected.filter(
            (law, k) => !Object.is(law.distil, found.distil[k]) || !Object.is(law.supervised, found.supervised[k]),
          );
          expect(differing).toEqual([]);
          // The laws do differ from one another (the comparison is not between 200 copies of one number).
          expect(new Set(found.distil).size).toBeGreaterThan(plausible.laws.length / 2);
        });
      }
    }
  }

  it('Eq. 8 in parts is Eq. 8: studentFrom(log L, studentPower, L_T) equals student(N, D, L_T) bit for bit', () => {
    for (const preset of ['busbridge2025-corrected', 'busbridge2025']) {
      const laws = lawsFor(coefficientSet(preset));
      const differing: number[][] = [];
      for (const params of [3e7, 1e9, 4.4e10])
        for (const tokens of [2e8, 7.7e10, 3e13])
          for (const teacherLoss of [1.7, 2.05, 2.9, 6]) {
            const parts = laws.studentFrom(
              Math.log(laws.supervised(params, tokens)),
              laws.studentPower(params, tokens),
              teacherLoss,
            );
            if (!Object.is(parts, laws.student(params, tokens, teacherLoss)))
              differing.push([params, tokens, teacherLoss]);
          }
      expect(differing).toEqual([]);
    }
  });

  it('groups the supervised laws: one for a bootstrap of the distillation law, one per sample otherwise', () => {
    expect(plausibleLawsOf(coefficientSet()).supervisedLaws.length).toBe(1);
    expect(plausibleLawsOf(coefficientSet('busbridge2025')).supervisedLaws.length).toBe(1);
    expect(plausibleLawsOf(supervisedBootstrap()).supervisedLaws.length).toBe(60);
  });
});
