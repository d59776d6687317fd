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
  // The figure: 10,000 rows, no teacher, every row a student size no other row asks (nothing to reuse).
  const freshStudents = column(10_000, (i) => 1e8 * 10 ** ((i % 997) / 400) * (1 + i * 1e-7));
  const decideTenThousand = medianMs(1, () => gas.call('DISTIL_OR_TRAIN', freshStudents, budgets(10_000)));
  // Money budgets $1k-$10M and FLOPs 1e19-1e26, distinct per row (nothing for the per-call memo to reuse).
  const money = column(10_000, (i) => 1000 + i * 997);
  const flops = column(10_000, (i) => 1e19 * 10 ** ((i % 701) / 100) * (1 + i * 1e-6));
  const budgetFlops = medianMs(5, () => gas.call('BUDGET_FLOPS', money, 'h100', 'aws'));
  const trainingCost = medianMs(5, () => gas.call('TRAINING_COST', flops, 'h100', '', 0.4, 'JPY', 150));
  const repeated = column(100_000, (i) => [5e8, 1e9, 2e9, 3e9, 7e9][i % 5]!);
  const flipRepeated = medianMs(1, () => gas.call('FLIP_COMPUTE', repeated, 'both'));
  const kb = statSync(BUNDLE_PATH).size / 1024;
  return [
    `sheets: DISTIL_LOSS over 10,000 rows: ${distilLoss.toFixed(0)} ms (median of 5, vm bundle)`,
    `sheets: OPTIMAL_DISTIL over 1,000 rows (pretraining-and-inference): ${optimalDistil.toFixed(0)} ms (median of 3)`,
    `sheets: DISTIL_OR_TRAIN over 100 rows (no teacher): ${decideRows.toFixed(0)} ms (median of 3)`,
    `sheets: DISTIL_OR_TRAIN over 10,000 rows (no teacher, every student size new): ${decideTenThousand.toFixed(0)} ms (one run, vm bundle) — goal < 1 s in Node: ${decideTenThousand < 1000 ? 'met' : 'NOT MET'}`,
    `sheets: BUDGET_FLOPS over 10,000 money rows: ${budgetFlops.toFixed(0)} ms (median of 5; target < 1 s)`,
    `sheets: TRAINING_COST over 10,000 rows in JPY: ${trainingCost.toFixed(0)} ms (median of 5; target < 1 s)`,
    `sheets: FLIP_COMPUTE over 100,000 rows of 5 students: ${flipRepeated.toFixed(0)} ms (one search per distinct row)`,
    `sheets: dist/sheets/Code.js: ${kb.toFixed(1)} KB`,
  ];
}
