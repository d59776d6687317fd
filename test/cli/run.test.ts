/**
 * The CLI in-process through `run(argv)` (the function bin/distilplan.mjs calls), so every flag's bad input
 * can be checked without a process per case; cli.test.ts spawns the real bin for the wiring.
 */
import { describe, expect, it } from 'vitest';
import { flopsPerToken, optimalDistillation, optimalSupervised, supervisedLoss } from '../../core/index.js';
import { runCli } from '../helpers/cli.js';

describe('every numeric flag: bad input → exit 2, one stderr line naming the flag, nothing on stdout', () => {
  const commands: Array<{ base: string[]; flags: Record<string, string> }> = [
    { base: ['law', 'supervised'], flags: { '--params': '1B', '--tokens': '20B' } },
    { base: ['law', 'distil'], flags: { '--student-params': '1B', '--tokens': '20B', '--teacher-loss': '1.9' } },
    { base: ['flops'], flags: { '--params': '1B' } },
    { base: ['optimize', 'supervised'], flags: { '--compute': '1e21' } },
    { base: ['optimize', 'distil'], flags: { '--student-params': '1B', '--compute': '1e21', '--students': '2' } },
    {
      base: ['decide'],
      flags: { '--student-params': '1B', '--compute': '1e21', '--teacher-loss': '1.9', '--teacher-params': '7B' },
    },
    {
      base: ['decide'],
      flags: { '--student-params': '1B', '--compute': '1e21', '--teacher-params': '7B', '--teacher-tokens': '2T' },
    },
  ];
  const badValues = ['-1', '0', 'NaN', 'Infinity', '', 'abc', '1,5', '1e999', '1e308', '1e-300'];

  for (const { base, flags } of commands) {
    for (const flag of Object.keys(flags)) {
      it(`${base.join(' ')} ${flag}`, async () => {
        for (const bad of badValues) {
          const args = [...base, ...Object.entries({ ...flags, [flag]: bad }).flat(), '--json'];
          const line = expectOneUsageError(await runCli(args), args, flag);
          expect(line, args.join(' ')).toMatch(/Accepted: /);
        }
      });
    }
  }

  it('a teacher loss at or below E, a missing required flag, conflicting teacher flags, an unknown preset', async () => {
    const cases: Array<[string[], string]> = [
      [['law', 'distil', '--student-params', '1B', '--tokens', '20B', '--teacher-loss', '1.22'], '--teacher-loss'],
      [
        ['decide', '--student-params', '1B', '--compute', '1e21', '--teacher-loss', '1.1', '--teacher-params', '7B'],
        '--teacher-loss',
      ],
      [['law', 'supervised', '--params', '1B'], '--tokens'],
      [['decide', '--compute', '1e21', '--no-teacher'], '--student-params'],
      [['decide', '--student-params', '1B', '--compute', '1e21', '--teacher-params', '7B'], '--teacher-loss'],
      [
        ['decide', '--student-params', '1B', '--compute', '1e21', '--no-teacher', '--teacher-loss', '1.9'],
        '--no-teacher',
      ],
      [
        [
          'decide',
          '--student-params',
          '1B',
          '--compute',
          '1e21',
          '--teacher-loss',
          '1.9',
          '--teacher-params',
          '7B',
          '--students',
          '3',
        ],
        '--students',
      ],
      [['decide', '--student-params', '1B', '--compute', '1e21', '--no-teacher', '--students', '1.5'], '--students'],
      [['law', 'supervised', '--params', '1B', '--tokens', '20B', '--preset', 'chinchilla'], '--preset'],
      [['flops', '--params', '1B', '--flops-counting', '4N'], '--flops-counting'],
      [['optimize', 'supervised', '--compute', '1e21', '--bogus'], '--bogus'],
      [['frobnicate'], 'frobnicate'],
      // A budget too small for the student: the smallest one is named.
      [['optimize', 'distil', '--student-params', '1T', '--compute', '1e17'], '--compute'],
    ];
    for (const [args, flag] of cases) {
      expectOneUsageError(await runCli(args), args, flag);
    }
    expect((await runCli(cases[0]![0])).stderr).toMatch(/E = 1\.22/);
    expect((await runCli(cases[12]![0])).stderr).toMatch(/at least 6\.\d\de18 FLOPs/);
  });
});

describe('names every object inherits are not ids', () => {
  const inherited = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
  const cost = ['cost', '--flops', '1e22', '--gpu', 'h100'];
  const idFlags: Array<[string[], string]> = [
    [cost, '--gpu'],
    [cost, '--provider'],
    [[...cost, '--rate', '150'], '--currency'],
    [cost, '--precision'],
    [['law', 'supervised', '--params', '1B', '--tokens', '20B'], '--preset'],
    [['optimize', 'distil', '--student-params', '1B', '--compute', '1e21'], '--scenario'],
    [['flops', '--params', '1B'], '--flops-counting'],
    [cost, '--lang'],
  ];
  for (const [base, flag] of idFlags) {
    it(`${base[0]} ${flag}`, async () => {
      for (const name of inherited) {
        const args = [...base.filter((_, i) => base[i - 1] !== flag && base[i] !== flag), flag, name];
        const line = expectOneUsageError(await runCli(args), args, flag);
        expect(line, args.join(' ')).toMatch(/not a|invalid/);
        expect(line, args.join(' ')).not.toMatch(/native code|object Object|TypeError/);
      }
    });
  }

  it('distilplan cost --currency valueOf: exit 2 and one line', async () => {
    const result = await runCli(['cost', '--currency', 'valueOf']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('sizes, counts and utilisation within their documented ranges', () => {
  it('flops --params 1e308 --json and law with 1e308 tokens: one error line, no nulls, no Infinity', async () => {
    const cases: Array<[string[], string, RegExp]> = [
      [['flops', '--params', '1e308', '--json'], '--params', /≤ 1e15/],
      [['flops', '--params', '1e5'], '--params', /≥ 1e6/],
      [['law', 'supervised', '--params', '1B', '--tokens', '1e308'], '--tokens', /between 1M and 100P tokens/],
      [
        ['law', 'distil', '--student-params', '1e16', '--tokens', '20B', '--teacher-loss', '1.9'],
        '--student-params',
        /≤ 1e15/,
      ],
    ];
    for (const [args, flag, problem] of cases) {
      expect(expectOneUsageError(await runCli(args), args, flag)).toMatch(problem);
    }
  });

  it('cost: --mfu 1e-300 and other absurd utilisations, prices, rates and FLOPs are refused, not printed', async () => {
    const cost = ['cost', '--flops', '1e22', '--gpu', 'h100'];
    const cases: Array<[string[], string]> = [
      [[...cost, '--mfu', '1e-300'], '--mfu'],
      [[...cost, '--mfu', '0.5%'], '--mfu'],
      [[...cost, '--mfu-band', '1e-300/0.4/0.5'], '--mfu-band'],
      [[...cost, '--price', '1e300'], '--price'],
      [[...cost, '--price', '$99999999999'], '--price'],
      [[...cost, '--currency', 'JPY', '--rate', '1e300'], '--rate'],
      [['cost', '--flops', '1e300', '--gpu', 'h100'], '--flops'],
    ];
    for (const [args, flag] of cases) {
      const line = expectOneUsageError(await runCli(args), args, flag);
      expect(line.length, line).toBeLessThan(300);
    }
    const lowest = await runCli([...cost, '--mfu', '1%', '--json']);
    expect(lowest.code).toBe(0);
    expect(JSON.parse(lowest.stdout).band.mfu.base).toBe(0.01);
  });
});

describe('flags pass through to core', () => {
  it('--flops-counting 6N and the number forms of item 6', async () => {
    const flops = await runCli(['flops', '--params', '1.5B', '--flops-counting', '6N', '--json']);
    expect(flops.code).toBe(0);
    expect(JSON.parse(flops.stdout)).toMatchObject({ forwardPerToken: 3e9, trainingPerToken: 9e9, counting: '6N' });
    const plan = await runCli(['optimize', 'supervised', '--compute', '1e21', '--flops-counting', '6N', '--json']);
    expect(JSON.parse(plan.stdout)).toEqual(
      JSON.parse(JSON.stringify(optimalSupervised(1e21, { flopCounting: '6N' }))),
    );
    const law = await runCli(['law', 'supervised', '--params', '7,747,000,000', '--tokens', '0.512T', '--json']);
    expect(JSON.parse(law.stdout).loss).toBe(supervisedLoss(7.747e9, 5.12e11));
  });

  it('human output of optimize distil and flops', async () => {
    const plan = await runCli([
      'optimize',
      'distil',
      '--student-params',
      '1B',
      '--compute',
      '1e21',
      '--preset',
      'busbridge2025',
    ]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Law: busbridge2025 (Busbridge et al. 2025)');
    const core = optimalDistillation({ studentParams: 1e9, compute: 1e21 }, { preset: 'busbridge2025' });
    expect(plan.stdout).toMatch(new RegExp(`Distilled loss\\s+${core.loss.toFixed(4).replace('.', '\\.')}`));
    expect(plan.stdout).toContain('2.2979'); // §10 pretraining + inference row, published B'
    const flops = await runCli(['flops', '--params', '1B']);
    expect(flops.stdout).toMatch(/17\.2 layers × 2201 wide/);
    expect(flops.stdout).toContain(flopsPerToken(1e9).forwardPerToken.toExponential(3).replace('e+', 'e'));
  });
});

/** Exit 2, nothing on stdout, one stderr line naming the flag; returns that line. */
function expectOneUsageError(
  result: { code: number; stdout: string; stderr: string },
  args: string[],
  flag: string,
): string {
  const label = args.join(' ');
  expect(result.code, label).toBe(2);
  expect(result.stdout, label).toBe('');
  const lines = result.stderr.replace(/\n$/, '').split('\n');
  expect(lines, label).toHaveLength(1);
  expect(lines[0], label).toContain(flag);
  return lines[0]!;
}
