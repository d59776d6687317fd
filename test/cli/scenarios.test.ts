/**
 * `distilplan scenarios` and `--costs` in-process through `run(argv)`: rows agree with `cost` for the same offer to
 * the minor unit, filters and currency reach core, a decision under a profile reports parts that sum to its total,
 * and bad or huge profile files get coded errors naming --costs in both languages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_COST_PROFILE_BYTES } from '../../core/index.js';
import { runCli, runCliJson } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'distilplan-costs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PROFILE = 'examples/cost-profile.json';

describe('distilplan scenarios', () => {
  it('gives every row the money `cost` gives for the same offer, to the minor unit, in USD and yen', async () => {
    for (const money of [[], ['--currency', 'JPY', '--rate', '150']]) {
      const table = await runCliJson(['scenarios', '--flops', '3e22', '--gpu', 'h100,mi300x', ...money]);
      expect(table.rows.length).toBeGreaterThan(5);
      for (const row of table.rows) {
        const single = await runCliJson([
          'cost',
          '--flops',
          '3e22',
          '--gpu',
          row.gpu.id,
          '--provider',
          row.id,
          ...money,
        ]);
        expect(row.cost, row.id).toEqual(single.band.cost);
        expect(row.pricePerGpuHour).toBe(single.price.perGpuHour);
        expect(row.asOf).toBe(single.priceAsOf);
      }
    }
  });

  it('filters by kind and provider lists and sorts by cost', async () => {
    const table = await runCliJson([
      'scenarios',
      '--flops',
      '1e22',
      '--kind',
      'spot,marketplace',
      '--provider',
      'vast,crusoe',
    ]);
    expect(table.rows.map((row: { id: string }) => row.id)).toEqual([
      'crusoe-mi300x-spot',
      'vast-h100-low',
      'vast-h100-high',
    ]);
  });

  it('prints a table cheapest first with the cheapest of each kind, and says when a GPU runs at another peak', async () => {
    const { stdout, code } = await runCli([
      'scenarios',
      '--flops',
      '1e22',
      '--gpu',
      'a100-40gb,h100',
      '--precision',
      'fp8',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cost of 1\.00e22 FLOPs on every offer \(USD\), cheapest first/);
    expect(stdout).toContain('a100-40gb has no fp8 peak: its rows use the bf16 peak.');
    expect(stdout).toMatch(/cheapest on-demand: runpod-h100-secure, \$/);
    expect(stdout).toMatch(/saves 46\.6% against runpod-h100-secure/);
    const ja = await runCli(['scenarios', '--flops', '1e22', '--gpu', 'h100', '--lang', 'ja']);
    expect(ja.stdout).toMatch(/安い順/);
    expect(ja.stdout).toMatch(/オンデマンドで最安：runpod-h100-secure/);
  });

  it("takes a decide question: the plan's FLOPs, and the route's tokens for the profile's data cost", async () => {
    const table = await runCliJson([
      'scenarios',
      '--student-params',
      '1B',
      '--compute',
      '1e22',
      '--gpu',
      'h100',
      '--costs',
      PROFILE,
    ]);
    expect(table.flops).toBe(1e22);
    expect(table.source.from).toBe('decision');
    const row = table.rows[0];
    const data = row.ownership.parts.find((part: { code: string }) => part.code === 'data-training');
    expect(data.amount).toBe(
      new Decimal(table.source.tokens.training)
        .times('0.02')
        .div('1e6')
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
    );
  });

  it('refuses an unknown kind naming --kind, in English and Japanese', async () => {
    const en = await runCli(['scenarios', '--flops', '1e22', '--kind', 'cheap']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(/^distilplan: --kind "cheap" is not a kind of price\. Accepted: a list of on-demand/);
    const ja = await runCli(['scenarios', '--flops', '1e22', '--kind', 'cheap', '--lang', 'ja']);
    expect(ja.stderr).toMatch(/--kind の「cheap」は価格の種類ではありません/);
  });
});

describe('--costs on a decision', () => {
  it('reports parts that sum to its total to the minor unit, and the headline says the total', async () => {
    for (const money of [[], ['--currency', 'JPY', '--rate', '150']]) {
      const args = ['decide', '--student-params', '1B', '--compute', '1e22', '--costs', PROFILE, ...money];
      const answer = await runCliJson(args);
      const ownership = answer.costing.ownership;
      const places = ownership.currency === 'JPY' ? 0 : 2;
      const sum = ownership.parts.reduce((t: Decimal, part: { amount: string }) => t.plus(part.amount), new Decimal(0));
      expect(sum.toFixed(places)).toBe(ownership.total);
      expect(ownership.rental).toBe(answer.costing.total.cost.base);
      expect(ownership.profile.name).toBe('example-finance-2027');
      const text = await runCli(args);
      expect(text.stdout).toMatch(/under the cost profile "example-finance-2027" \((GPU rental )/);
      expect(text.stdout).toMatch(/(Total cost of ownership|総保有コスト).*"example-finance-2027".*(\$|¥)[\d,]+/);
    }
  });

  it('keeps saying what is not counted without a profile', async () => {
    const answer = await runCliJson(['decide', '--student-params', '1B', '--compute', '1e22']);
    expect(answer.costing.ownership.profile).toBeNull();
    expect(answer.costing.ownership.notCounted).toContain('failures');
    const text = await runCli(['cost', '--flops', '1e22']);
    expect(text.stdout).toMatch(/GPU rental for the final run only \(no ablations, failed runs, storage or staff\)/);
  });

  it('puts serving and its infrastructure among the parts of a decision that serves', async () => {
    const answer = await runCliJson([
      'decide',
      '--student-params',
      '1B',
      '--compute',
      '1e22',
      '--costs',
      PROFILE,
      '--serve-tokens-per-day',
      '2B',
      '--serve-days',
      '365',
    ]);
    const parts = answer.costing.ownership.parts as Array<{ code: string; amount: string }>;
    const serving = parts.find((part) => part.code === 'serving')!;
    expect(serving.amount).toBe(answer.serving.serving.cost.base);
    expect(parts.find((part) => part.code === 'serving-infrastructure')?.amount).toBe(
      new Decimal(answer.serving.serving.costExact.base)
        .times('0.15')
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
    );
  });

  it('gives bad and huge profile files coded errors naming --costs, in both languages', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'distilplan-cost-profile',
        version: 1,
        name: 'b',
        currency: 'USD',
        people: { quantity: -3, unit: 'person-days', price: '800' },
      }),
    );
    const en = await runCli(['cost', '--flops', '1e22', '--costs', bad]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `distilplan: --costs ${bad}: people.quantity must not be negative. Accepted: a number ≥ 0, such as 0.02\n`,
    );
    const ja = await runCli(['cost', '--flops', '1e22', '--costs', bad, '--lang', 'ja']);
    expect(ja.stderr).toMatch(/people\.quantity は負の値にできません/);
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, `{"note": "${'x'.repeat(MAX_COST_PROFILE_BYTES)}"}`);
    const big = await runCli(['cost', '--flops', '1e22', '--costs', huge]);
    expect(big.stderr).toMatch(
      /^distilplan: --costs file .*huge\.json is over 65.5k bytes\. Accepted: a file like examples\/cost-profile\.json/,
    );
    const bigJa = await runCli(['cost', '--flops', '1e22', '--costs', huge, '--lang', 'ja']);
    expect(bigJa.stderr).toMatch(/バイトを超えています/);
    const missing = await runCli(['cost', '--flops', '1e22', '--costs', join(dir, 'none.json')]);
    expect(missing.stderr).toMatch(/--costs file .*none\.json cannot be read \(no such file\)/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    expect((await runCli(['cost', '--flops', '1e22', '--costs', notJson])).stderr).toMatch(/is not valid JSON/);
  });
});
