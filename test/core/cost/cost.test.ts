import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../helpers/words.js';
import { costFlops, gpuHoursFor, Money } from './helpers.js';

/** |a − b| ≤ tol·|b| */
function close(actual: number, expected: number, tol = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe('FLOPs → GPU-hours → money, worked by hand', () => {
  it('1e24 FLOPs on H100 SXM (989.4 TFLOP/s bf16) at 40% MFU ≈ 701,900 GPU-hours', () => {
    // 989.4e12 × 0.4 × 3600 = 1.424736e18 FLOPs per GPU-hour; 1e24 / 1.424736e18 = 701,884.4192889…
    // at $3.99 (Lambda 8× H100 SXM, $31.92 / 8, the default): 2,800,518.8329627383599…  → "2800518.83"
    const estimate = costFlops(1e24, { gpu: 'h100' });
    close(estimate.gpuHours.base, 701_884.419_288_906_9);
    expect(estimate.cost.base).toBe('2800518.83');
    expect(estimate.costExact.base.startsWith('2800518.832962738359948790512')).toBe(true);
    // band: low hours at 50% MFU (561,507.535…), high at 30% (935,845.892…)
    close(estimate.gpuHours.low, 561_507.535_431_125_5);
    close(estimate.gpuHours.high, 935_845.892_385_209_1);
    expect(estimate.assumptions.mfu).toEqual({ low: 0.3, base: 0.4, high: 0.5 });
    expect(estimate.assumptions.gpu.precision).toBe('bf16');
    expect(estimate.assumptions.price).toMatchObject({ provider: 'lambda', kind: 'on-demand', asOf: '2026-10-06' });
  });

  it('1e21 FLOPs on A100 40 GB (312 TFLOP/s) at 50% MFU, AWS p4d $21.96/8 after the June 2025 cut', () => {
    // 312e12 × 0.5 × 3600 = 5.616e17; 1e21 / 5.616e17 = 1,780.6267806…; × 2.745 = 4,887.8205128…
    const estimate = costFlops(1e21, { gpu: 'a100-40gb', mfu: 0.5, provider: 'aws' });
    close(estimate.gpuHours.base, 1780.626_780_626_780_6);
    expect(estimate.cost.base).toBe('4887.82');
    expect(estimate.assumptions.price).toMatchObject({ id: 'aws-p4d', kind: 'on-demand', asOf: '2026-09-12' });
    expect(estimate.assumptions.mfu).toEqual({ low: 0.375, base: 0.5, high: 0.625 });
  });

  it('3 PF-days on TPU v5e (197 TFLOP/s) at 40% with a user price of $1.20', () => {
    // 3 × 8.64e19 = 2.592e20; / (197e12 × 0.4 × 3600 = 2.8368e17) = 913.7055837…; × 1.20 = 1,096.4467005…
    const estimate = costFlops(2.592e20, { gpu: 'tpu-v5e', price: '1.20' });
    close(estimate.gpuHours.base, 913.705_583_756_345_2);
    expect(estimate.cost.base).toBe('1096.45');
    expect(estimate.assumptions.price.userGiven).toBe(true);
    expect(estimate.assumptions.price.asOf).toBe('user-given');
  });

  it("reproduces DeepSeek-V3's $5.576M for 2.788M GPU-hours at $2", () => {
    const flops = 2.788e6 * 3600 * 989.4e12 * 0.4; // 3.972163968e24
    const estimate = costFlops(flops, { provider: 'deepseek-v3-convention' });
    close(estimate.gpuHours.base, 2.788e6);
    expect(estimate.cost.base).toBe('5576000.00');
  });

  it('uses the FP8 peak, and says so, when asked for fp8', () => {
    // L4 fp8 dense 242.5 TFLOP/s: 1e20 / (242.5e12 × 0.4 × 3600) = 286.3688430…; × $0.805 (AWS g6.xlarge) = 230.5269186…
    const estimate = costFlops(1e20, { gpu: 'l4', precision: 'fp8' });
    close(estimate.gpuHours.base, 286.368_843_069_873_99);
    expect(estimate.cost.base).toBe('230.53');
    expect(estimate.assumptions.gpu.precision).toBe('fp8');
    expect(estimate.assumptions.gpu.peakFlopsPerSecond).toBe(242.5e12);
  });

  it('converts to yen exactly and rounds to whole yen', () => {
    // 2,800,518.8329627… × 150 = 420,077,824.9444…
    const estimate = costFlops(1e24, { currency: 'JPY', rate: 150, rateDate: '2026-11-28' });
    expect(estimate.currency).toBe('JPY');
    expect(estimate.cost.base).toBe('420077825');
    expect(estimate.assumptions.price.perGpuHour).toBe('598.5');
    expect(estimate.assumptions.currency).toEqual({
      code: 'JPY',
      ratePerUsd: '150',
      rateDate: '2026-11-28',
      minorUnits: 0,
    });
    const inUsd = new Money(costFlops(1e24).costExact.base);
    expect(new Money(estimate.costExact.base).eq(inUsd.times(150))).toBe(true);
  });

  it('takes a price in the answer currency without converting it', () => {
    const estimate = costFlops(1e24, { currency: 'JPY', rate: 150, price: '¥450' });
    // 701,884.4192889… × 450 = 315,847,988.68…
    expect(estimate.cost.base).toBe('315847989');
  });

  it('accepts MFU as a percentage and as a whole band', () => {
    expect(costFlops(1e24, { mfu: '40%' }).cost.base).toBe('2800518.83');
    const band = costFlops(1e24, { mfuBand: '0.35/0.4/0.45' });
    expect(band.assumptions.mfu).toEqual({ low: 0.35, base: 0.4, high: 0.45 });
    expect(band.cost.base).toBe('2800518.83');
  });

  it('costs zero FLOPs at zero, never NaN', () => {
    const estimate = costFlops(0);
    expect(estimate.cost).toEqual({ low: '0.00', base: '0.00', high: '0.00' });
    expect(estimate.gpuHours.base).toBe(0);
  });

  it('gives GPU-hours without a price for GPUs the table does not price', () => {
    const hours = gpuHoursFor(1e22, { gpu: 'gb200' });
    close(hours.gpuHours.base, 1e22 / (2500e12 * 0.4 * 3600));
  });
});

describe('bad cost input', () => {
  it('rejects MFU below 1% or > 1 and garbage', () => {
    for (const mfu of [0, -0.1, 1.01, '0%', '101%', 'high', Number.NaN, 1e-300, 0.009, '0.5%', '1e-300']) {
      expect(
        wordsOf(() => costFlops(1e21, { mfu })),
        String(mfu),
      ).toMatch(/^mfu .*Accepted: a fraction from 0.01 to 1/);
    }
    expect(costFlops(1e21, { mfu: '1%' }).assumptions.mfu.base).toBe(0.01);
    expect(costFlops(1e21, { mfu: 1 }).assumptions.mfu.high).toBe(1); // 1.25 capped at 1
  });

  it('rejects bad bands', () => {
    expect(wordsOf(() => costFlops(1e21, { mfuBand: '0.5/0.4/0.3' }))).toMatch(/mfu .* is not ordered/);
    expect(wordsOf(() => costFlops(1e21, { mfuBand: '0.3/0.4' }))).toMatch(/needs three values/);
    expect(wordsOf(() => costFlops(1e21, { mfu: 0.35, mfuBand: '0.3/0.4/0.5' }))).toMatch(/mfu .* differs/);
  });

  it('rejects negative, zero and garbage prices, and a price with a provider', () => {
    expect(wordsOf(() => costFlops(1e21, { price: -2 }))).toMatch(/price must not be negative/);
    expect(wordsOf(() => costFlops(1e21, { price: '-2' }))).toMatch(/price must not be negative/);
    expect(wordsOf(() => costFlops(1e21, { price: '0' }))).toMatch(/price must be > 0/);
    expect(wordsOf(() => costFlops(1e21, { price: 'cheap' }))).toMatch(/price "cheap" is not a decimal number/);
    expect(wordsOf(() => costFlops(1e21, { price: 2, provider: 'aws' }))).toMatch(/price cannot go with provider/);
    expect(wordsOf(() => costFlops(1e21, { price: '€2' }))).toMatch(/price is in EUR but the answer is in USD/);
  });

  it('rejects unknown GPUs, providers and currencies with the accepted ids', () => {
    expect(wordsOf(() => costFlops(1e21, { gpu: 'rtx9090' }))).toMatch(
      /gpu "rtx9090" is not a known GPU\. Accepted: one of a100, a100-40gb, h100-sxm/,
    );
    expect(wordsOf(() => costFlops(1e21, { provider: 'acme' }))).toMatch(
      /provider "acme" is not a known provider\. Accepted: a provider \(aws, azure/,
    );
    expect(wordsOf(() => costFlops(1e21, { currency: 'yen!', rate: 150 }))).toMatch(
      /currency "yen!" is not a currency code/,
    );
    expect(wordsOf(() => costFlops(1e21, { currency: 'JPY', rate: 0 }))).toMatch(/rate must be > 0/);
    expect(wordsOf(() => costFlops(1e21, { precision: 'fp32' }))).toMatch(
      /precision "fp32" is not a known precision\. Accepted: one of bf16, fp16, fp8/,
    );
  });

  it('rejects FLOPs that are negative or not finite', () => {
    expect(wordsOf(() => costFlops(-1))).toMatch(/flops must be ≥ 0/);
    expect(wordsOf(() => costFlops(Number.NaN))).toMatch(/flops must be a finite number/);
    expect(wordsOf(() => costFlops(Infinity))).toMatch(/flops must be a finite number/);
  });

  it('asks for a price when the table has none for the GPU', () => {
    expect(wordsOf(() => costFlops(1e21, { gpu: 'gb200' }))).toMatch(
      /price is needed: the price table has no price for gb200/,
    );
  });
});
