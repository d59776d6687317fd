/**
 * `distilplan cost`, `gpus` and `prices`: money checked against hand arithmetic (H100 SXM's 989.4 TFLOP/s bf16
 * dense peak at 40% MFU, the dated price table), in-process through run(argv) and as the bin runs them; bad input
 * names its flag.
 */
import { describe, expect, it } from 'vitest';
import { runCli, spawnCliSync } from '../helpers/cli.js';

describe('cost command (in process)', () => {
  it('prints JSON with gpuHours, a decimal-string cost, currency, band and priceAsOf', async () => {
    const { stdout, stderr } = await runCli(['cost', '--flops', '1e24', '--gpu', 'h100', '--json']);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    // 1e24 / (989.4e12 × 0.4 × 3600) = 701,884.419… GPU-hours; × $3.99 = $2,800,518.83
    expect(json.gpuHours).toBeCloseTo(701_884.419, 2);
    expect(json.cost).toBe('2800518.83');
    expect(json.currency).toBe('USD');
    expect(json.priceAsOf).toBe('2026-10-06');
    expect(json.price).toMatchObject({ provider: 'lambda', kind: 'on-demand', asOf: '2026-10-06' });
    expect(json.band.mfu).toEqual({ low: 0.3, base: 0.4, high: 0.5 });
    expect(json.band.cost.low < json.band.cost.high).toBe(true);
    expect(json.mfuPrecision).toBe('bf16');
  });

  it('shows yen with the rate and its date', async () => {
    const { stdout } = await runCli([
      'cost',
      '--flops',
      '1e24',
      '--currency',
      'JPY',
      '--rate',
      '150',
      '--rate-date',
      '2026-11-28',
      '--json',
    ]);
    const json = JSON.parse(stdout);
    expect(json.cost).toBe('420077825'); // 2,800,518.8329… × 150, whole yen
    expect(json.rate).toBe('150');
    expect(json.rateDate).toBe('2026-11-28');
  });

  it('prints a human answer naming GPU, MFU precision, price date and basis', async () => {
    const { stdout } = await runCli(['cost', '--flops', '3 PF-days', '--gpu', 'a100-40gb', '--provider', 'aws']);
    expect(stdout).toMatch(/^Cost: \$1\.58k$/m);
    expect(stdout).toMatch(/^Compute\s+2\.6×10²⁰ FLOP$/m);
    expect(stdout).toMatch(/bf16 dense peak 312 TFLOP\/s · MFU 30\/40\/50% \(low\/base\/high, vs the bf16 peak\)/);
    // 2.592e20 / (312e12 × 0.4 × 3600) = 576.923… GPU-hours at AWS p4d's $21.96 / 8 = $2.745 → $1,583.65
    expect(stdout).toMatch(/Price \$2\.745\/GPU-hour: aws p4d\.24xlarge.*\(on-demand\), as of 2026-09-12/);
    expect(stdout).toMatch(/^Cost \(base, every digit\)\s+\$1,583\.65$/m);
    expect(stdout).toMatch(/^Cost = GPU rental for the final run only/m);
  });

  it('says what the cost band means, in the language asked for', async () => {
    // 1e24 FLOPs: 561,507.5 / 701,884.4 / 935,845.9 GPU-hours at 50/40/30% MFU × $3.99 → $2.24M / $2.8M / $3.73M.
    const { stdout } = await runCli(['cost', '--flops', '1e24']);
    expect(stdout).toMatch(/^Cost\s+\$2\.8M \(\$2\.24M–\$3\.73M\) if MFU is 40% \(50%…30%\)$/m);
    const ja = (await runCli(['cost', '--flops', '1e24', '--mfu', '0.35', '--lang', 'ja'])).stdout;
    // At 35% the band is 43.75%…26.25%, shown to three significant figures.
    expect(ja).toMatch(/MFU が 35% の場合（範囲は MFU 43\.8%〜26\.3%）$/m);
  });

  it('turns a budget into FLOPs with --budget', async () => {
    const { stdout } = await runCli(['cost', '--budget', '2,000 H100-hours', '--json']);
    expect(JSON.parse(stdout).flops).toBe(2.849472e21); // 2000 × 3600 × 989.4e12 × 0.4
  });

  it('names the flag in errors', async () => {
    expect((await runCli(['cost', '--flops', '1e24', '--gpu', 'x100'])).stderr).toMatch(
      /^distilplan: --gpu "x100" is not a known GPU\. Accepted: one of a100/,
    );
    expect((await runCli(['cost', '--flops', '1e24', '--mfu', '0'])).stderr).toMatch(
      /^distilplan: --mfu must be ≥ 0.01/,
    );
    expect((await runCli(['cost', '--flops', '1e24', '--price', '-3'])).stderr).toMatch(
      /^distilplan: --price must not be negative/,
    );
    expect((await runCli(['cost', '--flops', '1e24', '--currency', 'JPY', '--rate', '0'])).stderr).toMatch(
      /^distilplan: --rate must be > 0/,
    );
    expect((await runCli(['cost', '--flops', '$5'])).stderr).toMatch(/^distilplan: --flops must be compute/);
    expect((await runCli(['cost'])).stderr).toMatch(/^distilplan: --flops is missing/);
  });

  it('lists GPUs and prices with sources and dates', async () => {
    const gpus = JSON.parse((await runCli(['gpus', '--json'])).stdout);
    expect(gpus.gpus.every((gpu: { sourceUrl: string; sourceDate: string }) => gpu.sourceUrl && gpu.sourceDate)).toBe(
      true,
    );
    const prices = JSON.parse((await runCli(['prices', '--gpu', 'h100', '--json'])).stdout);
    expect(prices.prices.find((p: { id: string }) => p.id === 'aws-p5-2023').pricePerGpuHour).toBe('12.29');
    expect((await runCli(['prices'])).stdout).toMatch(
      /lambda-h100-8x\s+h100-sxm\s+3\.99\s+on-demand\s+2026-10-06\s+yes/,
    );
    expect((await runCli(['prices', '--provider', 'acme'])).stderr).toMatch(
      /^distilplan: --provider "acme" is not a known provider/,
    );
  });
});

describe('distilplan bin: cost, gpus, prices', () => {
  it('cost --json', () => {
    const result = spawnCliSync(['cost', '--flops', '1e24', '--gpu', 'H100-SXM', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.cost).toBe('2800518.83');
    expect(json.currency).toBe('USD');
    expect(json.priceAsOf).toBe('2026-10-06');
    expect(Object.keys(json.band)).toEqual(expect.arrayContaining(['gpuHours', 'cost', 'mfu']));
  });

  it('bad input exits 2 with one line on stderr and nothing on stdout', () => {
    const result = spawnCliSync(['cost', '--flops', '1e24', '--gpu', 'x100']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--gpu "x100" is not a known GPU/);
  });

  it('gpus and prices', () => {
    expect(spawnCliSync(['gpus']).stdout).toMatch(/h100-sxm\s+989\.4/);
    expect(JSON.parse(spawnCliSync(['prices', '--json']).stdout).prices.length).toBeGreaterThan(10);
  });
});
