/**
 * Money is never silently converted, on the CLI as built (bin/distilplan.mjs, a real process): a bare price is in
 * the answer's currency, unclear money is a question (exit 2, one line naming the flag), and DISTILPLAN_RATES
 * gives a currency its rate with whose rate and its date in the answer.
 */
import { describe, expect, it } from 'vitest';
import { spawnCliSync } from '../helpers/cli.js';

/** A refusal: exit 2, nothing on stdout, one line on stderr. */
function refusal(args: string[], rates?: string): string {
  const result = spawnCliSync(args, { rates });
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  return result.stderr;
}

// 1e22 FLOPs on an H100 SXM (989.4 TFLOP/s bf16 dense) at the base MFU of 40%, by hand.
const HOURS_1E22 = 1e22 / (989.4e12 * 0.4 * 3600);

describe('a bare --price is in the answer’s currency', () => {
  it('cost --flops 1e22 --gpu h100 --price 450 --currency JPY --rate 150 is ¥3.16M, not ¥474M', () => {
    const args = ['cost', '--flops', '1e22', '--gpu', 'h100', '--price', '450', '--currency', 'JPY', '--rate', '150'];
    const json = JSON.parse(spawnCliSync([...args, '--json']).stdout);
    expect(json.cost).toBe(String(Math.round(HOURS_1E22 * 450)));
    expect(json.price).toMatchObject({ perGpuHour: '450', quoteCurrency: 'JPY', converted: false });
    const text = spawnCliSync(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Cost\s+¥3\.16M/m);
    expect(text.stdout).toMatch(/^Price ¥450\/GPU-hour \(your own\)$/m);
  });

  it('a price in dollars converted to yen is never "your own" as shown', () => {
    const args = ['cost', '--flops', '1e22', '--gpu', 'h100', '--price', '$3', '--currency', 'JPY', '--rate', '150'];
    const text = spawnCliSync(args).stdout;
    expect(text).toMatch(/¥450\/GPU-hour \(your \$3(\.00)?\/GPU-hour, converted\)/);
    expect(text).not.toMatch(/your own/);
  });

  it('a ¥ budget with a bare price asks which currency, offering both as flags', () => {
    const line = refusal(['cost', '--budget', '300万円', '--price', '3', '--rate', '150']);
    expect(line).toMatch(/--price 3 has no currency: is it 3 JPY or 3 US dollars per GPU-hour\?/);
    expect(line).toMatch(/--price ¥3 or --price \$3/);
    expect(refusal(['cost', '--budget', '300万円', '--price', '3', '--rate', '150', '--lang', 'ja'])).toMatch(
      /--price の 3 には通貨がありません.*--price ¥3 または --price \$3/,
    );
  });
});

describe('a unitless --budget asks', () => {
  it('50k, 100 and 3000 offer the person’s own number as money, GPU-hours or FLOPs', () => {
    expect(refusal(['cost', '--budget', '50k'])).toMatch(
      /--budget "50k" has no unit: is it money, GPU-hours or FLOPs\? Accepted: \$50k, 50k GPU-hours or 5e4 FLOPs/,
    );
    expect(refusal(['decide', '--student-params', '1B', '--budget', '100', '--no-teacher'])).toMatch(
      /\$100, 100 GPU-hours or 1e2 FLOPs/,
    );
    expect(refusal(['cost', '--budget', '3000'])).toMatch(/\$3000, 3000 GPU-hours or 3e3 FLOPs/);
    expect(refusal(['cost', '--budget', '300万', '--lang', 'ja'])).toMatch(/300万円（金額）/);
  });

  it('each offered form answers; --compute and --flops are FLOPs by name and never ask', () => {
    expect(spawnCliSync(['cost', '--budget', '50k GPU-hours']).code).toBe(0);
    expect(spawnCliSync(['cost', '--budget', '5e4 FLOPs']).code).toBe(0);
    expect(spawnCliSync(['cost', '--flops', '5e4']).code).toBe(0);
    expect(spawnCliSync(['cost', '--budget', '3百万円', '--rate', '150', '--json']).code).toBe(0);
  });
});

describe('rates belong to their currency', () => {
  it('--rate with no --currency asks which currency', () => {
    expect(refusal(['cost', '--flops', '1e22', '--rate', '150'])).toMatch(
      /--rate 150 has no currency: 150 of which currency per US dollar\? Accepted: --currency naming the currency/,
    );
  });

  it('€ with no rate asks for euros per US dollar, never offering a yen rate', () => {
    const line = refusal(['cost', '--budget', '€100k']);
    expect(line).toMatch(/--rate is needed to show costs in EUR/);
    expect(line).toMatch(/euros per US dollar/);
    expect(line).not.toMatch(/150/);
  });
});

describe('DISTILPLAN_RATES', () => {
  const RATES = 'JPY=150@2026-11-01,EUR=0.92@2026-11-02';

  it('gives the rate for a currency with none typed, and says whose rate and its date', () => {
    const result = spawnCliSync(['cost', '--flops', '1e22', '--gpu', 'h100', '--price', '$3', '--currency', 'JPY'], {
      rates: RATES,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/JPY at 150 per USD \(set for this workspace, 2026-11-01\)/);
    const json = JSON.parse(
      spawnCliSync(['cost', '--budget', '€100k', '--price', '$3', '--json'], { rates: RATES }).stdout,
    );
    expect(json).toMatchObject({ currency: 'EUR', rate: '0.92', rateDate: '2026-11-02', rateSource: 'workspace' });
    expect(json.gpuHours).toBeCloseTo(100000 / (3 * 0.92), 6);
  });

  it('a typed --rate wins', () => {
    const json = JSON.parse(
      spawnCliSync(['cost', '--flops', '1e22', '--currency', 'JPY', '--rate', '140', '--json'], { rates: RATES })
        .stdout,
    );
    expect(json).toMatchObject({ rate: '140', rateDate: 'user-given' });
    expect(json.rateSource).toBeUndefined();
  });

  it('a bad value is refused naming the variable and the accepted form', () => {
    expect(refusal(['cost', '--flops', '1e22'], 'JPY=150')).toMatch(
      /^distilplan: DISTILPLAN_RATES has "JPY=150", which is not a rate with its date\. Accepted: CODE=RATE@YYYY-MM-DD/,
    );
    expect(refusal(['cost', '--flops', '1e22', '--currency', 'GBP'], RATES)).toMatch(/pounds per US dollar/);
  });
});
