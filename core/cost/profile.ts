/**
 * Cost profiles: one versioned JSON format for what a team adds to the GPU
 * rental (its negotiated discount or own price per provider or GPU, failed and
 * restarted runs, data per token, evaluation, storage, people, serving
 * infrastructure). Every part is optional and states its unit; reading checks
 * every field and names the one that is wrong, it never guesses. Amounts are
 * exact decimals in the profile's currency.
 */
import { InputError } from '../errors.js';
import { own } from '../own.js';
import type { CostProfileRule } from '../problems.js';
import { minorUnitsOf } from './currency.js';
import { findGpu } from './gpus.js';
import { Money } from './money.js';
import { PRICES, type PriceKind } from './prices.js';

const PRICE_KIND_NAMES: readonly PriceKind[] = ['on-demand', 'reserved', 'spot', 'marketplace', 'reference'];

export const COST_PROFILE_FORMAT = 'distilplan-cost-profile';
export const COST_PROFILE_VERSION = 1;
/** A profile is a page of settings; 64 KiB holds hundreds of price rules and stops a stray file being read. */
export const MAX_COST_PROFILE_BYTES = 64 * 1024;
/** Far above any real figure (a trillion in any currency, a billion TB-months), far below digits no one can read. */
const MAX_AMOUNT = new Money('1e12');
const MAX_QUANTITY = new Money('1e9');
/** Overheads and shares: up to 10× the training or serving (1000%). */
const MAX_SHARE = new Money(10);
const MAX_PRICE_RULES = 200;

/** A share as a fraction (0.1) or percent (10). */
const SHARE_UNITS = { percent: 100, fraction: 1 } as const;
const PER_TOKEN_UNITS = {
  'per-token': '1',
  'per-thousand-tokens': '1e3',
  'per-million-tokens': '1e6',
  'per-billion-tokens': '1e9',
} as const;

/** A share part: the unit names what it is a share of (`percent-of-training-time`). */
const SHARE_PARTS = {
  failureRestart: 'training-time',
  evaluation: 'training',
  servingInfrastructure: 'serving',
} as const;
const TOKEN_PARTS = ['dataPerTrainingToken', 'dataPerTeacherToken'] as const;
const QUANTITY_PARTS = { storage: 'tb-months', people: 'person-days' } as const;
const TOP_FIELDS = [
  'format',
  'version',
  'name',
  'note',
  'currency',
  'prices',
  ...Object.keys(SHARE_PARTS),
  ...TOKEN_PARTS,
  ...Object.keys(QUANTITY_PARTS),
] as const;

export interface PriceRule {
  /** A catalog GPU id (aliases resolved). */
  gpu?: string;
  /** A provider or price id of the table. */
  provider?: string;
  /** Only offers of this kind (a negotiated on-demand discount leaves spot and reserved prices alone). */
  kind?: PriceKind;
  /** A discount as a fraction (0.3 = 30% off the table's price). */
  discount?: Money;
  /** The team's own price per GPU-hour in the profile's currency. */
  perGpuHour?: Money;
}

export interface CostProfile {
  name: string;
  note: string;
  version: number;
  /** ISO code of every amount in the profile. */
  currency: string;
  prices: PriceRule[];
  /** Extra training time lost to failures and restarts, as a fraction of the run. */
  failureRestart?: Money;
  /** Evaluation runs as a fraction of the training's compute. */
  evaluation?: Money;
  /** Serving infrastructure (load balancers, idle capacity, monitoring) as a fraction of serving's GPU cost. */
  servingInfrastructure?: Money;
  /** Per token, in the profile's currency. */
  dataPerTrainingToken?: Money;
  dataPerTeacherToken?: Money;
  storage?: { quantity: Money; price: Money };
  people?: { quantity: Money; price: Money };
}

/** An entry of the profile that breaks `rule`; `path` is the file's label and the entry inside it. */
function invalid(path: string, rule: CostProfileRule, list?: readonly string[]): InputError {
  return new InputError(
    'costs',
    { code: 'cost-profile-invalid', rule, ...(list ? { list } : {}) },
    { form: 'cost-profile', rule, ...(list ? { list } : {}) },
    { typed: path },
  );
}

type Entry = Record<string, unknown>;

function record(value: unknown, path: string): Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, 'object');
  return value as Entry;
}

function onlyFields(entry: Entry, fields: readonly string[], path: string): void {
  for (const key of Object.keys(entry))
    if (!fields.includes(key)) throw invalid(`${path}${path.endsWith(': ') ? '' : '.'}${key}`, 'unknown-field', fields);
}

const PLAIN_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A non-negative exact decimal: a JSON number or a decimal string ("0.02"); never an exponent string. */
function amount(value: unknown, path: string, max: Money): Money {
  let money: Money;
  if (typeof value === 'number' && Number.isFinite(value)) money = new Money(value);
  else if (typeof value === 'string' && /^-/.test(value.trim())) throw invalid(path, 'negative');
  else if (typeof value === 'string' && PLAIN_DECIMAL.test(value.trim())) money = new Money(value.trim());
  else throw invalid(path, 'amount');
  if (money.isNegative()) throw invalid(path, 'negative');
  if (money.gt(max)) throw invalid(path, 'too-large');
  return money;
}

function unitOf<U extends string>(entry: Entry, units: readonly U[], path: string): U {
  const unit = own(entry, 'unit');
  if (typeof unit !== 'string' || !units.includes(unit.trim().toLowerCase() as U))
    throw invalid(`${path}.unit`, 'unit', units);
  return unit.trim().toLowerCase() as U;
}

function share(value: unknown, of: string, path: string): Money {
  const entry = record(value, path);
  onlyFields(entry, ['amount', 'unit'], path);
  const units = Object.keys(SHARE_UNITS).map((unit) => `${unit}-of-${of}`);
  const unit = unitOf(entry, units, path);
  const divisor = SHARE_UNITS[unit.split('-of-')[0] as keyof typeof SHARE_UNITS];
  const fraction = amount(own(entry, 'amount'), `${path}.amount`, MAX_SHARE.times(divisor)).div(divisor);
  return fraction;
}

function perToken(value: unknown, path: string): Money {
  const entry = record(value, path);
  onlyFields(entry, ['amount', 'unit'], path);
  const unit = unitOf(entry, Object.keys(PER_TOKEN_UNITS) as (keyof typeof PER_TOKEN_UNITS)[], path);
  return amount(own(entry, 'amount'), `${path}.amount`, MAX_AMOUNT).div(PER_TOKEN_UNITS[unit]);
}

function quantityPart(value: unknown, unit: string, path: string): { quantity: Money; price: Money } {
  const entry = record(value, path);
  onlyFields(entry, ['quantity', 'unit', 'price'], path);
  unitOf(entry, [unit], path);
  return {
    quantity: amount(own(entry, 'quantity'), `${path}.quantity`, MAX_QUANTITY),
    price: amount(own(entry, 'price'), `${path}.price`, MAX_AMOUNT),
  };
}

const PROVIDER_NAMES: readonly string[] = [...new Set(PRICES.flatMap((entry) => [entry.provider, entry.id]))];

function priceRule(value: unknown, path: string): PriceRule {
  const entry = record(value, path);
  onlyFields(entry, ['gpu', 'provider', 'kind', 'discount', 'price'], path);
  const rule: PriceRule = {};
  const gpu = own(entry, 'gpu');
  if (gpu !== undefined) {
    try {
      rule.gpu = findGpu('gpu', gpu).id;
    } catch {
      throw invalid(`${path}.gpu`, 'gpu');
    }
  }
  const provider = own(entry, 'provider');
  if (provider !== undefined) {
    const wanted = typeof provider === 'string' ? provider.trim().toLowerCase() : '';
    if (!PROVIDER_NAMES.includes(wanted)) throw invalid(`${path}.provider`, 'provider');
    rule.provider = wanted;
  }
  const kind = own(entry, 'kind');
  if (kind !== undefined) {
    const found = PRICE_KIND_NAMES.find((name) => name === kind);
    if (!found) throw invalid(`${path}.kind`, 'kind', PRICE_KIND_NAMES);
    rule.kind = found;
  }
  if (rule.gpu === undefined && rule.provider === undefined && rule.kind === undefined)
    throw invalid(path, 'price-rule');
  const discount = own(entry, 'discount');
  const price = own(entry, 'price');
  if ((discount === undefined) === (price === undefined)) throw invalid(path, 'price-rule');
  if (discount !== undefined) {
    const part = record(discount, `${path}.discount`);
    onlyFields(part, ['amount', 'unit'], `${path}.discount`);
    const unit = unitOf(part, ['percent', 'fraction'] as const, `${path}.discount`);
    const divisor = SHARE_UNITS[unit];
    rule.discount = amount(own(part, 'amount'), `${path}.discount.amount`, new Money(divisor)).div(divisor);
  } else {
    const part = record(price, `${path}.price`);
    onlyFields(part, ['amount', 'unit'], `${path}.price`);
    unitOf(part, ['per-gpu-hour'] as const, `${path}.price`);
    rule.perGpuHour = amount(own(part, 'amount'), `${path}.price.amount`, MAX_AMOUNT);
  }
  return rule;
}

/** The profile a file describes; `label` (the path or name the user gave) prefixes every error's field. */
export function readCostProfile(json: unknown, label: string): CostProfile {
  const at = (key: string): string => `${label}: ${key}`;
  const file = record(json, label);
  onlyFields(file, TOP_FIELDS, `${label}: `);
  if (own(file, 'format') !== COST_PROFILE_FORMAT) throw invalid(at('format'), 'format');
  if (own(file, 'version') !== COST_PROFILE_VERSION) throw invalid(at('version'), 'version');
  const name = own(file, 'name');
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200) throw invalid(at('name'), 'name');
  const note = own(file, 'note') ?? '';
  if (typeof note !== 'string' || note.length > 1000) throw invalid(at('note'), 'note');
  const currency = own(file, 'currency');
  if (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency.trim())) throw invalid(at('currency'), 'currency');
  const profile: CostProfile = {
    name,
    note,
    version: COST_PROFILE_VERSION,
    currency: currency.trim().toUpperCase(),
    prices: [],
  };
  const prices = own(file, 'prices');
  if (prices !== undefined) {
    if (!Array.isArray(prices) || prices.length > MAX_PRICE_RULES) throw invalid(at('prices'), 'list');
    profile.prices = prices.map((rule, i) => priceRule(rule, at(`prices[${i}]`)));
  }
  for (const [key, of] of Object.entries(SHARE_PARTS)) {
    const value = own(file, key);
    if (value !== undefined) profile[key as keyof typeof SHARE_PARTS] = share(value, of, at(key));
  }
  for (const key of TOKEN_PARTS) {
    const value = own(file, key);
    if (value !== undefined) profile[key] = perToken(value, at(key));
  }
  for (const [key, unit] of Object.entries(QUANTITY_PARTS)) {
    const value = own(file, key);
    if (value !== undefined) profile[key as keyof typeof QUANTITY_PARTS] = quantityPart(value, unit, at(key));
  }
  return profile;
}

/** The minor units of the profile's currency (for checks that an own price is shown exactly). */
export function profileMinorUnits(profile: CostProfile): number {
  return minorUnitsOf(profile.currency);
}

/** The profile's price rule for an offer: the most specific rule that matches it (a price id above all). */
export function priceRuleFor(
  profile: CostProfile | undefined,
  offer: { gpu: string; provider: string; id: string; kind: PriceKind },
): PriceRule | undefined {
  if (!profile) return undefined;
  const provides = (rule: PriceRule): boolean =>
    rule.provider === undefined || rule.provider === offer.provider || rule.provider === offer.id;
  // A price id names one offer; then provider + GPU, provider, GPU, kind alone.
  const rank = (rule: PriceRule): number =>
    (rule.provider === offer.id ? 8 : 0) +
    (rule.provider !== undefined ? 4 : 0) +
    (rule.gpu !== undefined ? 2 : 0) +
    (rule.kind !== undefined ? 1 : 0);
  const matching = profile.prices.filter(
    (rule) =>
      (rule.gpu === undefined || rule.gpu === offer.gpu) &&
      (rule.kind === undefined || rule.kind === offer.kind) &&
      provides(rule),
  );
  return matching.sort((a, b) => rank(b) - rank(a))[0];
}
