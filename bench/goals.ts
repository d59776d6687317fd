/**
 * The speed figures with their goals (the table of the "Speed" issue), each measured on a fresh question (a student
 * size never asked before). Times are medians and depend on the machine's load; the law-evaluation counts
 * (bench/counted.ts) do not, and "evaluations' time" divides a time by one law evaluation's time measured in the
 * same run, so it too survives a busy machine. With `--before <checkout>` every core figure and the CLI start are
 * also measured for another checkout of the repository, in the same process and interleaved, side by side.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { medianMs } from './core.js';
import { bundledCore, type CountedCore, evaluationsOf, HERE } from './counted.js';

const run = promisify(execFile);

type Request = Parameters<CountedCore['decide']>[0];

/** A question at a student size no earlier call asked (so no cache could answer it). */
const fresh = (request: Request, i: number): Request => ({
  ...request,
  studentParams: request.studentParams * (1 + (i + 1) * 1.37e-5),
});

interface CoreFigure {
  name: string;
  goal: string;
  /** Goal in ms, and in law evaluations' time (null: none). */
  goalMs: number;
  goalEvaluations: number | null;
  work: (core: CountedCore, i: number) => unknown;
  batch: number;
}

const NO_TEACHER_1B: Request = { studentParams: 1e9, compute: 1e21, teacher: { kind: 'none' } };
const NO_TEACHER_1B_1E23: Request = { studentParams: 1e9, compute: 1e23, teacher: { kind: 'none' } };
const TEACHER_7B: Request = {
  studentParams: 1e9,
  compute: 1e21,
  teacher: { kind: 'size', teacherParams: 7e9, teacherTokens: 2e12 },
};
const COMPARE: Request[] = [5e8, 1e9, 3e9].map((studentParams) => ({
  studentParams,
  compute: 1e22,
  teacher: { kind: 'none' },
}));

const CORE_FIGURES: CoreFigure[] = [
  {
    name: 'decide, no teacher (1B, 1e21)',
    goal: '< 0.5 ms, ≤ 3,000 evaluations',
    goalMs: 0.5,
    goalEvaluations: 3000,
    work: (core, i) => core.decide(fresh(NO_TEACHER_1B, i)),
    batch: 10,
  },
  {
    name: 'decide, no teacher (1B, 1e23)',
    goal: '< 0.5 ms, ≤ 3,000 evaluations',
    goalMs: 0.5,
    goalEvaluations: 3000,
    work: (core, i) => core.decide(fresh(NO_TEACHER_1B_1E23, i)),
    batch: 10,
  },
  {
    name: 'decide, existing teacher (7B@2T, 1B, 1e21)',
    goal: '< 0.3 ms, ≤ 1,000 evaluations',
    goalMs: 0.3,
    goalEvaluations: 1000,
    work: (core, i) => core.decide(fresh(TEACHER_7B, i)),
    batch: 40,
  },
  {
    name: 'compare of 3 students (0.5B, 1B, 3B; no teacher, 1e22)',
    goal: '< 1.5 ms',
    goalMs: 1.5,
    goalEvaluations: null,
    work: (core, i) => COMPARE.map((request) => core.decide(fresh(request, i))),
    batch: 4,
  },
];

/** One law evaluation's time, µs: the mean of L (Eq. 1) and L_S (Eq. 8) through the prepared laws. */
function lawEvaluationMs(core: CountedCore): number {
  const laws = core.lawsFor(core.coefficientSet());
  let sink = 0;
  const supervised = medianMs((i) => (sink += laws.supervised(1e9 + i, 2e10)), 20000);
  const student = medianMs((i) => (sink += laws.student(1e9 + i, 2e10, 1.9)), 20000);
  if (!Number.isFinite(sink)) throw new Error('law evaluation gave a non-finite loss');
  return (supervised + student) / 2;
}

interface Checkout {
  label: string;
  root: string;
  core: CountedCore;
  counted: CountedCore;
}

async function checkout(label: string, root: string): Promise<Checkout> {
  return { label, root, core: await bundledCore(root, false), counted: await bundledCore(root, true) };
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;
const thousands = (value: number): string => Math.round(value).toLocaleString('en-US');
const met = (ok: boolean): string => (ok ? 'met' : 'NOT MET');

function coreLines(checkouts: Checkout[]): string[] {
  const lines: string[] = [];
  // Interleaved, the lowest of three: a busy machine only ever slows a measurement down.
  const unit = checkouts.map(() => Number.POSITIVE_INFINITY);
  for (let pass = 0; pass < 3; pass++)
    for (const [i, c] of checkouts.entries()) unit[i] = Math.min(unit[i]!, lawEvaluationMs(c.core));
  for (const [i, c] of checkouts.entries())
    lines.push(`  one law evaluation (${c.label}): ${(unit[i]! * 1000).toFixed(3)} µs (mean of L and L_S)`);
  for (const figure of CORE_FIGURES) {
    lines.push(`  ${figure.name} — goal ${figure.goal}`);
    // Interleaved: each checkout's median of rounds, taken one after the other, twice, the lower kept.
    const times = checkouts.map(() => Number.POSITIVE_INFINITY);
    for (let pass = 0; pass < 2; pass++)
      for (const [i, c] of checkouts.entries())
        times[i] = Math.min(
          times[i]!,
          medianMs((n) => figure.work(c.core, n), figure.batch, 7, pass * 1e4),
        );
    for (const [i, c] of checkouts.entries()) {
      const counts = evaluationsOf(c.counted, () => figure.work(c.counted, 9e5));
      const evaluationsTime = times[i]! / unit[i]!;
      const verdict =
        figure.goalEvaluations === null
          ? met(times[i]! < figure.goalMs)
          : `${met(times[i]! < figure.goalMs)} (time), ${met(evaluationsTime <= figure.goalEvaluations)} (evaluations' time)`;
      lines.push(
        `    ${c.label.padEnd(7)} ${ms(times[i]!)} = ${thousands(evaluationsTime)} evaluations' time; counted ${thousands(counts.supervised)} L + ${thousands(counts.student)} L_S — ${verdict}`,
      );
    }
  }
  return lines;
}

/** Median wall time of a process, ms. */
async function processMs(args: string[], cwd: string, runs = 7): Promise<number> {
  await run(process.execPath, args, { cwd }); // warm the file cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(process.execPath, args, { cwd });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const DECIDE_ARGS = ['decide', '--student-params', '1B', '--compute', '1e21', '--no-teacher'];

async function cliLines(checkouts: Checkout[]): Promise<string[]> {
  const nodeStart = await processMs(['-e', '0'], HERE);
  const lines = [`  node -e 0: ${nodeStart.toFixed(0)} ms (median of 7)`];
  const folder = mkdtempSync(join(tmpdir(), 'distilplan-bench-'));
  try {
    for (const c of checkouts) {
      const bin = join(c.root, 'bin', 'distilplan.mjs');
      const decide = await processMs([bin, ...DECIDE_ARGS], c.root);
      lines.push(
        `  distilplan decide (${c.label}): ${decide.toFixed(0)} ms = ${(decide / nodeStart).toFixed(1)}× node -e 0 — goal ≤ 3×: ${met(decide <= 3 * nodeStart)}`,
      );
      const chart = await processMs(
        [bin, 'chart', ...DECIDE_ARGS.slice(1), '--lang', 'ja', '--out', join(folder, 'chart.png')],
        c.root,
        3,
      );
      lines.push(
        `  distilplan chart → PNG, end to end (${c.label}): ${chart.toFixed(0)} ms — goal < 1 s: ${met(chart < 1000)}`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return lines;
}

/** `npm run bench` (and `-- --before <checkout>`): the issue's table, figure by figure. */
export async function benchGoals(beforeRoot?: string): Promise<string[]> {
  const checkouts = [await checkout('now', HERE)];
  if (beforeRoot) checkouts.unshift(await checkout('before', beforeRoot));
  return [
    `speed goals (fresh questions; medians; counts of law evaluations are load-independent)${beforeRoot ? `, side by side with ${beforeRoot}` : ''}`,
    ...coreLines(checkouts),
    ...(await cliLines(checkouts)),
  ];
}
