/**
 * `distilplan fit` in-process through run(argv): the JSON contract, a written set read back with --preset
 * reproducing the fit's own predictions to the last digit, the worked example's known truth, and every kind
 * of bad CSV or set file → exit 2 naming the row/column or field, with nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-fit-'));
const PILOT = 'examples/pilot-runs.csv';

function csv(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('distilplan fit supervised', () => {
  it('the worked example recovers the synthetic truth (E = 1.35, B = 25000) inside its 90% intervals', async () => {
    const fit = await runCliJson([
      'fit',
      'supervised',
      '--runs',
      PILOT,
      '--fix',
      'A,alpha,beta,gamma',
      '--bootstrap',
      '50',
    ]);
    expect(Object.keys(fit)).toEqual(
      expect.arrayContaining(['coefficients', 'intervals', 'fixed', 'mape', 'maxError', 'runs', 'objective']),
    );
    expect(fit.fixed).toEqual(['A', 'alpha', 'beta', 'gamma']);
    expect(fit.runs).toBe(8);
    const intervals = fit.intervals as Record<string, [number, number]>;
    expect(Object.keys(intervals)).toEqual(['E', 'B']);
    expect(intervals.E![0]).toBeLessThan(1.35);
    expect(intervals.E![1]).toBeGreaterThan(1.35);
    expect(intervals.B![0]).toBeLessThan(25000);
    expect(intervals.B![1]).toBeGreaterThan(25000);
    expect((fit.coefficients as Record<string, number>).A).toBe(3355);
    expect(fit.mape).toBeLessThan(0.005);
  });

  it('a written set read by --preset reproduces the fit’s own predictions to the last digit', async () => {
    const out = path.join(dir, 'pilot.json');
    const fit = await runCliJson([
      'fit',
      'supervised',
      '--runs',
      PILOT,
      '--fix',
      'A,alpha',
      '--bootstrap',
      '5',
      '--out',
      out,
    ]);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.format).toBe('distilplan-coefficient-set');
    expect(file.fit.bootstrap.samples).toHaveLength(5);
    expect(file.fit.runs.ranges.supervisedParams).toEqual({ low: 5e7, high: 4e8 });
    const lines = readFileSync(PILOT, 'utf8').trim().split('\n').slice(1);
    const predictions = fit.predictions as number[];
    for (const [i, line] of lines.entries()) {
      const [params, tokens] = line.split(',');
      const law = await runCliJson(['law', 'supervised', '--params', params!, '--tokens', tokens!, '--preset', out]);
      expect(law.loss).toBe(predictions[i]);
      expect(law.coefficients).toBe('pilot');
    }
  });

  it('--fix spellings, --base a written file, and a distillation fit of the Figure-1 rows', async () => {
    const out = path.join(dir, 'base.json');
    await runCliJson([
      'fit',
      'supervised',
      '--runs',
      PILOT,
      '--fix',
      'A,alpha,beta,gamma',
      '--bootstrap',
      '0',
      '--out',
      out,
    ]);
    const runs = csv(
      'fig1-part.csv',
      [
        'student_params,student_tokens,teacher_loss,student_loss',
        ...readFileSync('data/fig1/fig1_measured.csv', 'utf8')
          .trim()
          .split('\n')
          .slice(1, 60)
          .map((line) => line),
      ].join('\n'),
    );
    const fit = await runCliJson([
      'fit',
      'distil',
      '--runs',
      runs,
      '--fix',
      "Ad,alpha',beta_d,gammad,c0,c1,f1,d1",
      '--bootstrap',
      '0',
    ]);
    expect(fit.fixed).toEqual(["A'", "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1']);
    expect(Object.keys(fit.coefficients as object)).toEqual([
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
    const withBase = await runCliJson([
      'fit',
      'distil',
      '--runs',
      runs,
      '--fix',
      "A',alpha',beta',gamma',c0,c1,f1,d1",
      '--base',
      out,
      '--bootstrap',
      '0',
    ]);
    expect(withBase.base).toBe('base');
    expect(withBase.coefficients).not.toEqual(fit.coefficients); // L̃_S now from the pilot's supervised fit
  });
});

describe('bad input: exit 2, one line naming the row and column or the field, nothing written', () => {
  const cases: Array<[string, string, string]> = [
    ['missing column', 'params,loss\n1B,2.4\n', 'runs has no column "tokens"'],
    [
      'non-numeric cell',
      'params,tokens,loss\n1B,20B,2.4\n1B,lots,2.3\n',
      'row 3, column tokens "lots" is not a number',
    ],
    ['negative count', 'params,tokens,loss\n-1B,20B,2.4\n', 'row 2, column params must be > 0'],
    ['loss below zero', 'params,tokens,loss\n1B,20B,-0.5\n', 'row 2, column loss must be a loss above 0'],
    ['empty cell', 'params,tokens,loss\n1B,,2.4\n', 'row 2, column tokens is empty'],
    [
      'fewer runs than free coefficients',
      'params,tokens,loss\n1B,20B,2.4\n2B,40B,2.2\n',
      '--runs has 2 runs, fewer than the 6',
    ],
    [
      '1,000 copies of one run',
      `params,tokens,loss\n${'1B,20B,2.4\n'.repeat(1000)}`,
      '--runs has 1000 runs but only 1 distinct design point (runs with the same inputs count once), fewer than the 6',
    ],
    [
      'copies count once, whatever their losses',
      `params,tokens,loss\n${'1B,20B,2.4\n2B,20B,2.3\n1B,20B,2.41\n'.repeat(3)}`,
      '--runs has 9 runs but only 2 distinct design points',
    ],
    [
      'losses near zero: the fit would write a file no reader takes',
      `params,tokens,loss\n${['1e8,2e9', '3e8,6e9', '1e9,2e10', '3e9,6e10', '1e10,2e11', '3e8,2e10', '3e10,2e10'].map((row) => `${row},5e-324\n`).join('')}`,
      '--runs: the fit gives fit.quality.mape a value no set file can hold (not a finite number)',
    ],
  ];
  for (const [what, text, message] of cases) {
    it(what, async () => {
      const out = path.join(dir, `${what.replace(/ /g, '-')}.json`);
      const result = await runCli(['fit', 'supervised', '--runs', csv(`${what}.csv`, text), '--out', out, '--json']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('unknown --fix name and bad --bootstrap', async () => {
    const fix = await runCli(['fit', 'supervised', '--runs', PILOT, '--fix', 'E,delta']);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('--fix "delta" is not a coefficient name');
    const boot = await runCli(['fit', 'supervised', '--runs', PILOT, '--bootstrap', 'many']);
    expect(boot.code).toBe(2);
    expect(boot.stderr).toContain('--bootstrap "many" is not a whole number');
  });

  const goodFile = () => ({
    format: 'distilplan-coefficient-set',
    version: 1,
    name: 'ours',
    note: '',
    created: '2026-12-01',
    supervised: { E: 1.3, A: 3355, B: 18186, alpha: 0.408, beta: 0.431, gamma: 0.452 },
    distillation: {
      A: 2243,
      B: 2.02e6,
      alpha: 0.321,
      beta: 0.637,
      gamma: 0.764,
      c0: 2.549,
      c1: 522.6,
      f1: 0.09,
      d1: 1.315,
    },
    fit: null,
  });
  const badFiles: Array<[string, (file: ReturnType<typeof goodFile>) => unknown, string]> = [
    [
      'missing coefficient',
      (f) => ({ ...f, supervised: { ...f.supervised, gamma: undefined } }),
      'supervised.gamma must be a finite number',
    ],
    [
      'text coefficient',
      (f) => ({ ...f, distillation: { ...f.distillation, d1: '1.3' } }),
      'distillation.d1 must be a finite number',
    ],
    ['zero E', (f) => ({ ...f, supervised: { ...f.supervised, E: 0 } }), 'supervised.E must be > 0'],
    ['wrong format', (f) => ({ ...f, format: 'other' }), 'format must be "distilplan-coefficient-set"'],
    ['wrong version', (f) => ({ ...f, version: 2 }), 'version must be 1'],
    [
      'bad samples',
      (f) => ({
        ...f,
        fit: {
          law: 'supervised',
          fitted: ['E'],
          fixed: [],
          runs: { count: 3, ranges: {} },
          quality: { mape: 0, maxError: 0, objective: 0 },
          intervals: {},
          bootstrap: { resamples: 1, seed: 1, samples: [[1, 2]] },
        },
      }),
      'fit.bootstrap.samples must be lists of 1',
    ],
  ];
  for (const [what, change, message] of badFiles) {
    it(`--preset file: ${what}`, async () => {
      const file = csv(`${what}.json`, JSON.stringify(change(goodFile())));
      const result = await runCli(['law', 'supervised', '--params', '1B', '--tokens', '20B', '--preset', file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--preset ${file}: ${message}`);
    });
  }

  it('--preset: a missing file and a file that is not JSON', async () => {
    const missing = await runCli([
      'decide',
      '--student-params',
      '1B',
      '--compute',
      '1e21',
      '--no-teacher',
      '--preset',
      'nope.json',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--preset file nope.json cannot be read (no such file)');
    const notJson = await runCli([
      'law',
      'supervised',
      '--params',
      '1B',
      '--tokens',
      '20B',
      '--preset',
      csv('x.json', '{'),
    ]);
    expect(notJson.stderr).toContain('is not valid JSON');
  });
});
