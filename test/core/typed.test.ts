/** The typed forms every face shares: full-width input, size@tokens teachers, short scenario names. */
import { describe, expect, it } from 'vitest';
import { checkScenario, parseBudget, parseCount, parseCurrencyCode, parseTeacherSpec } from '../../core/index.js';
import { wordsOf } from '../helpers/words.js';

describe('full-width input folds to ASCII in core', () => {
  it('counts, budgets and currencies', () => {
    expect(parseCount('studentParams', '１．５Ｂ')).toBe(1.5e9);
    expect(parseCount('tokens', '２０Ｂ')).toBe(2e10);
    expect(parseBudget('budget', '＄２００ｋ')).toEqual({ kind: 'money', amount: '200000', currency: 'USD' });
    expect(parseBudget('budget', '３００万円')).toEqual({ kind: 'money', amount: '3000000', currency: 'JPY' });
    expect(parseBudget('budget', '１ｅ２１ ＦＬＯＰｓ')).toEqual({ kind: 'flops', flops: 1e21 });
    expect(parseCurrencyCode('currency', 'ｊｐｙ')).toBe('JPY');
    expect(parseCurrencyCode('currency', '円')).toBe('JPY');
  });

  it('prototype names are not currency symbols', () => {
    expect(wordsOf(() => parseCurrencyCode('currency', 'constructor'))).toMatch(
      /^currency "constructor" is not a currency/,
    );
  });
});

describe('parseTeacherSpec', () => {
  it('reads a size, or size@tokens', () => {
    expect(parseTeacherSpec('teacher', '7B')).toEqual({ teacherParams: 7e9 });
    expect(parseTeacherSpec('teacher', '8B@15T')).toEqual({ teacherParams: 8e9, teacherTokens: 1.5e13 });
    expect(parseTeacherSpec('teacher', '８Ｂ＠１５Ｔ')).toEqual({ teacherParams: 8e9, teacherTokens: 1.5e13 });
    expect(parseTeacherSpec('teacher', 7e9)).toEqual({ teacherParams: 7e9 });
  });

  it('names the field on bad input', () => {
    expect(wordsOf(() => parseTeacherSpec('teacherParams', '8B@'))).toMatch(/^teacher_params is empty/);
    expect(wordsOf(() => parseTeacherSpec('teacherParams', '8B@1T@2T'))).toMatch(/^teacher_params has more than one @/);
    expect(wordsOf(() => parseTeacherSpec('teacherParams', 'big@15T'))).toMatch(
      /^teacher_params "big" is not a number/,
    );
  });
});

describe('checkScenario reads short names', () => {
  it.each([
    ['best', 'best-case'],
    ['Best case', 'best-case'],
    ['inference', 'teacher-inference'],
    ['teacher_pretraining', 'teacher-pretraining'],
    ['both', 'pretraining-and-inference'],
    ['ｂｅｓｔ', 'best-case'],
  ])('%s → %s', (typed, id) => {
    expect(checkScenario(typed)).toBe(id);
  });

  it('refuses prototype names', () => {
    for (const name of ['constructor', 'toString', '__proto__'])
      expect(wordsOf(() => checkScenario(name))).toMatch(/^scenario /);
  });
});
