import { describe, expect, it } from 'vitest';
import {
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatMoney,
  formatPricePerGpuHour,
} from '../../../messages/index.js';
import { groupDigits } from './helpers.js';

describe('display', () => {
  it('shows compact money the way people read it', () => {
    expect(formatMoney('1234567.89', 'USD', { compact: true })).toBe('$1.23M');
    expect(formatMoney('185000000', 'JPY', { compact: true })).toBe('¥185M');
    expect(formatMoney('50000', 'USD', { compact: true })).toBe('$50k');
    expect(formatMoney('999999', 'USD', { compact: true })).toBe('$1M'); // rounds before picking the unit
    expect(formatMoney('12345', 'CHF', { compact: true })).toBe('12.3k CHF');
  });

  it('shows Japanese amounts in 万/億/兆', () => {
    expect(formatMoney('120000000', 'JPY', { compact: true, lang: 'ja' })).toBe('1.2億円');
    expect(formatMoney('185000000', 'JPY', { compact: true, lang: 'ja' })).toBe('1.85億円');
    expect(formatMoney('3000000', 'JPY', { compact: true, lang: 'ja' })).toBe('300万円');
    expect(formatMoney('2500000000000', 'JPY', { compact: true, lang: 'ja' })).toBe('2.5兆円');
    expect(formatMoney('1230000', 'USD', { compact: true, lang: 'ja' })).toBe('123万ドル');
    expect(formatMoney('185000000.5', 'JPY', { lang: 'ja' })).toBe('185,000,001円');
  });

  it('rounds half-up at display only, to the minor unit', () => {
    expect(formatMoney('1234.565', 'USD')).toBe('$1,234.57');
    expect(formatMoney('1234.564999', 'USD')).toBe('$1,234.56');
    expect(formatMoney('0.125', 'USD', { compact: true })).toBe('$0.13');
    expect(formatMoney('1843.5', 'JPY')).toBe('¥1,844');
    expect(formatMoney('-1234.5', 'USD')).toBe('-$1,234.50');
    expect(formatMoney('-0.001', 'USD')).toBe('$0.00');
    expect(formatMoney('1.0005', 'KWD')).toBe('1.001 KWD');
  });

  it('shows GPU-hours at 3 significant figures', () => {
    expect(formatGpuHours(12_400)).toBe('12,400 GPU-hours');
    expect(formatGpuHours(12_400, 'ja')).toBe('12,400 GPU時間');
    expect(formatGpuHours(701_884.42)).toBe('702,000 GPU-hours');
    expect(formatGpuHours(12.35)).toBe('12.4 GPU-hours'); // half-up
    expect(formatGpuHours(1)).toBe('1 GPU-hour');
  });

  it('shows prices, bands and digits', () => {
    expect(formatPricePerGpuHour('2.99', 'USD')).toBe('$2.99/GPU-hour');
    expect(formatPricePerGpuHour('4.09625', 'USD')).toBe('$4.09625/GPU-hour');
    expect(formatPricePerGpuHour('3', 'USD')).toBe('$3.00/GPU-hour');
    // From 100 up a price is rounded to the minor unit: a converted yen price never shows 614.4375円.
    expect(formatPricePerGpuHour('448.5', 'JPY', 'ja')).toBe('449円/GPU時間');
    expect(formatPricePerGpuHour('614.4375', 'JPY', 'ja')).toBe('614円/GPU時間');
    expect(formatPricePerGpuHour('123.456', 'USD')).toBe('$123.46/GPU-hour');
    expect(formatMfuBand({ low: 0.3, base: 0.4, high: 0.5 })).toBe('30/40/50%');
    expect(formatCostBand({ low: '1000000', base: '1500000', high: '2000000' }, 'USD')).toBe('$1.5M ($1M–$2M)');
    expect(groupDigits('-1234567.891')).toBe('-1,234,567.891');
  });
});
