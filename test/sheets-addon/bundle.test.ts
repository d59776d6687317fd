/**
 * The shipped dist/sheets/Code.js (built by `npm test` before vitest) in a
 * node:vm sandbox with Apps Script's services mocked: every custom function,
 * single values and ranges, good, blank and bad cells, equal to core's own
 * results to the last digit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { costFlops, gpuHoursFor } from '../../core/cost/index.js';
import {
  crossoverCompute,
  decide,
  distilledLoss,
  flopsPerToken,
  optimalDistillation,
  optimalSupervised,
  supervisedLoss,
  trainingFlops,
} from '../../core/index.js';
import { renderWarning } from '../../messages/index.js';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';

let gas: GasBundle;
beforeAll(() => {
  gas = loadGasBundle();
});

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

function distilRow(studentParams: number, compute: number, scenario?: string, students?: number): number[] {
  const plan = optimalDistillation({ studentParams, compute, scenario, students });
  return [plan.loss, plan.studentTokens, plan.teacherParams, plan.teacherTokens, plan.teacherLoss];
}

describe('DISTIL_LOSS', () => {
  it('equals core for numbers and for text counts', () => {
    const expected = distilledLoss(1e9, 2e10, 2.2).loss;
    expect(gas.call('DISTIL_LOSS', 1e9, 2e10, 2.2)).toBe(expected);
    expect(gas.call('DISTIL_LOSS', '1B', '20B', '2.2')).toBe(expected);
    expect(gas.call('DISTIL_LOSS', '1,000,000,000', '2e10', 2.2)).toBe(expected);
    expect(gas.call('DISTIL_LOSS', 1e9, 2e10, 2.2, 'busbridge2025')).toBe(
      distilledLoss(1e9, 2e10, 2.2, 'busbridge2025').loss,
    );
  });

  it('gives a column for a column: blank rows blank, a bad row its own error', () => {
    const result = gas.call(
      'DISTIL_LOSS',
      column(1e9, 3e9, '', 1e10, 1e9, 1e9),
      column(2e10, 1e11, '', 2e11, 0, 2e10),
      column(1.9, 2.0, '', 1.9, 2.2, 1.0),
    );
    expect(result).toEqual([
      [distilledLoss(1e9, 2e10, 1.9).loss],
      [distilledLoss(3e9, 1e11, 2.0).loss],
      [''],
      [distilledLoss(1e10, 2e11, 1.9).loss],
      ['ERR: tokens must be > 0'],
      ["ERR: teacher_loss must be > 1.22 (the law's irreducible loss E)"],
    ]);
  });

  it('repeats a single value along a range, and a preset column applies row by row', () => {
    const result = gas.call('DISTIL_LOSS', column(1e9, 3e9), 2e10, 2.2, column('', 'busbridge2025'));
    expect(result).toEqual([
      [distilledLoss(1e9, 2e10, 2.2).loss],
      [distilledLoss(3e9, 2e10, 2.2, 'busbridge2025').loss],
    ]);
  });

  it('throws an Error naming the argument for a bad single value', () => {
    expect(() => gas.call('DISTIL_LOSS', 1e9, 0, 2.2)).toThrow(/^tokens must be > 0\. Accepted: /);
    expect(() => gas.call('DISTIL_LOSS', -1, 2e10, 2.2)).toThrow(/^student_params must be > 0/);
    expect(() => gas.call('DISTIL_LOSS', 1e9, 'lots', 2.2)).toThrow(/^tokens "lots" is not a number/);
    expect(() => gas.call('DISTIL_LOSS', 1e9, 2e10, 2.2, 'nope')).toThrow(/^preset /);
    expect(() => gas.call('DISTIL_LOSS', true, 2e10, 2.2)).toThrow(/^student_params is TRUE, not a number/);
    expect(() => gas.call('DISTIL_LOSS', new Date(0), 2e10, 2.2)).toThrow(/^student_params is a date, not a number/);
  });

  it('blank first argument gives a blank cell; a missing required one an error', () => {
    expect(gas.call('DISTIL_LOSS', '', '', 2.2)).toBe('');
    expect(() => gas.call('DISTIL_LOSS', 1e9, '', 2.2)).toThrow(/^tokens is empty/);
  });

  it('refuses ranges of different sizes, naming both', () => {
    expect(() => gas.call('DISTIL_LOSS', column(1e9, 2e9), column(2e10, 2e10, 2e10), 2.2)).toThrow(
      'student_params (2 rows × 1 column) and tokens (3 rows × 1 column) must be ranges of the same size',
    );
  });
});

describe('impossible inputs say so instead of a plausible number', () => {
  it('DISTIL_LOSS(1e9, 1e3, 2) (the law gives 391 nats) and SUPERVISED_LOSS(1e9, 1e3): no prediction', () => {
    expect(distilledLoss(1e9, 1e3, 2).loss).toBeGreaterThan(Math.log(32768));
    expect(() => gas.call('DISTIL_LOSS', 1e9, 1e3, 2)).toThrow(/^tokens gives a loss worse than a uniform guess/);
    expect(() => gas.call('SUPERVISED_LOSS', 1e9, 1e3)).toThrow(/^tokens gives a loss worse than a uniform guess/);
    expect(gas.call('DISTIL_LOSS', column(1e9, 1e9), column(1e3, 2e10), 2)).toEqual([
      ['ERR: tokens gives a loss worse than a uniform guess (above ln 32768 = 10.3972 nats): no prediction'],
      [distilledLoss(1e9, 2e10, 2).loss],
    ]);
  });

  it('DISTIL_LOSS(1e9, 2e10, 12): a teacher worse than a uniform guess is refused (it returned 12)', () => {
    expect(() => gas.call('DISTIL_LOSS', 1e9, 2e10, 12)).toThrow(/^teacher_loss must be ≤ 10\.3972 nats \(ln 32768/);
  });
});

describe('SUPERVISED_LOSS, FORWARD_FLOPS, TRAINING_FLOPS', () => {
  it('SUPERVISED_LOSS equals core, single and range', () => {
    expect(gas.call('SUPERVISED_LOSS', 1e9, 2e10)).toBe(supervisedLoss(1e9, 2e10));
    expect(gas.call('SUPERVISED_LOSS', '7.747B', '512B', 'busbridge2025')).toBe(
      supervisedLoss(7.747e9, 5.12e11, 'busbridge2025'),
    );
    expect(gas.call('SUPERVISED_LOSS', column(1e8, '', 1e11), column(2e9, '', 'x'))).toEqual([
      [supervisedLoss(1e8, 2e9)],
      [''],
      ['ERR: tokens "x" is not a number'],
    ]);
  });

  it('FORWARD_FLOPS keeps a 2-D range 2-D', () => {
    expect(gas.call('FORWARD_FLOPS', '7B')).toBe(flopsPerToken(7e9).forwardPerToken);
    expect(
      gas.call('FORWARD_FLOPS', [
        [1e8, 1e9],
        [1e10, 0],
      ]),
    ).toEqual([
      [flopsPerToken(1e8).forwardPerToken, flopsPerToken(1e9).forwardPerToken],
      [flopsPerToken(1e10).forwardPerToken, 'ERR: params must be > 0'],
    ]);
  });

  it('TRAINING_FLOPS equals core', () => {
    expect(gas.call('TRAINING_FLOPS', '1B', '20B')).toBe(trainingFlops(1e9, 2e10));
    expect(gas.call('TRAINING_FLOPS', column(1e9, 3e9), column(2e10, '2T'))).toEqual([
      [trainingFlops(1e9, 2e10)],
      [trainingFlops(3e9, 2e12)],
    ]);
  });
});

describe('OPTIMAL_SUPERVISED and OPTIMAL_DISTIL (row-returning)', () => {
  it('OPTIMAL_SUPERVISED gives a 1×3 row, and N×3 for N budgets', () => {
    const row = (compute: number) => {
      const plan = optimalSupervised(compute);
      return [plan.params, plan.tokens, plan.loss];
    };
    expect(gas.call('OPTIMAL_SUPERVISED', 1e21)).toEqual([row(1e21)]);
    expect(gas.call('OPTIMAL_SUPERVISED', column(1e21, '', '3e23', -5))).toEqual([
      row(1e21),
      ['', '', ''],
      row(3e23),
      ['ERR: compute must be > 0', 'ERR: compute must be > 0', 'ERR: compute must be > 0'],
    ]);
  });

  it('OPTIMAL_DISTIL gives loss, student tokens, teacher params, teacher tokens, teacher loss', () => {
    expect(gas.call('OPTIMAL_DISTIL', 1e9, 1e21)).toEqual([distilRow(1e9, 1e21)]);
    expect(gas.call('OPTIMAL_DISTIL', '1B', '1e22', 'best-case')).toEqual([distilRow(1e9, 1e22, 'best-case')]);
    expect(gas.call('OPTIMAL_DISTIL', '1B', '1e22', 'Teacher inference')).toEqual([
      distilRow(1e9, 1e22, 'teacher-inference'),
    ]);
    expect(gas.call('OPTIMAL_DISTIL', 1e9, 1e22, 'teacher-pretraining', 4)).toEqual([
      distilRow(1e9, 1e22, 'teacher-pretraining', 4),
    ]);
  });

  it('OPTIMAL_DISTIL over ranges: per-row scenarios, blanks and errors', () => {
    const result = gas.call(
      'OPTIMAL_DISTIL',
      column(1e9, 3e9, '', 1e9, 1e12),
      column(1e21, 1e23, '', 1e22, 1e17),
      column('', 'best-case', '', 'magic', ''),
    );
    const err = (text: string) => new Array(5).fill(text);
    expect(result).toEqual([
      distilRow(1e9, 1e21),
      distilRow(3e9, 1e23, 'best-case'),
      ['', '', '', '', ''],
      err('ERR: scenario "magic" is not a scenario'),
      err(
        'ERR: compute of 1.00e17 FLOPs cannot buy 1e6 student tokens for a 1T-parameter student in the pretraining-and-inference scenario',
      ),
    ]);
  });

  it('row-returning functions want a single column', () => {
    expect(() => gas.call('OPTIMAL_SUPERVISED', [[1e21, 1e22]])).toThrow(
      /^compute: give a single column; each row gives one row of 3 results/,
    );
  });
});

describe('DISTIL_OR_TRAIN', () => {
  const verdict = (studentParams: number, compute: number, teacher: Parameters<typeof decide>[0]['teacher']) => {
    const decision = decide({ studentParams, compute, teacher }, { flipSearch: false });
    return [decision.call, decision.distilLoss, decision.supervisedLoss, decision.verdict];
  };

  it("the first column is core's call; the law's bare verdict is the last", () => {
    // The case: 150M on 2.38e23 FLOPs is far outside the evidence, though the law's verdict is "distil".
    const far = decide({ studentParams: 1.5e8, compute: 2.38e23, teacher: { kind: 'none' } }, { flipSearch: false });
    const [row] = gas.call('DISTIL_OR_TRAIN', '150M', 2.38e23) as unknown[][];
    expect(far.call).toBe('outside-evidence');
    expect(row![0]).toBe('outside-evidence');
    expect(row![3]).toBe(far.verdict);
    const plain = decide(
      { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7e9 } },
      { flipSearch: false },
    );
    const [same] = gas.call('DISTIL_OR_TRAIN', 1e9, 1e21, 1.9, 7e9) as unknown[][];
    expect(same![0]).toBe(plain.call);
    expect(same![3]).toBe(plain.verdict);
  });

  it('a loss worse than a uniform guess is not shown as a number', () => {
    // An 8B@15T teacher at 1e17 FLOPs: a distilled loss above ln 32768 (PAPER.md; issue: "10.50 nats").
    const decision = decide(
      { studentParams: 1e9, compute: 1e17, teacher: { kind: 'size', teacherParams: 8e9, teacherTokens: 1.5e13 } },
      { flipSearch: false },
    );
    expect(decision.distilLoss).toBeGreaterThan(Math.log(32768));
    const [row] = gas.call('DISTIL_OR_TRAIN', '1B', 1e17, '', '8B@15T') as unknown[][];
    expect(row![1]).toBe('no prediction: above ln 32768');
    expect(row![0]).toBe('outside-evidence');
  });

  it('with no teacher: a teacher is trained (for K students)', () => {
    expect(gas.call('DISTIL_OR_TRAIN', 1e9, 1e22)).toEqual([verdict(1e9, 1e22, { kind: 'none' })]);
    expect(gas.call('DISTIL_OR_TRAIN', 1e9, 1e22, '', '', 8)).toEqual([
      verdict(1e9, 1e22, { kind: 'none', students: 8 }),
    ]);
  });

  it('with an existing teacher given by loss and size', () => {
    const result = gas.call('DISTIL_OR_TRAIN', column('1B', '300M'), column(1e21, 1e20), 1.9, '7B');
    expect(result).toEqual([
      verdict(1e9, 1e21, { kind: 'loss', teacherLoss: 1.9, teacherParams: 7e9 }),
      verdict(3e8, 1e20, { kind: 'loss', teacherLoss: 1.9, teacherParams: 7e9 }),
    ]);
    expect((result as unknown[][])[0]![0]).toMatch(/^(distil|train|close-call|outside-evidence)$/);
    expect((result as unknown[][])[0]![3]).toMatch(/^(distil|train)$/);
  });

  it("a teacher loss worse than a uniform guess (ln 32768 = 10.40) is refused by core's one check", () => {
    // 10.4 is just above ln 32768 ≈ 10.397; 15 lies in the gap the faces once disagreed on (10.40–20).
    for (const teacherLoss of [10.4, 15, 20]) {
      expect(() => gas.call('DISTIL_OR_TRAIN', 1e9, 1e22, teacherLoss, 7e9)).toThrow(
        /^teacher_loss must be ≤ 10\.3972 nats \(ln 32768/,
      );
      expect(() => gas.call('DISTIL_LOSS', 1e9, 2e10, teacherLoss)).toThrow(/^teacher_loss must be ≤ 10\.3972 nats/);
    }
    expect(gas.call('DISTIL_OR_TRAIN', 1e9, 1e22, 10.39, 7e9)).toEqual([
      verdict(1e9, 1e22, { kind: 'loss', teacherLoss: 10.39, teacherParams: 7e9 }),
    ]);
  });

  it('a teacher loss without its size (or the reverse) is an error that says what is missing', () => {
    expect(() => gas.call('DISTIL_OR_TRAIN', 1e9, 1e22, 1.9)).toThrow(/^teacher_params is needed with teacher_loss/);
    expect(() => gas.call('DISTIL_OR_TRAIN', 1e9, 1e22, '', 7e9)).toThrow(
      /^teacher_params needs its tokens \(7B@2T\) or its loss \(2\.1\)/,
    );
    expect(
      gas.call('DISTIL_OR_TRAIN', column(1e9, 1e9), column(1e22, 1e22), column(1.9, 1.9), column(7e9, '')),
    ).toEqual([
      verdict(1e9, 1e22, { kind: 'loss', teacherLoss: 1.9, teacherParams: 7e9 }),
      new Array(4).fill('ERR: teacher_params is needed with teacher_loss'),
    ]);
  });
});

describe('DISTIL_NOTES', () => {
  it("the decision's warnings as one text cell, row by row", () => {
    const notes = (studentParams: number, compute: number) =>
      decide({ studentParams, compute, teacher: { kind: 'none' } }, { flipSearch: false })
        .warnings.map((warning) => renderWarning(warning, 'en'))
        .join(' · ');
    expect(notes(3e9, 1e18)).not.toBe('');
    expect(gas.call('DISTIL_NOTES', 3e9, 1e18)).toBe(notes(3e9, 1e18));
    expect(gas.call('DISTIL_NOTES', column(3e9, '', 1e9), column(1e18, '', 1e22))).toEqual([
      [notes(3e9, 1e18)],
      [''],
      [notes(1e9, 1e22)],
    ]);
  });

  it('the same argument errors as DISTIL_OR_TRAIN', () => {
    expect(() => gas.call('DISTIL_NOTES', 1e9, 1e22, 1.9)).toThrow(/^teacher_params is needed with teacher_loss/);
  });
});

describe('FLIP_COMPUTE', () => {
  it('best case by default: 1B crosses at ~1.75e22 FLOPs (PAPER.md §10)', () => {
    const flip = gas.call('FLIP_COMPUTE', '1B') as number;
    expect(flip).toBe(crossoverCompute({ studentParams: 1e9 }).flipCompute);
    expect(flip / 1.75e22).toBeGreaterThan(0.95);
    expect(flip / 1.75e22).toBeLessThan(1.05);
  });

  it('a scenario, a range, and "none" when the verdict never changes', () => {
    expect(gas.call('FLIP_COMPUTE', 1e9, 'teacher-inference')).toBe(
      crossoverCompute({ studentParams: 1e9, scenario: 'teacher-inference' }).flipCompute ?? 'none',
    );
    expect(gas.call('FLIP_COMPUTE', column(5e8, '', 3e10, 1))).toEqual([
      [crossoverCompute({ studentParams: 5e8 }).flipCompute],
      [''],
      ['none'],
      ['ERR: student_params must be ≥ 1e6'],
    ]);
  });
});

describe('GPU_HOURS and TRAINING_COST', () => {
  it('GPU_HOURS equals core: 1e24 FLOPs on an H100 at 40% ≈ 701,900 GPU-hours', () => {
    const hours = gas.call('GPU_HOURS', 1e24, 'h100') as number;
    expect(hours).toBe(gpuHoursFor(1e24, { gpu: 'h100' }).gpuHours.base);
    expect(Math.round(hours / 100) * 100).toBe(701_900);
    expect(gas.call('GPU_HOURS', '1e24', 'H100-SXM', 0.5)).toBe(
      gpuHoursFor(1e24, { gpu: 'h100', mfu: 0.5 }).gpuHours.base,
    );
    expect(gas.call('GPU_HOURS', 1e24, 'h100', '50%')).toBe(
      gpuHoursFor(1e24, { gpu: 'h100', mfu: '50%' }).gpuHours.base,
    );
  });

  it('GPU_HOURS errors name the argument', () => {
    expect(() => gas.call('GPU_HOURS', 1e24, '')).toThrow(/^gpu is missing/);
    expect(() => gas.call('GPU_HOURS', 1e24, 'h100', 1.5)).toThrow(/^mfu must be ≤ 1/);
    expect(gas.call('GPU_HOURS', column(1e22, -1), 'a100')).toEqual([
      [gpuHoursFor(1e22, { gpu: 'a100' }).gpuHours.base],
      ['ERR: flops must be ≥ 0'],
    ]);
  });

  it("TRAINING_COST is core's unrounded amount as a number, in USD or another currency at a rate", () => {
    const usd = (flops: number, options = {}) => Number(costFlops(flops, { gpu: 'h100', ...options }).costExact.base);
    expect(gas.call('TRAINING_COST', 1e22, 'h100')).toBe(usd(1e22));
    expect(gas.call('TRAINING_COST', 1e22, 'h100', 'aws')).toBe(usd(1e22, { provider: 'aws' }));
    expect(gas.call('TRAINING_COST', 1e22, 'h100', '', 0.3, 'JPY', 150)).toBe(
      usd(1e22, { mfu: 0.3, currency: 'JPY', rate: 150 }),
    );
    expect(gas.call('TRAINING_COST', column(1e22, '', 3e23), 'h100', 'aws')).toEqual([
      [usd(1e22, { provider: 'aws' })],
      [''],
      [usd(3e23, { provider: 'aws' })],
    ]);
  });

  it('TRAINING_COST errors: unknown GPU lists the ids, a currency without a rate asks for it', () => {
    expect(() => gas.call('TRAINING_COST', 1e22, 'k80')).toThrow(/^gpu .*k80.*Accepted: .*h100/);
    expect(() => gas.call('TRAINING_COST', 1e22, 'h100', '', '', 'JPY')).toThrow(
      /^rate is needed to show costs in JPY/,
    );
  });
});

describe('the sandbox', () => {
  it('functions touch no Apps Script service and log nothing', () => {
    gas.call('OPTIMAL_DISTIL', 1e9, 1e22);
    gas.call('TRAINING_COST', 1e22, 'h100');
    expect(gas.cache.puts).toBe(0);
    expect(gas.cache.entries.size).toBe(0);
    expect(gas.properties.values.size).toBe(0);
    expect(gas.logs).toEqual([]);
  });

  it("the mocks hold Apps Script's limits: cache key ≤ 250 characters, value ≤ 100 KB, TTL ≤ 6 h", () => {
    const cache = loadGasBundle().cache;
    cache.put('k'.repeat(250), 'v'.repeat(100 * 1024));
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(/key/);
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow(/value/);
    expect(() => cache.put('k', 'v', 21601)).toThrow(/21600/);
    expect(cache.get('k'.repeat(250))).toHaveLength(100 * 1024);
  });

  it('takes a 100,000-row column in one call', () => {
    const result = gas.call('FORWARD_FLOPS', column(...new Array(100_000).fill(1e9))) as number[][];
    expect(result).toHaveLength(100_000);
    expect(result[99_999]![0]).toBe(flopsPerToken(1e9).forwardPerToken);
  });

  it('FLIP_COMPUTE over 100,000 rows of repeated students: one search per distinct row', () => {
    const students = [5e8, 1e9, 2e9, '1B', 3e9];
    const rows = Array.from({ length: 100_000 }, (_, i) => students[i % students.length]);
    const started = performance.now();
    const result = gas.call('FLIP_COMPUTE', column(...rows), 'both') as unknown[][];
    const seconds = (performance.now() - started) / 1000;
    console.log(`FLIP_COMPUTE, 100,000 rows of 5 students: ${seconds.toFixed(2)} s`);
    expect(result).toHaveLength(100_000);
    const flip = (params: number) =>
      crossoverCompute({ studentParams: params, scenario: 'pretraining-and-inference' }).flipCompute ?? 'none';
    expect(result[1]![0]).toBe(flip(1e9));
    expect(result[3]![0]).toBe(flip(1e9));
    expect(result[99_999]![0]).toBe(flip(3e9));
  });

  it('cuts a call off at the time limit, as Apps Script does at 30 s', () => {
    const slow = loadGasBundle(undefined, { timeoutMs: 50 });
    // Enough rows of the slowest function to need far more than 50 ms.
    const students = Array.from({ length: 400 }, (_, i) => 1e9 + i * 1e6); // distinct: nothing to reuse
    expect(() => slow.call('DISTIL_OR_TRAIN', column(...students), 1e22)).toThrow(/timed out/);
  });
});
