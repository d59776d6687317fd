/**
 * Money in and out of the shipped bundle: BUDGET_FLOPS (equal to the CLI to
 * the last digit), own prices in the sheet's currency, GPU_PRICE, and every
 * input form the Slack command and the CLI accept (full-width digits, units,
 * size@tokens teachers, short scenario names).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPriceFor, findGpu, gpuHoursFor, pricePerGpuHour } from '../../core/cost/index.js';
import { decide, distilledLoss, optimalDistillation, optimalSupervised } from '../../core/index.js';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'distilplan.mjs');
const run = promisify(execFile);

let gas: GasBundle;
beforeAll(() => {
  gas = loadGasBundle();
});

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

async function cliFlops(args: string[]): Promise<number> {
  const { stdout } = await run(process.execPath, [BIN, 'cost', ...args, '--json']);
  return JSON.parse(stdout).flops;
}

describe('BUDGET_FLOPS', () => {
  it('equals `distilplan cost --budget … --json` flops to the last digit', async () => {
    const cases: [unknown[], string[]][] = [
      [
        ['$200k', 'h100'],
        ['--budget', '$200k', '--gpu', 'h100'],
      ],
      [
        [200000, 'h100'],
        ['--budget', '$200000', '--gpu', 'h100'],
      ],
      [
        [30_000_000, 'h100', '', '', 'JPY', 150],
        ['--budget', '¥30M', '--gpu', 'h100', '--rate', '150'],
      ],
      [
        ['300万円', 'a100-40gb', 'aws', 0.5, '', 150],
        ['--budget', '300万円', '--gpu', 'a100-40gb', '--provider', 'aws', '--mfu', '0.5', '--rate', '150'],
      ],
      [
        [50_000, 'h200', 2.5],
        ['--budget', '$50k', '--gpu', 'h200', '--price', '2.5'],
      ],
      [
        ['500 GPU-hours', 'h100'],
        ['--budget', '500 GPU-hours', '--gpu', 'h100'],
      ],
      [
        ['3 PF-days', 'h100'],
        ['--budget', '3 PF-days', '--gpu', 'h100'],
      ],
    ];
    const expected = await Promise.all(cases.map(([, args]) => cliFlops(args)));
    cases.forEach(([sheetArgs], i) => {
      expect(gas.call('BUDGET_FLOPS', ...sheetArgs), JSON.stringify(sheetArgs)).toBe(expected[i]);
    });
  }, 60_000);

  it('money → GPU-hours at the price → FLOPs at the dense peak and MFU (independent arithmetic)', () => {
    const entry = defaultPriceFor('h100-sxm')!;
    const hours = 200_000 / pricePerGpuHour(entry).toNumber();
    const peak = findGpu('gpu', 'h100').denseFlopsPerSecond.bf16!;
    const flops = gas.call('BUDGET_FLOPS', 200000, 'h100') as number;
    expect(flops / (hours * 3600 * peak * 0.4)).toBeCloseTo(1, 12);
    // A bare number is money in the sheet's currency: ¥30M at 150/USD buys what $200k buys.
    expect(gas.call('BUDGET_FLOPS', 30_000_000, 'h100', '', '', 'JPY', 150)).toBe(flops);
    expect(gas.call('BUDGET_FLOPS', '１e21 FLOPs', 'h100')).toBe(1e21);
  });

  it('a column of budgets: blanks stay blank, a blank optional cell is the default, bad rows say why', () => {
    const result = gas.call(
      'BUDGET_FLOPS',
      column('$100k', '', 100000, 'lots', -5),
      'h100',
      column('aws', '', '', '', ''),
    ) as unknown[][];
    expect(result[0]).toEqual([gas.call('BUDGET_FLOPS', 100000, 'h100', 'aws')]);
    expect(result[1]).toEqual(['']);
    expect(result[2]).toEqual([gas.call('BUDGET_FLOPS', 100000, 'h100')]);
    expect(result[3]![0]).toBe('ERR: budget "lots" is not a budget');
    expect(result[4]![0]).toBe('ERR: budget must not be negative');
  });

  it('errors name the function’s own arguments', () => {
    expect(() => gas.call('BUDGET_FLOPS', '$200k', '')).toThrow(/^gpu is missing/);
    expect(() => gas.call('BUDGET_FLOPS', '$200k', 'h100', 'nope')).toThrow(
      /^provider_or_price "nope" is not a known provider/,
    );
    expect(() => gas.call('BUDGET_FLOPS', 200000, 'h100', '', '', 'JPY')).toThrow(/^rate is needed/);
    expect(() => gas.call('BUDGET_FLOPS', 200000, 'h100', '', 2)).toThrow(/^mfu must be ≤ 1/);
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf']) {
      expect(() => gas.call('BUDGET_FLOPS', 200000, name)).toThrow(/^gpu /);
      expect(() => gas.call('BUDGET_FLOPS', 200000, 'h100', name)).toThrow(/^provider_or_price /);
      expect(() => gas.call('BUDGET_FLOPS', 200000, 'h100', '', '', name, 150)).toThrow(/^currency /);
    }
  });
});

describe('TRAINING_COST with your own price', () => {
  const hours = (flops: number, mfu = 0.4) => gpuHoursFor(flops, { gpu: 'h100', mfu }).gpuHours.base;

  it('a number is a price per GPU-hour in the currency', () => {
    expect(gas.call('TRAINING_COST', 1e22, 'h100', 2.5) as number).toBeCloseTo(hours(1e22) * 2.5, 9);
    // ¥450 per GPU-hour in a yen sheet: hours × 450, not 450 dollars converted.
    expect(gas.call('TRAINING_COST', 1e22, 'h100', 450, '', 'JPY', 150) as number).toBeCloseTo(hours(1e22) * 450, 6);
    expect(gas.call('TRAINING_COST', 1e22, 'h100', '¥450', '', 'JPY', 150)).toBe(
      gas.call('TRAINING_COST', 1e22, 'h100', 450, '', 'JPY', 150),
    );
    expect(gas.call('TRAINING_COST', '1e22 FLOPs', 'h100', '2.5')).toBe(gas.call('TRAINING_COST', 1e22, 'h100', 2.5));
  });

  it('a price typed in dollars in a yen sheet is converted at the rate ($3 at 150 is ¥450)', () => {
    expect(gas.call('TRAINING_COST', 1e22, 'h100', '$3', '', 'JPY', 150) as number).toBeCloseTo(hours(1e22) * 450, 6);
  });

  it('a budget typed as text with no unit is asked about, naming budget; 3百万円 is yen', () => {
    expect(() => gas.call('BUDGET_FLOPS', '50k', 'h100')).toThrow(
      /^budget "50k" has no unit: is it money, GPU-hours or FLOPs\? Accepted: \$50k, 50k GPU-hours or 5e4 FLOPs/,
    );
    expect(gas.call('BUDGET_FLOPS', '3百万円', 'h100', '', '', 'JPY', 150)).toBe(
      gas.call('BUDGET_FLOPS', 3_000_000, 'h100', '', '', 'JPY', 150),
    );
  });

  it('a bad price names provider_or_price; no CLI flag appears in a sheet error', () => {
    expect(() => gas.call('TRAINING_COST', 1e22, 'h100', -2)).toThrow(/^provider_or_price must not be negative/);
    expect(() => gas.call('TRAINING_COST', 1e22, 'h100', 0)).toThrow(/^provider_or_price must be > 0/);
    for (const args of [
      [1e22, 'h100', '', '', 'USD', 150],
      [1e22, 'h100', '', '', 'JPY'],
      [1e22, 'h100', 'nope'],
      ['$5', 'h100'],
    ]) {
      expect(() => gas.call('TRAINING_COST', ...args)).toThrow(/^(?![\s\S]*--[a-z])/);
    }
  });
});

describe('GPU_PRICE', () => {
  it('a 1×4 row: price per GPU-hour, currency, as-of date, provider kind', () => {
    // Lambda's 8× H100 SXM5 list, $31.92 / 8 = $3.99, read 2026-10-06; at 150 yen per dollar, 598.5 yen.
    expect(gas.call('GPU_PRICE', 'h100')).toEqual([[3.99, 'USD', '2026-10-06', 'lambda on-demand']]);
    expect(gas.call('GPU_PRICE', 'h100', '', 'JPY', 150)).toEqual([[598.5, 'JPY', '2026-10-06', 'lambda on-demand']]);
    // Like for like: H200's default is also an on-demand list (AWS p5en, $63.296 / 8), and "aws" alone is AWS's
    // newest on-demand list for that GPU, never its 2024 capacity-block reservation.
    expect(gas.call('GPU_PRICE', 'h200')).toEqual([[7.912, 'USD', '2026-08-06', 'aws on-demand']]);
    expect(gas.call('GPU_PRICE', 'h100', 'aws')).toEqual([[6.88, 'USD', '2026-10-06', 'aws on-demand']]);
    expect(gas.call('GPU_PRICE', 'tpu-v6e')).toEqual([[2.7, 'USD', '2026-08', 'gcp on-demand']]);
    const rows = gas.call('GPU_PRICE', column('h100', '', 'a100-40gb'), column('aws', '', '')) as unknown[][];
    expect(rows[1]).toEqual(['', '', '', '']);
    expect(rows[0]![3]).toMatch(/^aws /);
    expect(rows[2]![1]).toBe('USD');
  });

  it('errors name provider', () => {
    expect(() => gas.call('GPU_PRICE', 'h100', 'nope')).toThrow(/^provider "nope" is not a known provider/);
  });
});

describe('one input grammar: the forms Slack and the CLI accept', () => {
  it('full-width digits, units and short scenario names', () => {
    expect(gas.call('DISTIL_LOSS', '１．５Ｂ', '２０Ｂ', '２．２')).toBe(distilledLoss(1.5e9, 2e10, 2.2).loss);
    const plan = optimalSupervised(1e21);
    expect(gas.call('OPTIMAL_SUPERVISED', '1e21 FLOPs')).toEqual([[plan.params, plan.tokens, plan.loss]]);
    const pfDays = optimalSupervised(3 * 8.64e19);
    expect(gas.call('OPTIMAL_SUPERVISED', '3 PF-days')).toEqual([[pfDays.params, pfDays.tokens, pfDays.loss]]);
    const best = optimalDistillation({ studentParams: 1e9, compute: 1e22, scenario: 'best-case' });
    expect((gas.call('OPTIMAL_DISTIL', '1B', '1e22', 'best') as number[][])[0]![0]).toBe(best.loss);
    const inference = optimalDistillation({ studentParams: 1e9, compute: 1e22, scenario: 'teacher-inference' });
    expect((gas.call('OPTIMAL_DISTIL', '1B', '1e22', 'inference') as number[][])[0]![0]).toBe(inference.loss);
  });

  it('an 8B@15T teacher in teacher_params', () => {
    const decision = decide(
      { studentParams: 1e9, compute: 1e22, teacher: { kind: 'size', teacherParams: 8e9, teacherTokens: 1.5e13 } },
      { flipSearch: false },
    );
    const [row] = gas.call('DISTIL_OR_TRAIN', '1B', '1e22 FLOPs', '', '8B@15T') as unknown[][];
    expect(row!.slice(0, 3)).toEqual([decision.verdict, decision.distilLoss, decision.supervisedLoss]);
    expect(() => gas.call('DISTIL_OR_TRAIN', '1B', 1e22, 1.9, '8B@15T')).toThrow(/^teacher_loss cannot go with/);
    expect(() => gas.call('DISTIL_OR_TRAIN', '1B', 1e22, '', '8B@')).toThrow(/^teacher_params is empty/);
  });

  it('money where FLOPs are wanted points to BUDGET_FLOPS', () => {
    expect(() => gas.call('OPTIMAL_SUPERVISED', '$200k')).toThrow(/^compute is money, not FLOPs\..*BUDGET_FLOPS/);
    expect(() => gas.call('DISTIL_OR_TRAIN', '1B', '500 GPU-hours')).toThrow(/^compute is GPU-hours, not FLOPs/);
  });
});
