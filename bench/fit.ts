/**
 * Fitting figures (issue: calibrate on your own runs): a 100-run supervised fit of all six coefficients with 200
 * bootstrap resamples in Node (target < 5 s here), FIT_SUPERVISED over 50 runs in the built Apps Script bundle
 * without bootstrap (target < 5 s; Apps Script allows 30), and decisions with the default set's 200 samples
 * (target < 20 ms).
 */
import { existsSync } from 'node:fs';
import { coefficientSet, decide, fitWithBootstrap, normal, prepareLaws, seededRandom } from '../core/index.js';
import { BUNDLE_PATH, loadGasBundle } from '../test/helpers/gasBundle.js';

function runs(count: number, seed: number) {
  const laws = prepareLaws(coefficientSet());
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const params = 10 ** (8 + 2 * random());
    const tokens = params * 10 ** (0.7 + 1.8 * random());
    return { params, tokens, loss: laws.supervised(params, tokens) * Math.exp(0.003 * normal(random)) };
  });
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export function benchFit(): string[] {
  const hundred = runs(100, 1);
  const fitMs = timed(() =>
    fitWithBootstrap({ law: 'supervised', runs: hundred }, coefficientSet(), { resamples: 200 }),
  );
  const lines = [
    `fit: supervised, 100 runs, 6 coefficients, 200 bootstrap resamples: ${(fitMs / 1000).toFixed(2)} s (target < 5 s)`,
  ];
  const questions = [
    { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 },
    { kind: 'size', teacherParams: 7e9, teacherTokens: 2e12 },
    { kind: 'none' },
  ] as const;
  for (const teacher of questions) {
    decide({ studentParams: 1e9, compute: 1e21, teacher }, { flipSearch: false });
    const ms = timed(() => {
      for (let i = 0; i < 20; i++) decide({ studentParams: 1e9, compute: 1e21, teacher }, { flipSearch: false });
    });
    lines.push(`fit: decide with 200 samples (${teacher.kind} teacher, no flip search): ${(ms / 20).toFixed(1)} ms`);
  }
  lines.push(benchSheetFit());
  return lines;
}

/** FIT_SUPERVISED as a sheet calls it: three columns of 50 runs, all six coefficients free, no bootstrap. */
function benchSheetFit(): string {
  if (!existsSync(BUNDLE_PATH)) return 'fit: dist/sheets/Code.js is missing; run npm run build:sheets first';
  const gas = loadGasBundle();
  const fifty = runs(50, 2);
  const column = (values: number[]) => values.map((value) => [value]);
  const args = [fifty.map((r) => r.params), fifty.map((r) => r.tokens), fifty.map((r) => r.loss)].map(column);
  let row: unknown;
  const ms = timed(() => {
    row = gas.call('FIT_SUPERVISED', ...args);
  });
  // A fast error is no fit: say so rather than print its time.
  if (!Array.isArray(row) || row.flat().length !== 6) return `fit: FIT_SUPERVISED did not return 6 coefficients`;
  return `fit: FIT_SUPERVISED over 50 runs in the bundle, no bootstrap: ${(ms / 1000).toFixed(2)} s (target < 5 s)`;
}
