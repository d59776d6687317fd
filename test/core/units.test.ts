/** Input parsing for people (issue 2, core item 6): counts as typed, and typed errors naming field and form. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNT_FORMS,
  checkRange,
  checkScenario,
  checkStudents,
  coefficientSet,
  InputError,
  isInputError,
  parseCount,
} from '../../core/index.js';
import { renderError } from '../../messages/index.js';
import { wordsOf } from '../helpers/words.js';

describe('parseCount accepts the forms people type', () => {
  const accepted: Array<[string | number, number]> = [
    ['1.5B', 1.5e9],
    ['7e9', 7e9],
    ['7,000,000,000', 7e9],
    ['20B', 2e10],
    ['2T', 2e12],
    ['1e21', 1e21],
    ['3e23', 3e23],
    ['143M', 1.43e8],
    ['20k', 2e4],
    ['1.5b', 1.5e9],
    [' 1.5B ', 1.5e9],
    ['1.5 B', 1.5e9],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['.5B', 5e8],
    ['1E21', 1e21],
    ['1E+21', 1e21], // how spreadsheets print large numbers
    ['0.4', 0.4],
    [7e9, 7e9],
    [1.5, 1.5],
  ];
  it.each(accepted)('%j → %d', (input, value) => {
    expect(parseCount('params', input)).toBe(value);
  });

  it('round-trips any positive finite number written with toString or toExponential', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseCount('params', String(value))).toBe(value);
        expect(parseCount('params', value.toExponential())).toBe(value);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('parseCount rejects everything else, naming the field and the accepted form', () => {
  const rejected: Array<[unknown, RegExp]> = [
    ['', /empty/],
    ['   ', /empty/],
    ['abc', /not a number/],
    ['-1', /must be > 0/],
    ['0', /must be > 0/],
    ['1,5', /not a number/],
    ['12,34', /not a number/],
    ['1,50,000', /not a number/],
    ['NaN', /not a number/],
    ['Infinity', /not a number/],
    ['1e999', /too large/],
    ['1.5X', /not a number/],
    ['1.5BB', /not a number/],
    ['2 T tokens', /not a number/],
    ['0x10', /not a number/],
    [-1, /must be > 0/],
    [0, /must be > 0/],
    [NaN, /finite/],
    [Infinity, /finite/],
    [undefined, /missing/],
    [null, /missing/],
  ];
  it.each(rejected)('%j', (input, problem) => {
    let caught: unknown;
    try {
      parseCount('studentParams', input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect(isInputError(caught)).toBe(true);
    const error = caught as InputError;
    expect(error.field).toBe('studentParams');
    expect(error.accepted).toEqual(COUNT_FORMS);
    // Worded by the CLI: names the flag, then the accepted form with the examples people can copy.
    const words = renderError(error, 'en', 'cli');
    expect(words.short).toMatch(problem);
    expect(words.full.startsWith('--student-params ')).toBe(true);
    for (const example of ['1.5B', '7e9', '7,000,000,000', '20B', '2T']) expect(words.full).toContain(example);
  });

  it('limits: inclusive minimum, maximum, and a custom accepted text', () => {
    expect(parseCount('students', '1', { min: 1 })).toBe(1);
    expect(wordsOf(() => parseCount('students', '0.5', { min: 1 }))).toMatch(/^students must be ≥ 1/);
    expect(wordsOf(() => parseCount('params', '2e15', { max: 1e15, accepted: { form: 'flop-count' } }))).toMatch(
      /^params must be ≤ 1e15\. Accepted: a FLOP count such as 1e21/,
    );
    expect(wordsOf(() => checkRange('tokens', -5, { min: 0, exclusiveMin: true }))).toMatch(/^tokens must be > 0/);
  });

  it('each face names the field its own way: a CLI flag, a Slack key, a Sheets argument', () => {
    const error = new InputError('studentParams', { code: 'below-min', min: 0, inclusive: false }, COUNT_FORMS);
    expect(renderError(error, 'en', 'cli').short).toBe('--student-params must be > 0');
    expect(renderError(error, 'en', 'slack').short).toBe('student must be > 0');
    expect(renderError(error, 'en', 'sheets').short).toBe('student_params must be > 0');
    expect(renderError(error.within('b'), 'en', 'slack').short).toBe('b: student must be > 0');
    expect(renderError(error, 'ja', 'slack').short).toBe('student は 0 より大きい必要があります');
  });
});

describe('other named inputs', () => {
  it('coefficient sets by id, case-insensitive; empty means the default', () => {
    expect(coefficientSet().id).toBe('busbridge2025-corrected');
    expect(coefficientSet('').id).toBe('busbridge2025-corrected');
    expect(coefficientSet(' BUSBRIDGE2025 ').id).toBe('busbridge2025');
    // Table 6 values (PAPER.md §1-2) and the corrected B'.
    const published = coefficientSet('busbridge2025');
    expect(published.supervised).toEqual({ E: 1.22, A: 3355, B: 18186, alpha: 0.408, beta: 0.431, gamma: 0.452 });
    expect(published.distillation).toEqual({
      A: 2243,
      B: 24181,
      alpha: 0.321,
      beta: 0.637,
      gamma: 0.764,
      c0: 2.549,
      c1: 522.6,
      f1: 0.09,
      d1: 1.315,
    });
    expect(coefficientSet().distillation).toEqual({ ...published.distillation, B: 2.02e6 });
    for (const set of [published, coefficientSet()]) {
      expect(set.citation).toMatch(/2502\.08606/);
      expect(set.note.length).toBeGreaterThan(10);
    }
    expect(wordsOf(() => coefficientSet('chinchilla'))).toMatch(
      /^preset "chinchilla" is not a coefficient set\. Accepted: one of busbridge2025-corrected, busbridge2025, or the path of a \.json file written by distilplan fit --out$/,
    );
  });

  it('scenarios and numbers of students', () => {
    expect(checkScenario('teacher-inference')).toBe('teacher-inference');
    expect(wordsOf(() => checkScenario('worst-case'))).toMatch(
      /^scenario .*best-case, teacher-inference, teacher-pretraining, pretraining-and-inference/,
    );
    expect(checkStudents(4)).toBe(4);
    for (const bad of [0, -1, 1.5, NaN, Infinity, 1e7]) expect(wordsOf(() => checkStudents(bad))).toMatch(/^students /);
  });
});
