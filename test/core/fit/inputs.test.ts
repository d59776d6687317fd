/** Coefficient names as people type them, and bad runs named by row and column. */
import { describe, expect, it } from 'vitest';
import { fitLaw, parseCoefficientNames, RunError } from '../../../core/fit/index.js';
import { InputError } from '../../../core/index.js';
import { renderError } from '../../../messages/index.js';
import { TRUTH } from './synthetic.js';

function thrown(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('coefficient names', () => {
  it("accepts the paper's names and the typed spellings of the primes", () => {
    expect(parseCoefficientNames('fix', "A',Bd, alpha_d,beta′,gammaprime,c0,C1,f1,d1", 'distillation')).toEqual([
      "A'",
      "B'",
      "alpha'",
      "beta'",
      "gamma'",
      'c0',
      'c1',
      'f1',
      'd1',
    ]);
    expect(parseCoefficientNames('fix', 'E, a,B,α,beta,gamma', 'supervised')).toEqual([
      'E',
      'A',
      'B',
      'alpha',
      'beta',
      'gamma',
    ]);
    expect(parseCoefficientNames('fix', '', 'supervised')).toEqual([]);
  });

  it('names the field and lists the accepted names for an unknown or wrong-law name', () => {
    const unknown = thrown(() => parseCoefficientNames('fix', 'E,zeta', 'supervised'));
    expect(unknown.field).toBe('fix');
    expect(renderError(unknown, 'en', 'cli').full).toMatch(
      /^--fix "zeta" is not a coefficient name\. Accepted: .*E, A, B, alpha, beta, gamma/,
    );
    const wrongLaw = thrown(() => parseCoefficientNames('fix', 'A', 'distillation'));
    expect(renderError(wrongLaw, 'en', 'cli').short).toBe('--fix A is not a distillation coefficient');
  });
});

describe('bad runs', () => {
  const good = { params: 1e9, tokens: 2e10, loss: 2.4 };
  const cases: Array<[string, Record<string, number>, string, string]> = [
    ['negative count', { ...good, params: -1e9 }, 'params', 'must be > 0'],
    ['zero tokens', { ...good, tokens: 0 }, 'tokens', 'must be > 0'],
    ['loss below zero', { ...good, loss: -0.1 }, 'loss', 'must be a loss above 0'],
    ['not a number', { ...good, loss: Number.NaN }, 'loss', 'is not a finite number'],
  ];
  for (const [what, bad, column, problem] of cases) {
    it(`${what}: names row and column`, () => {
      const runs = [good, good, bad, good, good, good, good];
      const error = thrown(() => fitLaw({ law: 'supervised', runs: runs as (typeof good)[] }, TRUTH));
      expect(error).toBeInstanceOf(RunError);
      expect((error as RunError).row).toBe(3);
      expect((error as RunError).column).toBe(column);
      expect(error.field).toBe('runs');
      expect(renderError(error, 'en', 'cli').short).toBe(`--runs: row 3, column ${column} ${problem}`);
    });
  }

  it('fewer runs than free coefficients', () => {
    const error = thrown(() => fitLaw({ law: 'supervised', runs: [good, good] }, TRUTH, { fixed: ['A', 'alpha'] }));
    expect(error.field).toBe('runs');
    expect(renderError(error, 'en', 'cli').short).toBe('--runs has 2 runs, fewer than the 4 coefficients to fit');
  });
});
