/**
 * The `distilplan` CLI end to end: `node bin/distilplan.mjs ...` spawned from the repo root. --json prints
 * exactly one JSON object whose values equal core's for the same inputs; human output names the coefficient
 * set; bad input exits 2 with one stderr line naming the flag and nothing on stdout. Spawns are grouped
 * and run two at a time (each costs ~0.5 s).
 */
import { describe, expect, it } from 'vitest';
import { withWarningMessages } from '../../cli/plan-text.js';
import {
  decide,
  distilledLoss,
  flopsPerToken,
  optimalDistillation,
  optimalSupervised,
  supervisedLoss,
} from '../../core/index.js';
import { type CliRun, spawnCli } from '../helpers/cli.js';

interface Run extends CliRun {
  args: string[];
}

async function cli(args: string[]): Promise<Run> {
  return { args, ...(await spawnCli(args, { timeoutMs: 20_000 })) };
}

/** Runs every argument list, two processes at a time (the machine has two cores). */
async function cliAll(lists: string[][]): Promise<Run[]> {
  const results: Run[] = new Array(lists.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < lists.length) {
      const index = next++;
      results[index] = await cli(lists[index]!);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/** stdout is exactly one JSON object (JSON.parse of the whole text fails on two). */
function oneJsonObject(run: Run): Record<string, unknown> {
  expect(run.code, `${run.args.join(' ')}\n${run.stderr}`).toBe(0);
  expect(run.stderr).toBe('');
  const parsed: unknown = JSON.parse(run.stdout);
  expect(typeof parsed).toBe('object');
  expect(Array.isArray(parsed)).toBe(false);
  expect(parsed).not.toBeNull();
  return parsed as Record<string, unknown>;
}

/** Core's result as the CLI would serialise it (JSON round-trips doubles exactly). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('distilplan --json: one object, values equal to core', () => {
  it('law, flops and optimize commands', async () => {
    const [lawSupervised, lawDistil, lawDistilPublished, flops, optSupervised, optSupervised6N, optDistil, optDistilK] =
      await cliAll([
        ['law', 'supervised', '--params', '1B', '--tokens', '20,000,000,000', '--json'],
        ['law', 'distil', '--student-params', '1e9', '--tokens', '20B', '--teacher-loss', '1.9', '--json'],
        [
          'law',
          'distil',
          '--student-params',
          '1B',
          '--tokens',
          '2e10',
          '--teacher-loss',
          '1.9',
          '--json',
          '--preset',
          'busbridge2025',
        ],
        ['flops', '--params', '7,747,000,000', '--json'],
        ['optimize', 'supervised', '--compute', '1e21', '--json'],
        ['optimize', 'supervised', '--compute', '1e21', '--json', '--flops-counting', '6N'],
        [
          'optimize',
          'distil',
          '--student-params',
          '1.5B',
          '--compute',
          '3e22',
          '--scenario',
          'teacher-inference',
          '--json',
        ],
        [
          'optimize',
          'distil',
          '--student-params',
          '1B',
          '--compute',
          '1e21',
          '--students',
          '4',
          '--json',
          '--preset',
          'busbridge2025',
        ],
      ]);

    const a = oneJsonObject(lawSupervised!);
    expect(a.loss).toBe(supervisedLoss(1e9, 2e10));
    expect(Math.abs((a.loss as number) - 2.374692)).toBeLessThan(2.4e-6); // PAPER.md §10 oracle
    expect(a.coefficients).toBe('busbridge2025-corrected');

    const b = oneJsonObject(lawDistil!);
    const bCore = distilledLoss(1e9, 2e10, 1.9);
    expect(b.loss).toBe(bCore.loss);
    expect(b.supervisedLoss).toBe(bCore.supervisedLoss);
    expect(Math.abs((b.loss as number) - 2.315685)).toBeLessThan(2.4e-6); // default column of §10
    expect(b.coefficients).toBe('busbridge2025-corrected');

    const c = oneJsonObject(lawDistilPublished!);
    expect(c.loss).toBe(distilledLoss(1e9, 2e10, 1.9, 'busbridge2025').loss);
    expect(Math.abs((c.loss as number) - 2.264281)).toBeLessThan(2.4e-6); // published column of §10
    expect(c.coefficients).toBe('busbridge2025');

    const d = oneJsonObject(flops!);
    expect(d).toEqual(asJson(flopsPerToken(7.747e9)));
    expect(d.forwardPerToken).toBe(flopsPerToken(7.747e9).forwardPerToken);
    expect(d.trainingPerToken).toBe(3 * (d.forwardPerToken as number));
    expect(Math.abs((d.forwardPerToken as number) / 1.69936e10 - 1)).toBeLessThan(3e-6); // §3 oracle F(7.747e9)

    const e = oneJsonObject(optSupervised!);
    expect(e).toEqual(asJson(optimalSupervised(1e21)));
    for (const key of ['params', 'tokens', 'loss']) expect(e).toHaveProperty(key);
    expect(Math.abs((e.loss as number) - 2.1766)).toBeLessThan(3e-4); // §6, 3F(N) table
    const e6 = oneJsonObject(optSupervised6N!);
    expect(e6).toEqual(asJson(optimalSupervised(1e21, { flopCounting: '6N' })));
    expect(Math.abs((e6.loss as number) - 2.1645)).toBeLessThan(3e-4); // §6, 6N table

    const f = oneJsonObject(optDistil!);
    expect(f).toEqual(
      asJson(optimalDistillation({ studentParams: 1.5e9, compute: 3e22, scenario: 'teacher-inference' })),
    );
    for (const key of ['loss', 'studentTokens', 'teacherParams', 'teacherTokens', 'teacherLoss', 'supervisedLoss'])
      expect(f).toHaveProperty(key);
    expect(f.scenario).toBe('teacher-inference');

    const g = oneJsonObject(optDistilK!);
    expect(g).toEqual(
      asJson(optimalDistillation({ studentParams: 1e9, compute: 1e21, students: 4 }, { preset: 'busbridge2025' })),
    );
    expect(g.scenario).toBe('pretraining-and-inference'); // the default scenario
    expect(g.students).toBe(4);
    expect(g.coefficients).toBe('busbridge2025');
  });

  it('decide in its three teacher situations', async () => {
    const [byLoss, bySize, none] = await cliAll([
      [
        'decide',
        '--student-params',
        '1B',
        '--compute',
        '1e21',
        '--teacher-loss',
        '2.0',
        '--teacher-params',
        '7.75B',
        '--json',
      ],
      [
        'decide',
        '--student-params',
        '1.82B',
        '--compute',
        '1e20',
        '--teacher-params',
        '546M',
        '--teacher-tokens',
        '12.094B',
        '--json',
      ],
      ['decide', '--student-params', '1B', '--compute', '1e20', '--no-teacher', '--students', '100', '--json'],
    ]);
    const cases: Array<[Run, Parameters<typeof decide>[0]]> = [
      [
        byLoss!,
        { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.0, teacherParams: 7.75e9 } },
      ],
      [
        bySize!,
        {
          studentParams: 1.82e9,
          compute: 1e20,
          teacher: { kind: 'size', teacherParams: 5.46e8, teacherTokens: 1.2094e10 },
        },
      ],
      [none!, { studentParams: 1e9, compute: 1e20, teacher: { kind: 'none', students: 100 } }],
    ];
    for (const [run, request] of cases) {
      const json = oneJsonObject(run);
      for (const key of ['verdict', 'distilLoss', 'supervisedLoss', 'scenario', 'flipCompute', 'warnings'])
        expect(json).toHaveProperty(key);
      expect(['distil', 'train']).toContain(json.verdict);
      expect(Array.isArray(json.warnings)).toBe(true);
      // The decision as core gives it, plus what the CLI adds beside it: the days, the GPUs and the price used.
      const expected = asJson(withWarningMessages(decide(request), 'en')) as Record<string, unknown>;
      for (const key of Object.keys(expected)) expect(json[key], key).toEqual(expected[key]);
      const costing = json.costing as { budget: { gpuHours: { base: number } } };
      expect(json.wallClockDays).toBeCloseTo(costing.budget.gpuHours.base / 8 / 24, 12);
      expect(json.gpus).toBe(8);
    }
    expect((JSON.parse(none!.stdout) as { verdict: string }).verdict).toBe('distil');
    expect((JSON.parse(byLoss!.stdout) as { scenario: string }).scenario).toBe('teacher-inference');
  });
});

describe('distilplan human output', () => {
  it('is aligned text naming the coefficient set, and --preset switches it', async () => {
    const [lawPublished, decision] = await cliAll([
      [
        'law',
        'distil',
        '--student-params',
        '1B',
        '--tokens',
        '20B',
        '--teacher-loss',
        '1.9',
        '--preset',
        'busbridge2025',
      ],
      ['decide', '--student-params', '1B', '--compute', '1e21', '--no-teacher'],
    ]);
    for (const run of [lawPublished!, decision!]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(() => JSON.parse(run.stdout)).toThrow();
    }
    expect(lawPublished!.stdout).toMatch(/coefficients: busbridge2025:/);
    expect(lawPublished!.stdout).toMatch(/student loss\s+2\.2643 nats\/token/); // published L_S(1e9, 2e10, 1.9) = 2.264281
    expect(decision!.stdout).toContain('Law: busbridge2025-corrected (Busbridge et al. 2025)');
    expect(decision!.stdout).toMatch(/TRAIN DIRECTLY/);
    expect(decision!.stdout).toMatch(/Distilled loss\s+2\.3026/); // §10 pretraining + inference row, default set
    // Aligned: every row of the table starts its value in the same column.
    const rows = lawPublished!.stdout
      .split('\n')
      .slice(1)
      .filter((line) => /^\S.*\S\s{2,}\S/.test(line) && !line.startsWith('coefficients'));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const valueColumns = rows.map((line) => line.length - line.replace(/^.+?\s{2,}/, '').length);
    expect(new Set(valueColumns).size).toBe(1);
  });
});

describe('distilplan bad input: exit 2, one stderr line naming the flag, empty stdout', () => {
  it('rejects bad values, missing flags, unknown presets, scenarios and commands', async () => {
    // A few spawns prove the bin's exit code and streams; run.test.ts covers every flag in-process.
    const cases: Array<[string[], string]> = [
      [['law', 'supervised', '--params', '-1', '--tokens', '20B', '--json'], '--params'],
      [
        [
          'decide',
          '--student-params',
          '1B',
          '--compute',
          '1e21',
          '--teacher-params',
          '7B',
          '--teacher-tokens',
          'NaN',
          '--json',
        ],
        '--teacher-tokens',
      ],
      [['optimize', 'distil', '--student-params', '1B', '--compute', '1e21', '--scenario', 'worst-case'], '--scenario'],
      [
        ['decide', '--student-params', '1B', '--compute', '1e21', '--teacher-params', '7B', '--teacher-loss', '15'],
        '--teacher-loss',
      ],
      [['frobnicate'], 'frobnicate'],
    ];
    const runs = await cliAll(cases.map(([args]) => args));
    runs.forEach((run, i) => {
      const flag = cases[i]![1];
      const label = run.args.join(' ');
      expect(run.code, label).toBe(2);
      expect(run.stdout, label).toBe('');
      const lines = run.stderr.replace(/\n$/, '').split('\n');
      expect(lines, label).toHaveLength(1);
      expect(lines[0], label).toContain(flag);
    });
    // The accepted form is in the message for value errors.
    expect(runs[0]!.stderr).toMatch(/Accepted: .*1\.5B/);
    expect(runs[2]!.stderr).toMatch(/teacher-inference/);
    // core's one teacher-loss check: worse than a uniform guess over the vocabulary (ln 32768 = 10.40 nats)
    expect(runs[3]!.stderr).toMatch(/--teacher-loss must be ≤ 10\.3972 nats \(ln 32768/);
  });
});
