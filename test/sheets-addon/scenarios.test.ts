/**
 * COST_SCENARIOS in the built Apps Script bundle: the same table as core's costScenarios (and so as the CLI's
 * `scenarios` and `cost`), with a header row in the sheet's currency; a two-column cost-profile range reads as the
 * file does, and a bad one names its field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { costFlops, costScenarios, readCostProfile } from '../../core/index.js';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';

let gas: GasBundle;
beforeAll(() => {
  gas = loadGasBundle();
});

describe('COST_SCENARIOS', () => {
  it('spills a header row and one row per offer, equal to core and to TRAINING_COST per offer', () => {
    const table = gas.call('COST_SCENARIOS', 1e22, 'h100,b200', 'on-demand,spot') as unknown[][];
    const core = costScenarios({ flops: 1e22, gpuIds: 'h100,b200', kinds: 'on-demand,spot' });
    expect(table[0]).toEqual([
      'offer',
      'kind',
      'GPU',
      'peak TFLOP/s',
      'price per GPU-hour (USD)',
      'as of',
      'GPU-hours',
      'cost at high MFU (USD)',
      'cost (USD)',
      'cost at low MFU (USD)',
      'days',
      'GPUs',
      'saving vs on-demand (USD)',
      'on-demand offer',
    ]);
    expect(table.slice(1).map((row) => row[0])).toEqual(core.rows.map((row) => row.id));
    for (const [i, row] of core.rows.entries()) {
      const cells = table[i + 1]!;
      expect(cells[8]).toBe(Number(row.cost.base));
      expect([cells[7], cells[9]]).toEqual([Number(row.cost.low), Number(row.cost.high)]);
      expect(cells[8]).toBe(Number(costFlops(1e22, { gpu: row.gpu.id, provider: row.id }).cost.base));
      expect(cells[10]).toBe(row.wallClockDays.base);
      expect(cells[3]).toBe(row.peakTflops);
      // The H100 SXM's and B200's dense bf16 peaks as the catalog gives them (HARDWARE.md).
      expect(cells[3]).toBe(row.gpu.id === 'b200' ? 2250 : row.gpu.id === 'h100-pcie' ? 756 : 989.4);
      expect(cells[12]).toBe(row.saving ? Number(row.saving.amount) : '');
    }
    // Sorted by cost.
    const costs = table.slice(1).map((row) => row[8] as number);
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
  });

  it('answers in the sheet’s currency and takes ranges for the lists', () => {
    const table = gas.call(
      'COST_SCENARIOS',
      [['1e22 FLOPs']],
      [['h100'], ['mi300x']],
      [['reserved'], ['on-demand']],
      'JPY',
      150,
    ) as unknown[][];
    expect(table[0]![8]).toBe('cost (JPY)');
    const core = costScenarios({
      flops: 1e22,
      gpuIds: 'h100,mi300x',
      kinds: 'reserved,on-demand',
      currency: 'JPY',
      rate: 150,
    });
    expect(table.slice(1).map((row) => row[8])).toEqual(core.rows.map((row) => Number(row.cost.base)));
    expect(table.slice(1).every((row) => Number.isInteger(row[8]))).toBe(true);
  });

  it('takes a cost profile as a two-column range of labels and values', () => {
    const range = [
      ['name', 'finance'],
      ['prices[0].provider', 'aws'],
      ['prices[0].kind', 'on-demand'],
      ['prices[0].discount.amount', 30],
      ['prices[0].discount.unit', 'percent'],
      ['failureRestart.amount', 10],
      ['failureRestart.unit', 'percent-of-training-time'],
      ['people.quantity', 30],
      ['people.unit', 'person-days'],
      ['people.price', 800],
      ['', ''],
    ];
    const table = gas.call('COST_SCENARIOS', 1e22, 'h100', '', '', '', range) as unknown[][];
    expect(table[0]!.at(-1)).toBe('total cost of ownership (USD)');
    const file = readCostProfile(
      {
        format: 'distilplan-cost-profile',
        version: 1,
        name: 'finance',
        currency: 'USD',
        prices: [{ provider: 'aws', kind: 'on-demand', discount: { amount: 30, unit: 'percent' } }],
        failureRestart: { amount: 10, unit: 'percent-of-training-time' },
        people: { quantity: 30, unit: 'person-days', price: 800 },
      },
      'f',
    );
    const core = costScenarios({ flops: 1e22, gpuIds: 'h100', profile: file });
    expect(table.slice(1).map((row) => [row[0], row[8], row.at(-1)])).toEqual(
      core.rows.map((row) => [row.id, Number(row.cost.base), Number(row.ownership!.total)]),
    );
  });

  it('names the bad field of a profile range, and refuses labels that reach inherited names', () => {
    expect(() =>
      gas.call('COST_SCENARIOS', 1e22, '', '', '', '', [
        ['evaluation.amount', 5],
        ['evaluation.unit', 'percent-of-serving'],
      ]),
    ).toThrow(
      /^costs: evaluation\.unit is not a unit this part is stated in\. Accepted: percent-of-training, fraction-of-training/,
    );
    expect(() => gas.call('COST_SCENARIOS', 1e22, '', '', '', '', [['constructor.amount', 5]])).toThrow(
      /^costs: constructor is not a field of a cost profile/,
    );
    expect(() => gas.call('COST_SCENARIOS', 1e22, '', '', '', '', [['__proto__.amount', 5]])).toThrow(
      /^costs row 1 is not a label of a cost profile/,
    );
    expect(() => gas.call('COST_SCENARIOS', 1e22, '', '', '', '', [['prices[3].gpu', 'h100']])).toThrow(
      /^costs row 1 is not a label of a cost profile/,
    );
    // A name typed where the range goes is not an empty profile (that would add a total of nothing but rental).
    expect(() => gas.call('COST_SCENARIOS', 1e22, '', '', '', '', 'finance-2027')).toThrow(
      /^costs row 1 is not a label of a cost profile\. Accepted: name, currency, failureRestart\.amount/,
    );
    expect(() => gas.call('COST_SCENARIOS', 1e22, '', 'cheap')).toThrow(/^kinds "cheap" is not a kind of price/);
    expect(() => gas.call('COST_SCENARIOS', 1e22, 'x9')).toThrow(/^gpus "x9"/);
    // FLOPs text that is no budget names what flops takes, not the money budgets it refuses.
    expect(() => gas.call('COST_SCENARIOS', 'lots')).toThrow(
      /^flops "lots" is not a number\. Accepted: FLOPs as a number such as 1e22, or text such as "1e22 FLOPs"/,
    );
  });
});
