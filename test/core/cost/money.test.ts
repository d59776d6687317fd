import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../helpers/words.js';
import {
  fromUsd,
  Money,
  minorUnitsOf,
  parseAmount,
  parseCurrencyCode,
  parseMoneyText,
  resolveCurrency,
  toFixedString,
  toUsd,
} from './helpers.js';

describe('Money (decimal.js clone)', () => {
  it('is an isolated constructor: 34 digits, half-up, global Decimal untouched', () => {
    expect(Money.precision).toBe(34);
    expect(Money.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(20); // the library default, not changed by the cost model
    expect(new Money(1).div(3).toFixed()).toBe(`0.${'3'.repeat(34)}`);
  });

  it('rounds half-up (ties away from zero) only when asked to', () => {
    expect(toFixedString(new Money('0.125'), 2)).toBe('0.13');
    expect(toFixedString(new Money('1234.565'), 2)).toBe('1234.57');
    expect(toFixedString(new Money('-0.005'), 2)).toBe('-0.01');
    expect(toFixedString(new Money('2.675'), 2)).toBe('2.68'); // a float would give 2.67
    expect(toFixedString(new Money('0.004'), 2)).toBe('0.00');
    expect(toFixedString(new Money('-0.004'), 2)).toBe('0.00'); // no "-0.00"
    expect(toFixedString(new Money('184999.5'), 0)).toBe('185000');
    expect(toFixedString(new Money('1e30'), 2)).toBe('1000000000000000000000000000000.00'); // no exponent
  });

  it('reads amounts digit for digit', () => {
    expect(parseAmount('price', '2.99', { form: 'price' }).toFixed()).toBe('2.99');
    expect(parseAmount('price', '1,234.50', { form: 'price' }).toFixed()).toBe('1234.5');
    expect(parseAmount('price', 2.675, { form: 'price' }).toFixed()).toBe('2.675');
  });

  it('rejects negatives, garbage, non-finite and (when asked) zero', () => {
    expect(wordsOf(() => parseAmount('price', '-1', { form: 'price' }))).toMatch(
      /price must not be negative\. Accepted: a price per GPU-hour/,
    );
    expect(wordsOf(() => parseAmount('price', -1, { form: 'price' }))).toMatch(/must not be negative/);
    expect(wordsOf(() => parseAmount('price', 'abc', { form: 'price' }))).toMatch(/"abc" is not a decimal number/);
    expect(wordsOf(() => parseAmount('price', '1,5', { form: 'price' }))).toMatch(/not a decimal number/);
    expect(wordsOf(() => parseAmount('price', Number.NaN, { form: 'price' }))).toMatch(/finite/);
    expect(wordsOf(() => parseAmount('price', Infinity, { form: 'price' }))).toMatch(/finite/);
    expect(wordsOf(() => parseAmount('price', '0', { form: 'price' }, true))).toMatch(/must be > 0/);
  });
});

describe('currencies', () => {
  it('defaults to USD at rate 1', () => {
    const usd = resolveCurrency({});
    expect(usd.code).toBe('USD');
    expect(usd.ratePerUsd.toFixed()).toBe('1');
    expect(usd.minorUnits).toBe(2);
  });

  it('converts exactly at a user-given rate, and back', () => {
    const jpy = resolveCurrency({ currency: 'JPY', rate: 150 });
    expect(jpy.rateDate).toBe('user-given');
    expect(jpy.minorUnits).toBe(0);
    expect(fromUsd(new Money('12.29'), jpy).toFixed()).toBe('1843.5'); // 12.29 × 150
    const eur = resolveCurrency({ currency: 'eur', rate: '0.9137', rateDate: '2026-11-28' });
    expect(eur.code).toBe('EUR');
    expect(eur.rateDate).toBe('2026-11-28');
    expect(fromUsd(new Money('2.99'), eur).toFixed()).toBe('2.731963'); // 2.99 × 0.9137 by hand
    expect(toUsd(fromUsd(new Money('0.1'), eur), eur).toFixed()).toBe('0.1');
  });

  it('needs a rate > 0 for other currencies, and an ISO-shaped code', () => {
    expect(wordsOf(() => resolveCurrency({ currency: 'JPY' }))).toMatch(/rate is needed to show costs in JPY/);
    expect(wordsOf(() => resolveCurrency({ currency: 'JPY', rate: 0 }))).toMatch(/rate must be > 0/);
    expect(wordsOf(() => resolveCurrency({ currency: 'JPY', rate: '-150' }))).toMatch(/rate must not be negative/);
    expect(wordsOf(() => resolveCurrency({ currency: 'YENN', rate: 150 }))).toMatch(
      /currency "YENN" is not a currency code\. Accepted: an ISO 4217 code/,
    );
    expect(wordsOf(() => resolveCurrency({ currency: 'U$', rate: 1 }))).toMatch(/not a currency code/);
    expect(wordsOf(() => resolveCurrency({ currency: 'USD', rate: 2 }))).toMatch(/rate must be 1 for USD/);
  });

  it('takes ISO 4217 codes from one list and yen, 円, dollars, ドル as words; any other code is refused', () => {
    expect(parseCurrencyCode('currency', 'yen')).toBe('JPY');
    expect(parseCurrencyCode('currency', 'YEN')).toBe('JPY');
    expect(parseCurrencyCode('currency', 'dollars')).toBe('USD');
    expect(parseCurrencyCode('currency', 'ドル')).toBe('USD');
    expect(parseCurrencyCode('currency', 'chf')).toBe('CHF');
    for (const code of ['YEX', 'ABC', 'XAU', 'HRK']) {
      expect(wordsOf(() => parseCurrencyCode('currency', code))).toBe(
        `currency "${code}" is not a currency code. Accepted: an ISO 4217 code such as USD, JPY, EUR, GBP (any of its 157 active codes), or $, ¥, €, £, yen, 円, dollars, ドル`,
      );
    }
    const money = (text: string) => parseMoneyText('budget', text, { form: 'budget' });
    expect(money('3M yen')?.currency).toBe('JPY');
    expect(money('3M dollars')?.currency).toBe('USD');
    expect(money('300万 ドル')?.currency).toBe('USD');
    expect(wordsOf(() => money('3M YEX'))).toMatch(/^budget "YEX" is not a currency code\. Accepted: an ISO 4217 code/);
    expect(wordsOf(() => money('YEX 3M'))).toMatch(/"YEX" is not a currency code/);
    // Units after a number are another kind of budget, not a currency.
    expect(money('500 GPU')).toBeUndefined();
    expect(money('3 hours')).toBeUndefined();
    expect(money('100 FLOPs')).toBeUndefined();
  });

  it('knows minor units and symbols', () => {
    expect(minorUnitsOf('JPY')).toBe(0);
    expect(minorUnitsOf('KWD')).toBe(3);
    expect(minorUnitsOf('CHF')).toBe(2);
    expect(parseCurrencyCode('currency', '¥')).toBe('JPY');
    expect(parseCurrencyCode('currency', '€')).toBe('EUR');
  });

  it('reads money as typed', () => {
    const read = (text: string): string | undefined => {
      const money = parseMoneyText('budget', text, { form: 'budget' });
      return money && `${money.amount.toFixed()} ${money.currency}`;
    };
    expect(read('$50k')).toBe('50000 USD');
    expect(read('$1.2M')).toBe('1200000 USD');
    expect(read('¥3M')).toBe('3000000 JPY');
    expect(read('£1,000')).toBe('1000 GBP');
    expect(read('50k USD')).toBe('50000 USD');
    expect(read('3M JPY')).toBe('3000000 JPY');
    expect(read('1.2億円')).toBe('120000000 JPY');
    expect(read('300万円')).toBe('3000000 JPY');
    expect(read('500 GPU')).toBeUndefined();
    expect(wordsOf(() => read('$50k EUR'))).toMatch(/two currencies/);
    expect(wordsOf(() => read('-$5'))).toMatch(/must not be negative/);
  });
});
