/**
 * FIT_SUPERVISED and FIT_DISTIL in the built Apps Script bundle: the fit equals core's (and the CLI's) to the
 * last digit, a coefficient row in `preset` reproduces the fit's own predictions, bad cells name their
 * argument and row.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { coefficientSet, fitLaw, prepareLaws } from '../../core/index.js';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';

let gas: GasBundle;
beforeAll(() => {
  gas = loadGasBundle();
});

const column = (values: unknown[]): unknown[][] => values.map((value) => [value]);
const pilot = readFileSync('examples/pilot-runs.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

describe('FIT_SUPERVISED', () => {
  it('a 1×6 row equal to core’s fit of the same runs; the row as preset gives the fit’s own predictions', () => {
    const params = column([...pilot.map((r) => r[0]), '']);
    const tokens = column([...pilot.map((r) => r[1]), '']);
    const losses = column([...pilot.map((r) => Number(r[2])), '']);
    const row = gas.call('FIT_SUPERVISED', params, tokens, losses, 'A,alpha,beta,gamma') as number[][];
    expect(row).toHaveLength(1);
    expect(row[0]).toHaveLength(6);
    const count = (text: string) => Number.parseFloat(text) * (text.endsWith('B') ? 1e9 : 1e6);
    const runs = pilot.map((r) => ({ params: count(r[0]!), tokens: count(r[1]!), loss: Number(r[2]) }));
    const fit = fitLaw({ law: 'supervised', runs }, coefficientSet(), { fixed: ['A', 'alpha', 'beta', 'gamma'] });
    expect(row[0]).toEqual(['E', 'A', 'B', 'alpha', 'beta', 'gamma'].map((name) => fit.coefficients[name]));
    // Synthetic truth of the example: E = 1.35, B = 25000.
    expect(Math.abs(row[0]![0]! - 1.35)).toBeLessThan(0.02);
    const laws = prepareLaws({ ...coefficientSet(), ...fit.set });
    for (const run of runs) {
      expect(gas.call('SUPERVISED_LOSS', run.params, run.tokens, [row[0]])).toBe(
        laws.supervised(run.params, run.tokens),
      );
    }
    // 15 cells: both laws; the distillation part from the default set here.
    const d = coefficientSet().distillation;
    const fifteen = [[...row[0]!, d.A, d.B, d.alpha, d.beta, d.gamma, d.c0, d.c1, d.f1, d.d1]];
    expect(gas.call('DISTIL_LOSS', 1e9, 2e10, 2.2, fifteen)).toBe(
      prepareLaws({ ...coefficientSet(), ...fit.set }).student(1e9, 2e10, 2.2),
    );
  });

  it('bad cells and bad preset rows name the argument', () => {
    expect(() => gas.call('FIT_SUPERVISED', column(['1B', '2B']), column(['20B', 'x']), column([2.4, 2.3]))).toThrow(
      /rows: row 2, column tokens "x" is not a number/,
    );
    expect(() => gas.call('FIT_SUPERVISED', column(['1B', '2B']), column(['20B', '40B']), column([2.4, -1]))).toThrow(
      /rows: row 2, column losses must be a loss above 0/,
    );
    expect(() => gas.call('FIT_SUPERVISED', column(['1B']), column(['20B']), column([2.4]))).toThrow(
      /rows has 1 run, fewer than the 6 coefficients/,
    );
    expect(() => gas.call('FIT_SUPERVISED', column(['1B', '2B']), column(['20B']), column([2.4, 2.3]))).toThrow(
      /rows are ranges with different numbers of cells\. Accepted: params, tokens, losses as ranges of the same size/,
    );
    expect(() => gas.call('FIT_SUPERVISED', column(['1B']), column(['20B']), column([2.4]), 'zeta')).toThrow(
      /fixed "zeta" is not a coefficient name/,
    );
    expect(() => gas.call('SUPERVISED_LOSS', '1B', '20B', [[1, 2, 3]])).toThrow(/preset has 3 cells/);
    expect(() => gas.call('SUPERVISED_LOSS', '1B', '20B', [[1.2, 3355, 18186, 0.4, 0.4, -1]])).toThrow(
      /preset gamma must be a number ≥ 0/,
    );
  });
});

describe('FIT_DISTIL', () => {
  it('recovers B′ ≈ 2.0e6 from the Figure-1 rows with the rest held (a 1×9 row)', () => {
    const rows = readFileSync('data/fig1/fig1_measured.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number));
    const row = gas.call(
      'FIT_DISTIL',
      column(rows.map((r) => r[0])),
      column(rows.map((r) => r[1])),
      column(rows.map((r) => r[2])),
      column(rows.map((r) => r[3])),
      "Ad,alphad,beta',gammad,c0,c1,f1,d1",
    ) as number[][];
    expect(row[0]).toHaveLength(9);
    expect(row[0]![1]! / 2.0e6).toBeGreaterThan(0.97);
    expect(row[0]![1]! / 2.0e6).toBeLessThan(1.03);
    expect(row[0]![6]).toBe(522.6);
  });
});
