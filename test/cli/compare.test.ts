/**
 * `distilplan compare` spawned as a person runs it: several student sizes side by side, and with the serving
 * flags training + serving cost and the break-even point, checked against hand arithmetic (training at 40% of
 * the H100's 989.4 TFLOP/s bf16 peak, serving at 2N FLOPs per generated token at 25%, $2 per GPU-hour).
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../core/index.js';
import { spawnCli } from '../helpers/cli.js';

const SERVING = ['--serve-tokens-per-day', '1B', '--serve-days', '365', '--price', '2'];
const PEAK = 989.4e12;
const dollars = (flops: number, mfu: number): number => (flops / (PEAK * mfu * 3600)) * 2;

describe('distilplan compare', () => {
  it('--json: each student as decide answers it, the serving costs and the break-even in days', async () => {
    const run = await spawnCli([
      'compare',
      '--student-params',
      '1B',
      '3B',
      '--compute',
      '2e21',
      '1e21',
      ...SERVING,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.students.map((s: { name: string }) => s.name)).toEqual(['1B', '3B']);
    // Each student is core's decision for its own size and budget.
    const none = { kind: 'none' } as const;
    expect(json.students[0].verdict).toBe(decide({ studentParams: 1e9, compute: 2e21, teacher: none }).verdict);
    expect(json.students[1].supervisedLoss).toBe(
      decide({ studentParams: 3e9, compute: 1e21, teacher: none }).supervisedLoss,
    );
    const [small, big] = json.students.map((s: { serving: Record<string, unknown> }) => s.serving);
    expect(Number(small.training.costExact.base)).toBeCloseTo(dollars(2e21, 0.4), 6);
    // 1e9 tokens a day × 2 × 1e9 parameters = 2e18 FLOPs a day at 25%.
    expect(Number(small.servingPerDayExact)).toBeCloseTo(dollars(2e18, 0.25), 9);
    expect(Number(big.servingPerDayExact)).toBeCloseTo(dollars(6e18, 0.25), 9);
    expect(small.serving.flops).toBe(2e18 * 365);
    expect(Number(small.total.costExact.base)).toBeCloseTo(dollars(2e21, 0.4) + 365 * dollars(2e18, 0.25), 6);
    // Break-even: (1e21 FLOPs / 0.4) ÷ (4e18 FLOPs a day / 0.25) = 156.25 days.
    expect(big.breakEven.kind).toBe('pays-back');
    expect(big.breakEven.days).toBeCloseTo(156.25, 9);
    expect(small.breakEven).toBeUndefined();
    expect(json.serving).toEqual({ currency: 'USD', cheapestTotal: '1B', cheapestToRun: '1B', cheapestToTrain: '3B' });
  });

  it('human output: the sentences first, then the figures; in Japanese with --lang ja', async () => {
    const [en, ja] = await Promise.all([
      spawnCli(['compare', '--student-params', '1B', '3B', '--compute', '2e21', '1e21', ...SERVING]),
      spawnCli(['compare', '--student-params', '1B', '3B', '--compute', '2e21', '1e21', ...SERVING, '--lang', 'ja']),
    ]);
    const lines = en.stdout.split('\n');
    // First the question as typed (each student's own budget), then the best student, named only where the
    // plausible laws separate them.
    expect(lines.shift()).toBe(
      'Read as: 1B: 1B student, 2e21 budget, serving 1B tokens a day, for 365 days; 3B: 3B student, 1e21 budget, serving 1B tokens a day, for 365 days',
    );
    expect(lines.shift()).toBe('Compare 2: lowest loss is 3B (2.1766)');
    expect(lines[0]).toBe(
      'Over 365 days serving 1B tokens a day, 1B costs least: $4.45k in all ($2.81k to train, $1.64k to serve).',
    );
    expect(lines[1]).toMatch(
      /^1B costs \$1\.4k more to train than 3B but \$8\.98 a day less to run: it pays that back after 157 days/,
    );
    expect(en.stdout).toContain('3B: $1.4k to train + $13.48 a day to serve = $6.32k over 365 days');
    expect(ja.stdout.split('\n')[0]).toBe(
      '1B: 1B のモデル、予算 2e21、1日 1B トークンを推論、365 日間／3B: 3B のモデル、予算 1e21、1日 1B トークンを推論、365 日間 として比較しました',
    );
    expect(ja.stdout.split('\n')[3]).toMatch(
      /^1B は 3B より学習費が1,403\.77ドル高い一方、.*推論開始から157日で回収できます/,
    );
    // The gap's money in the sentence's language: 2.574e21 FLOPs / (989.4e12 × 0.4 × 3600) × $2 = $3,613.05; the
    // FLOPs as every answer writes them (as Slack does).
    expect(ja.stdout.split('\n')[4]).toBe(
      '1B は 3B より 0.0105 nats 高く、直接学習でこの差を埋めるには 2.6×10²¹ FLOP（3,613.05ドル） 必要です',
    );
  });

  it('says the hardware, price and its source once when every student shares them, each student keeping its own lines', async () => {
    for (const lang of ['en', 'ja'] as const) {
      const { stdout } = await spawnCli([
        'compare',
        '--student-params',
        '1B',
        '3B',
        '--budget',
        '$20k',
        '--gpu',
        'h100',
        '--lang',
        lang,
      ]);
      const once =
        lang === 'en'
          ? ['Price $3.99/GPU-hour', 'Price source: ', 'bf16 dense peak']
          : ['価格: $3.99', '価格の出典：', '理論性能'];
      for (const line of once) expect(stdout.split(line), `${lang}: ${line}`).toHaveLength(2);
      // Each student still has its own figures under its name.
      expect(stdout.split(lang === 'en' ? 'Student tokens' : '生徒モデルのトークン数')).toHaveLength(3);
    }
  });

  it('without serving flags it compares the decisions only; bad lists exit 2 naming the flag', async () => {
    const runs = await Promise.all([
      spawnCli(['compare', '--student-params', '1B', '3B', '--compute', '1e21']),
      spawnCli(['compare', '--student-params', '1B', '--compute', '1e21']),
      spawnCli(['compare', '--student-params', '1B', '3B', '--compute', '1e21', '2e21', '3e21']),
      spawnCli(['compare', '--student-params', '1B', '3B', '--compute', '1e21', '--serve-days', '30']),
      spawnCli(['compare', '--student-params', '1B', 'lots', '--compute', '1e21']),
    ]);
    expect(runs[0]!.code).toBe(0);
    expect(runs[0]!.stdout).not.toContain('serve');
    expect(runs[0]!.stdout.split('\n').slice(0, 3)).toEqual([
      'Read as: 1B and 3B students, 1e21 budget',
      expect.stringMatching(/^Compare 2: lowest loss is 3B \(\d\.\d{4}\)$/),
      // Then one row per student: its call, both losses, the FLOPs and the money at the default price.
      '1B  Train directly 2.2215 (distilled 2.3026) on 1.0×10²¹ FLOP · $2.8k',
    ]);
    // Each student's figures follow under its name, as in Slack.
    expect(runs[0]!.stdout).toContain('3B · 3B student, budget 1.0×10²¹ FLOP, no teacher (1 student), h100-sxm');
    expect(runs[1]!.stderr).toBe(
      'distilplan: --student-params needs 2 to 4 student sizes (got 1). Accepted: --student-params 1B 3B\n',
    );
    expect(runs[2]!.stderr).toMatch(
      /^distilplan: --compute takes one budget for all or one per student \(got 3 for 2 students\)/,
    );
    expect(runs[3]!.stderr).toMatch(/^distilplan: --serve-tokens-per-day is needed with --serve-days/);
    expect(runs[4]!.stderr).toMatch(/^distilplan: lots: --student-params "lots" is not a number/);
    for (const run of runs.slice(1)) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});
