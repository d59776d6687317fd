/**
 * Names every JavaScript object inherits are not ids: looked up in a plain
 * object they would find Object.prototype's functions (a currency "valueOf"
 * printed as `function valueOf() { [native code] }`, a scenario "constructor"
 * planned with NaN). Every resolver must answer "not a known …" instead.
 */
import { describe, expect, it } from 'vitest';
import {
  checkScenario,
  coefficientSet,
  costFlops,
  findGpu,
  flopsForBudget,
  InputError,
  lookupGpu,
  minorUnitsOf,
  optimalDistillation,
  own,
  parseCount,
  parseCurrencyCode,
  parseMoneyText,
  parsePrecision,
  resolveOptions,
} from '../../core/index.js';
import { renderError } from '../../messages/index.js';
import { FUNCTIONS } from '../../sheets-addon/src/functions.js';
import { wordsOf } from '../helpers/words.js';

const INHERITED = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];

/** Throws an InputError for `field` whose text shows no inherited function or object. */
function expectRefused(run: () => unknown, field: string, name: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${field} ${name}`).toBeInstanceOf(InputError);
  const error = thrown as InputError;
  expect(error.field, name).toBe(field);
  const words = renderError(error, 'en', 'sheets').full;
  expect(words, name).toMatch(/not a/);
  expect(words, name).not.toMatch(/native code|\[object Object\]|NaN/);
}

describe.each(INHERITED)('"%s" as an id', (name) => {
  it('is not a GPU, provider, precision, currency or coefficient set', () => {
    expectRefused(() => findGpu('gpu', name), 'gpu', name);
    expect(lookupGpu(name)).toBeUndefined();
    expectRefused(() => costFlops(1e22, { gpu: 'h100', provider: name }), 'provider', name);
    expectRefused(() => parsePrecision('precision', name), 'precision', name);
    expectRefused(() => parseCurrencyCode('currency', name), 'currency', name);
    expectRefused(() => costFlops(1e22, { gpu: 'h100', currency: name, rate: 150 }), 'currency', name);
    expectRefused(() => coefficientSet(name), 'preset', name);
    expectRefused(() => resolveOptions({ preset: name }), 'preset', name);
  });

  it('is not a scenario', () => {
    expectRefused(() => checkScenario(name), 'scenario', name);
    expectRefused(
      () => optimalDistillation({ studentParams: 1e9, compute: 1e21, scenario: name as never }),
      'scenario',
      name,
    );
  });

  it('is not a FLOP counting, a count suffix or a money word', () => {
    expect(wordsOf(() => resolveOptions({ flopCounting: name as never }))).toMatch(/is not a FLOP counting/);
    expect(wordsOf(() => parseCount('params', `1${name}`))).toMatch(/is not a number/);
    expect(parseMoneyText('budget', `50 ${name}`, { form: 'budget' })).toBeUndefined();
    expect(minorUnitsOf(name)).toBe(2);
  });

  it('Sheets: an error (thrown for one cell, ERR in a range), never a number', () => {
    const calls: Array<() => unknown> = [
      () => FUNCTIONS.OPTIMAL_DISTIL(1e9, 1e21, name),
      () => FUNCTIONS.FLIP_COMPUTE(1e9, name),
      () => FUNCTIONS.GPU_HOURS(1e22, name),
      () => FUNCTIONS.TRAINING_COST(1e22, 'h100', name),
      () => FUNCTIONS.TRAINING_COST(1e22, 'h100', '', '', name, 150),
      () => FUNCTIONS.SUPERVISED_LOSS(1e9, 2e10, name),
    ];
    for (const call of calls) expect(call, name).toThrow(/is not a/);
    const column = FUNCTIONS.GPU_HOURS([[1e22], [1e22]], [['h100'], [name]]) as unknown[][];
    expect(column[0]![0]).toBeTypeOf('number');
    expect(String(column[1]![0])).toMatch(/^ERR: .*is not a known GPU/);
  });
});

describe('own()', () => {
  it('finds own entries only', () => {
    const table: Record<string, number> = { usd: 1 };
    expect(own(table, 'usd')).toBe(1);
    for (const name of INHERITED) expect(own(table, name)).toBeUndefined();
  });
});

it('a budget in a currency named like an inherited property is refused, not costed', () => {
  expect(() => flopsForBudget('50k valueOf', { gpu: 'h100' })).toThrow(InputError);
});
