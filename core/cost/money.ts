/**
 * Exact money arithmetic. One isolated decimal.js constructor (never the
 * global `Decimal.set`, which is shared mutable state): 34 significant digits,
 * ties rounded half-up (away from zero), the same as Sheets ROUND. Amounts stay
 * at full precision and are rounded once, when shown or serialised.
 */
import { Decimal } from 'decimal.js';
import { type Accepted, type FieldId, InputError } from '../errors.js';
import { clipTyped } from '../problems.js';

export const Money = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

/** Plain decimals only: 2.99, 0.5, 1234.5678, 1,234.50. No exponents, no signs. */
const PLAIN_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_DECIMAL = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * A non-negative amount from a decimal string or a number. Strings are read
 * digit for digit; numbers through their shortest decimal form (so 2.675 stays
 * 2.675). `positive` rejects zero too.
 */
export function parseAmount(field: FieldId, input: unknown, accepted: Accepted, positive = false): Money {
  const amount = toMoney(field, input, accepted);
  if (amount.isNegative()) throw new InputError(field, { code: 'negative' }, accepted);
  if (positive && amount.isZero())
    throw new InputError(field, { code: 'below-min', min: 0, inclusive: false }, accepted);
  return amount;
}

function toMoney(field: FieldId, input: unknown, accepted: Accepted): Money {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InputError(field, { code: 'not-finite' }, accepted);
    return new Money(input);
  }
  if (typeof input !== 'string') throw new InputError(field, { code: 'missing' }, accepted);
  const text = input.trim();
  if (text.startsWith('-')) throw new InputError(field, { code: 'negative' }, accepted);
  const plain = GROUPED_DECIMAL.test(text) ? text.replace(/,/g, '') : text;
  if (!PLAIN_DECIMAL.test(plain))
    throw new InputError(field, { code: 'not-a-decimal', value: clipTyped(text) }, accepted);
  return new Money(plain);
}

/** Rounds half-up to `places` decimals and writes plain digits (never exponent notation). */
export function toFixedString(amount: Money, places: number): string {
  const rounded = amount.toDecimalPlaces(places, Money.ROUND_HALF_UP);
  // -0.001 rounds to zero: print "0.00", not "-0.00".
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(places);
}

/** Full precision as plain digits, for JSON fields that promise exactness. */
export function toPlainString(amount: Money): string {
  return amount.toFixed();
}
