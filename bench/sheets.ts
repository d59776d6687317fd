/**
 * Sheets add-on figures: the built dist/sheets/Code.js in node:vm (the test
 * harness, Apps Script's 30 s limit applied), timing whole-range calls as a
 * sheet makes them. Apps Script's V8 is slower than Node's, so read these
 * against the 30 s limit with a generous margin (target: well under 2 s).
 */
import { existsSync, statSync } from 'node:fs';
import { BUNDLE_PATH, loadGasBundle } from '../test/helpers/gasBundle.js';

const column = (rows: number, value: (i: number) => number): number[][] =>
  Array.from({ length: rows }, (_, i) => [value(i)]);

function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function benchSheets(): string[] {
  if (!existsSync(BUNDLE_PATH)) return ['sheets: dist/sheets/Code.js is missing; run npm run build:sheets first'];
  const gas = loadGasBundle();
  // Student sizes 100M-5B and budgets 1e20-1e27 FLOPs, varied so no two neighbouring rows are alike.
  const students = (rows: number) => column(rows, (i) => 1e8 * (1 + (i % 50)));
  const budgets = (rows: number) => column(rows, (i) => 1e20 * 10 ** ((i % 71) / 10));
  const tokens = column(10_000, (i) => 1e10 * (1 + (i % 97)));
  const distilLoss = medianMs(5, () => gas.call('DISTIL_LOSS', students(10_000), tokens, 2.1));
  const optimalDistil = medianMs(3, () => gas.call('OPTIMAL_DISTIL', students(1_000), budgets(1_000)));
  const decideRows = medianMs(3, () => gas.call('DISTIL_OR_TRAIN', students(100), budgets(100)));
  const kb = statSync(BUNDLE_PATH).size / 1024;
  return [
    `sheets: DISTIL_LOSS over 10,000 rows: ${distilLoss.toFixed(0)} ms (median of 5, vm bundle)`,
    `sheets: OPTIMAL_DISTIL over 1,000 rows (pretraining-and-inference): ${optimalDistil.toFixed(0)} ms (median of 3)`,
    `sheets: DISTIL_OR_TRAIN over 100 rows (no teacher): ${decideRows.toFixed(0)} ms (median of 3)`,
    `sheets: dist/sheets/Code.js: ${kb.toFixed(1)} KB`,
  ];
}
