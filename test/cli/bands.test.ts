/** `distilplan decide` with serving, as built: every cost band says which MFU it stands for, and the price is named. */
import { describe, expect, it } from 'vitest';
import { spawnCliSync } from '../helpers/cli.js';

describe('labelled cost bands in the CLI', () => {
  it('labels training, serving and their sum, and names provider, kind and date of the price', () => {
    const args = ['decide', '--student-params', '1B', '--compute', '1e21', '--teacher-loss', '2.1'];
    const result = spawnCliSync([
      ...args,
      ...['--teacher-params', '7B', '--serve-tokens-per-day', '2B', '--serve-days', '365'],
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const row = (name: string): string =>
      lines
        .find((line) => line.startsWith(`${name} `))!
        .slice(name.length)
        .trim();
    // Training: 1e21 / (989.4e12 × 0.4 × 3600) = 701.88 GPU-hours × $3.99 = $2,800.52.
    expect(row('Cost')).toBe('$2.8k ($2.24k–$3.73k) if MFU is 40% (50%…30%)');
    // Serving: 2e9 tokens × 365 days × 2 × 1e9 = 1.46e21 FLOPs at 25% MFU: 1,639.6 GPU-hours × $3.99 = $6,542.01.
    expect(row('Serving')).toBe('$6.54k ($5.23k–$8.72k) if MFU is 25% (31.3%…18.8%) for 2B tokens/day over 365 days');
    expect(row('Training + serving')).toBe(
      '$9.34k ($7.47k–$12.5k) if each part runs at its base MFU (its high…low MFU)',
    );
    expect(lines).toContain('Price $3.99/GPU-hour: lambda 8× H100 SXM5 (on-demand), as of 2026-10-06');
  });
});
