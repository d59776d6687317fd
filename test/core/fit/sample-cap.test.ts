/**
 * Bootstrap samples are bounded twice: a set file may carry at most
 * MAX_RESAMPLES (what `fit --bootstrap` can write), counted before any sample
 * is checked; and a decision weighs at most MAX_DECISION_SAMPLES of them, every
 * k-th, so the cost of an answer does not grow with the file (190,000 samples
 * made one compare take 3.9 s). The plausible laws a decision weighs (core/plausible.ts) are those samples.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE1_FIT } from '../../../core/fit/figure1-samples.js';
import {
  coefficientSet,
  type DecisionRequest,
  decide,
  isInputError,
  MAX_DECISION_SAMPLES,
  MAX_RESAMPLES,
  plausibleLawsOf,
  readSetFile,
  sampledSets,
} from '../../../core/index.js';

/** The shipped default set as a file, its B′ samples repeated to `count`. */
function fileWith(count: number): Record<string, unknown> {
  const set = coefficientSet();
  const samples = Array.from({ length: count }, (_, i) => FIGURE1_FIT.bootstrap.samples[i % 200]!);
  return {
    format: 'distilplan-coefficient-set',
    version: 1,
    name: 'many',
    note: '',
    supervised: set.supervised,
    distillation: set.distillation,
    fit: { ...FIGURE1_FIT, bootstrap: { resamples: count, seed: 1, samples } },
  };
}

describe('bootstrap samples', () => {
  it(`a file with ${MAX_RESAMPLES} samples reads; one more is refused with a coded error naming the limit`, () => {
    expect(readSetFile(fileWith(MAX_RESAMPLES), 'many.json').fit?.bootstrap.samples).toHaveLength(MAX_RESAMPLES);
    let thrown: unknown;
    try {
      readSetFile(fileWith(MAX_RESAMPLES + 1), 'many.json');
    } catch (error) {
      thrown = error;
    }
    expect(isInputError(thrown)).toBe(true);
    expect((thrown as { problem: unknown }).problem).toEqual({
      code: 'set-file-invalid',
      rule: 'sample-count',
      count: MAX_RESAMPLES,
    });
  });

  it(`a decision weighs at most ${MAX_DECISION_SAMPLES}: every k-th sample, in order`, () => {
    const set = readSetFile(fileWith(MAX_RESAMPLES), 'many.json');
    const sampled = sampledSets(set);
    expect(sampled).toHaveLength(MAX_DECISION_SAMPLES);
    const stride = MAX_RESAMPLES / MAX_DECISION_SAMPLES;
    sampled.forEach((sample, s) => {
      expect(sample.distillation.B).toBe(FIGURE1_FIT.bootstrap.samples[(s * stride) % 200]![0]);
    });
    expect(sampledSets(readSetFile(fileWith(200), 'few.json'))).toHaveLength(200);
  });

  it(`the plausible laws behind a decision are those ${MAX_DECISION_SAMPLES} samples, not all ${MAX_RESAMPLES}`, () => {
    const set = readSetFile(fileWith(MAX_RESAMPLES), 'many.json');
    expect(plausibleLawsOf(set).laws).toHaveLength(MAX_DECISION_SAMPLES);
    const request: DecisionRequest = {
      studentParams: 1e9,
      compute: 1e20,
      teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 },
    };
    const decision = decide(request, { preset: set, flipSearch: false });
    expect(decision.uncertainty.samples).toBe(MAX_DECISION_SAMPLES);
    expect(plausibleLawsOf(readSetFile(fileWith(200), 'few.json')).laws).toHaveLength(200);
  });
});
