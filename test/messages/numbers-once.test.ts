/**
 * One module words a number: core computes figures (rounded decimal strings for money, significant figures for
 * GPU-hours and days), and every percentage and every figure with words around it (GPU-hours, per GPU-hour, a cost
 * band's brackets) is messages/numbers.ts's. The shown forms are the ones core printed before, checked by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../core/index.js';
import {
  chartWords,
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatMoney,
  formatPriceFigure,
  formatPricePerGpuHour,
  formatShare,
  percent,
} from '../../messages/index.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { sourceFiles } from '../helpers/sourceStrings.js';

describe('numbers are worded in messages/ only', () => {
  it('core exports no formatter that words a percentage or puts words around a figure', () => {
    for (const name of [
      'formatShare',
      'formatMfuBand',
      'formatGpuHours',
      'formatPricePerGpuHour',
      'formatCostBand',
      'formatMoney',
      'formatPriceFigure',
    ])
      expect(Object.hasOwn(core, name), name).toBe(false);
  });

  it('no core source builds a percentage or writes a GPU-hour unit', () => {
    const found = sourceFiles(join(REPO_ROOT, 'core')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file.slice(REPO_ROOT.length + 1)}:${i + 1}`, line }))
        .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .filter(({ line }) => /%`|times\(100\)|\* 100\b|100 \*|GPU-hours?'|GPU時間/.test(line)),
    );
    expect(found).toEqual([]);
  });

  it('words money as before: symbols, 万/億, minor units, the chart’s money ticks', () => {
    expect(formatMoney('1234567.89', 'USD', { compact: true })).toBe('$1.23M');
    expect(formatMoney('150000000', 'JPY', { compact: true, lang: 'ja' })).toBe('1.5億円');
    expect(formatMoney('1234.5', 'EUR')).toBe('€1,234.50');
    expect(formatMoney('2.5', 'CHF')).toBe('2.50 CHF');
    expect(formatPriceFigure('614.4375', 'JPY', 'ja')).toBe('614円');
    expect(chartWords('en')('chart.tick.money', { amount: '10', currency: 'USD' })).toBe('$10');
    expect(chartWords('en')('chart.tick.money', { amount: '0.1', currency: 'USD' })).toBe('$0.10');
    expect(chartWords('ja')('chart.tick.money', { amount: '100000000', currency: 'JPY' })).toBe('1億円');
  });

  it('shows every figure as before: shares to a tenth, MFU bands, GPU-hours, prices per GPU-hour, cost bands', () => {
    expect(formatShare(0.712)).toBe('71.2%');
    expect(formatShare(0.05)).toBe('5.0%');
    expect(formatShare(0.005)).toBe('0.5%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatMfuBand({ low: 0.3, base: 0.4, high: 0.5 })).toBe('30/40/50%');
    expect(formatMfuBand({ low: 0.35, base: 0.45, high: 0.55 })).toBe('35/45/55%');
    expect(formatMfuBand({ low: 0.28125, base: 0.375, high: 0.46875 })).toBe('28.1/37.5/46.9%');
    expect(formatMfuBand({ low: 0.07, base: 0.1, high: 0.14 })).toBe('7/10/14%');
    expect(percent(0.4)).toBe('40%');
    expect(formatGpuHours(7018.8)).toBe('7,020 GPU-hours');
    expect(formatGpuHours(1)).toBe('1 GPU-hour');
    expect(formatGpuHours(7018.8, 'ja')).toBe('7,020 GPU時間');
    expect(formatPricePerGpuHour('2.99', 'USD')).toBe('$2.99/GPU-hour');
    expect(formatPricePerGpuHour('614.4375', 'JPY', 'ja')).toBe('614円/GPU時間');
    expect(formatCostBand({ low: '1000000', base: '1500000', high: '2000000' }, 'JPY', 'ja')).toBe(
      '150万円（100万円〜200万円）',
    );
  });
});
