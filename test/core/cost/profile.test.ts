/**
 * Cost profiles and total cost of ownership, checked part by part against
 * figures worked by hand here with decimal.js (not core's Money), in USD and in
 * yen; and bad profiles, which must get coded errors naming the field.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decide, describeHeadline } from '../../../core/index.js';
import { profilePriceText, renderHeadline } from '../../../messages/index.js';
import { wordsOf } from '../../helpers/words.js';
import {
  budgetFor,
  type CostProfile,
  costFlops,
  costingOf,
  Money,
  ownershipOf,
  readCostProfile,
  resolveCostOptions,
  routeTokens,
} from './helpers.js';

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
const EXAMPLE = JSON.parse(readFileSync('examples/cost-profile.json', 'utf8')) as Record<string, unknown>;
const profile: CostProfile = readCostProfile(EXAMPLE, 'examples/cost-profile.json');
const USD = resolveCostOptions({}, false).currency;
const JPY = resolveCostOptions({ currency: 'JPY', rate: '150' }, false).currency;

/** Rounds half-up to `places` the way a ledger does, independently of core. */
const round = (value: Decimal.Value, places: number): string =>
  new D(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);

function amountOf(parts: ReturnType<typeof ownershipOf>['parts'], code: string): string | undefined {
  return parts.find((part) => part.code === code)?.amount;
}

describe('a cost profile, part by part', () => {
  it('reads the example profile: every part in its unit', () => {
    expect(profile.name).toBe('example-finance-2027');
    expect(profile.currency).toBe('USD');
    expect(profile.failureRestart?.toFixed()).toBe('0.1'); // 10 percent-of-training-time
    expect(profile.evaluation?.toFixed()).toBe('0.05');
    expect(profile.dataPerTrainingToken?.toFixed()).toBe('0.00000002'); // $0.02 per million
    expect(profile.dataPerTeacherToken?.toFixed()).toBe('0.000000005');
    expect(profile.servingInfrastructure?.toFixed()).toBe('0.15');
  });

  it('adds each part in USD as worked by hand', () => {
    // Rental $12,345.675 (exact), 20B training tokens, 20B teacher tokens, serving $5,000.005.
    const owned = ownershipOf({
      currency: USD,
      rental: new Money('12345.675'),
      trainingTokens: 2e10,
      teacherTokens: 2e10,
      serving: new Money('5000.005'),
      profile,
    });
    const hand = {
      rental: round('12345.675', 2), // 12345.68 (half-up)
      failures: round(new D('12345.675').times('0.10'), 2), // 1234.5675 → 1234.57
      evaluation: round(new D('12345.675').times('0.05'), 2), // 617.28375 → 617.28
      'data-training': round(new D('2e10').times('0.02').div('1e6'), 2), // 400.00
      'data-teacher': round(new D('2e10').times('0.005').div('1e6'), 2), // 100.00
      storage: round(new D(20).times(23), 2), // 460.00
      people: round(new D(30).times(800), 2), // 24000.00
      serving: round('5000.005', 2), // 5000.01
      'serving-infrastructure': round(new D('5000.005').times('0.15'), 2), // 750.00075 → 750.00
    };
    expect(hand).toEqual({
      rental: '12345.68',
      failures: '1234.57',
      evaluation: '617.28',
      'data-training': '400.00',
      'data-teacher': '100.00',
      storage: '460.00',
      people: '24000.00',
      serving: '5000.01',
      'serving-infrastructure': '750.00',
    });
    for (const [code, amount] of Object.entries(hand)) expect(amountOf(owned.parts, code), code).toBe(amount);
    const sum = Object.values(hand).reduce((total, amount) => total.plus(amount), new D(0));
    expect(owned.total).toBe(sum.toFixed(2));
    expect(owned.total).toBe('44907.54');
    expect(owned.rental).toBe('12345.68');
    expect(owned.notCounted).toEqual([]);
    expect(owned.profile).toEqual({ name: 'example-finance-2027', version: 1, currency: 'USD', converted: false });
    const shares = owned.parts.map((part) => part.share);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(owned.parts.find((part) => part.code === 'people')?.share).toBeCloseTo(24000 / 44907.54, 12);
  });

  it('adds each part in yen, the profile converted from USD at the answer rate', () => {
    // Rental ¥1,851,851.25 exact; 150 JPY per USD; yen have no minor unit.
    const owned = ownershipOf({
      currency: JPY,
      rental: new Money('1851851.25'),
      trainingTokens: 3e9,
      teacherTokens: 0,
      profile,
    });
    const hand = {
      rental: round('1851851.25', 0), // 1851851
      failures: round(new D('1851851.25').times('0.1'), 0), // 185185.125 → 185185
      evaluation: round(new D('1851851.25').times('0.05'), 0), // 92592.5625 → 92593
      'data-training': round(new D('3e9').times('0.02').div('1e6').times(150), 0), // $60 → ¥9000
      storage: round(new D(20).times(23).times(150), 0), // ¥69000
      people: round(new D(30).times(800).times(150), 0), // ¥3600000
    };
    expect(hand).toEqual({
      rental: '1851851',
      failures: '185185',
      evaluation: '92593',
      'data-training': '9000',
      storage: '69000',
      people: '3600000',
    });
    for (const [code, amount] of Object.entries(hand)) expect(amountOf(owned.parts, code), code).toBe(amount);
    // Training directly: no teacher reads any token, so teacher data is neither a part nor "not counted".
    expect(amountOf(owned.parts, 'data-teacher')).toBeUndefined();
    expect(owned.notCounted).toEqual([]);
    expect(owned.total).toBe(
      Object.values(hand)
        .reduce((t, a) => t.plus(a), new D(0))
        .toFixed(0),
    );
    expect(owned.profile?.converted).toBe(true);
  });

  it('states a yen profile in yen without converting, and will not guess a rate for it in dollars', () => {
    const yen = readCostProfile(
      {
        format: 'distilplan-cost-profile',
        version: 1,
        name: 'jp',
        currency: 'JPY',
        people: { quantity: 2.5, unit: 'person-days', price: '64000' },
      },
      'jp.json',
    );
    const owned = ownershipOf({ currency: JPY, rental: new Money('1000'), profile: yen });
    expect(amountOf(owned.parts, 'people')).toBe(new D('2.5').times(64000).toFixed(0)); // 160000
    expect(owned.profile?.converted).toBe(false);
    expect(wordsOf(() => ownershipOf({ currency: USD, rental: new Money('1'), profile: yen }), 'en', 'cli')).toMatch(
      /^--costs states its amounts in JPY, which the answer in USD has no rate for\. Accepted: --currency JPY/,
    );
    expect(wordsOf(() => ownershipOf({ currency: USD, rental: new Money('1'), profile: yen }), 'ja', 'cli')).toMatch(
      /JPY 建て/,
    );
  });

  it('names what it does not count, with or without a profile', () => {
    const bare = ownershipOf({ currency: USD, rental: new Money('10') });
    expect(bare.profile).toBeNull();
    expect(bare.parts.map((part) => part.code)).toEqual(['rental']);
    expect(bare.total).toBe('10.00');
    expect(bare.notCounted).toEqual(['failures', 'evaluation', 'data-training', 'data-teacher', 'storage', 'people']);
    // FLOPs alone: the profile's data prices have no tokens to apply to.
    const noTokens = ownershipOf({ currency: USD, rental: new Money('10'), profile });
    expect(noTokens.notCounted).toEqual(['data-training', 'data-teacher']);
  });

  it("applies the profile's discount and own price to the table's offers, and a typed price still wins", () => {
    // AWS p5 after the cut: $55.04 per 8 GPUs = $6.88; 30% off = $4.816.
    const aws = costFlops(1e21, { gpu: 'h100', provider: 'aws', profile });
    expect(aws.assumptions.price.perGpuHour).toBe(new D('55.04').div(8).times('0.7').toFixed());
    expect(aws.assumptions.price.profile).toMatchObject({ name: 'example-finance-2027', discount: '0.3' });
    const hours = new D('1e21').div(new D('989.4e12').times('0.4').times(3600));
    expect(aws.cost.base).toBe(round(hours.times('4.816'), 2));
    // Lambda's H100 at the team's own $2.85.
    const lambda = costFlops(1e21, { gpu: 'h100', provider: 'lambda-h100-8x', profile });
    expect(lambda.cost.base).toBe(round(hours.times('2.85'), 2));
    expect(lambda.assumptions.price.profile).toMatchObject({ ownPerGpuHour: '2.85', tablePerGpuHour: '3.99' });
    // RunPod: no rule, the table's price.
    const runpod = costFlops(1e21, { gpu: 'h100', provider: 'runpod', profile });
    expect(runpod.assumptions.price.profile).toBeUndefined();
    expect(runpod.cost.base).toBe(round(hours.times('2.79'), 2));
    // In yen: the own price converts at the answer's rate.
    const yen = costFlops(1e21, { gpu: 'h100', provider: 'lambda-h100-8x', profile, currency: 'JPY', rate: '150' });
    expect(yen.cost.base).toBe(round(hours.times('2.85').times(150), 0));
    const typed = costFlops(1e21, { gpu: 'h100', price: '$1.00', profile });
    expect(typed.cost.base).toBe(round(hours, 2));
  });
});

describe('what the profile did to a price, in words (the CLI’s and Slack’s one line)', () => {
  it('says the discount or the own price, and the table’s price before it, in English and Japanese', () => {
    const price = (provider: string, extra = {}) =>
      costFlops(1e21, { gpu: 'h100', provider, profile, ...extra }).assumptions.price;
    expect(profilePriceText(price('aws'), 'en')).toBe(
      'the cost profile "example-finance-2027": 30% off (table price $6.88/GPU-hour)', // $55.04 / 8
    );
    expect(profilePriceText(price('lambda-h100-8x'), 'ja')).toBe(
      'コストプロファイル「example-finance-2027」による価格：自社価格 $2.85/GPU時間（価格表では $3.99/GPU時間）',
    );
    // In yen the table's price is the answer's ($3.99 × 150 = ¥598.5); the own price stays as the profile states it.
    expect(profilePriceText(price('lambda-h100-8x', { currency: 'JPY', rate: '150' }), 'en')).toMatch(
      /your own price of \$2\.85\/GPU-hour \(table price ¥599\/GPU-hour\)$/,
    );
    expect(profilePriceText(price('runpod'), 'en')).toBe('');
  });
});

describe('a decision under a profile', () => {
  it('reports parts that sum to its total to the minor unit, in USD and yen', () => {
    for (const currency of [{}, { currency: 'JPY', rate: '151.5' }]) {
      const budgeted = budgetFor('$200k', { ...currency, profile });
      const decision = decide({ studentParams: 1e9, compute: budgeted.flops, teacher: { kind: 'none', students: 1 } });
      const costing = costingOf(budgeted, decision.plan, decision.flipCompute, { tokens: routeTokens(decision) });
      const owned = costing.ownership!;
      const places = owned.currency === 'JPY' ? 0 : 2;
      const sum = owned.parts.reduce((total, part) => total.plus(part.amount), new D(0));
      expect(sum.toFixed(places)).toBe(owned.total);
      expect(owned.rental).toBe(costing.total!.cost.base);
      expect(owned.parts.map((part) => part.code)).toEqual(
        expect.arrayContaining(['rental', 'failures', 'evaluation', 'data-training', 'storage', 'people']),
      );
      // Training tokens are the route's: the direct route's tokens when the law favours it.
      const tokens = decision.verdict === 'distil' ? decision.plan.studentTokens : decision.supervised.tokens;
      const rate = owned.currency === 'JPY' ? '151.5' : '1';
      expect(owned.parts.find((part) => part.code === 'data-training')?.amount).toBe(
        round(new D(tokens).times('0.02').div('1e6').times(rate), places),
      );
    }
  });
});

describe('the calendar under a profile', () => {
  // 1e22 FLOPs on the default GPU (H100 SXM, 989.4 TFLOP/s bf16) at 40% MFU, on 8 GPUs, worked by hand.
  const hours = new D('1e22').div(new D('989.4e12').times('0.4').times(3600));
  const days = hours.div(8).div(24);

  it('lengthens the days by the failed and restarted runs the money counts, and only then', () => {
    const plain = costingOf(budgetFor('1e22'), undefined, undefined, {});
    expect(plain.wallClock.days.base).toBeCloseTo(days.toNumber(), 9);
    expect(plain.wallClock.failureRestart).toBeUndefined();
    const owned = costingOf(budgetFor('1e22', { profile }), undefined, undefined, {});
    // 10 percent-of-training-time: 1.1 × the days, the same share the failures part adds to the money.
    expect(owned.wallClock.days.base).toBeCloseTo(days.times('1.1').toNumber(), 9);
    expect(owned.wallClock.days.low).toBeCloseTo(
      hours.times('0.4').div('0.5').div(8).div(24).times('1.1').toNumber(),
      9,
    );
    expect(owned.wallClock.failureRestart).toEqual({ share: 0.1, profile: 'example-finance-2027' });
    expect(owned.budget.gpuHours.base).toBeCloseTo(hours.toNumber(), 6); // the GPU-hours stay the run's
    const none = readCostProfile({ ...EXAMPLE, failureRestart: undefined }, 'p');
    const without = costingOf(budgetFor('1e22', { profile: none }), undefined, undefined, {});
    expect(without.wallClock.days.base).toBeCloseTo(days.toNumber(), 9);
  });

  it('says so after the days, in English and Japanese', () => {
    const budgeted = budgetFor('1e22', { profile });
    const decision = decide({ studentParams: 1e9, compute: budgeted.flops, teacher: { kind: 'none', students: 1 } });
    const costing = costingOf(budgeted, decision.plan, decision.flipCompute, { tokens: routeTokens(decision) });
    const en = renderHeadline(describeHeadline(decision, costing), 'en').days;
    // 36.56 days × 1.1 = 40.2 days: "about 40 days" (without the profile, 37).
    expect(Number(days.times('1.1').toPrecision(2))).toBe(40);
    expect(en).toMatch(
      /^The run takes about 40 days on 8 H100 SXM5 GPUs .*\. That includes the cost profile's 10% more time for failed and restarted runs\.$/,
    );
    const ja = renderHeadline(describeHeadline(decision, costing), 'ja').days;
    expect(ja).toMatch(/）。この期間には、コストプロファイルによる失敗と再実行の分（10%）を含みます。$/);
  });
});

describe('bad profiles', () => {
  const base = { format: 'distilplan-cost-profile', version: 1, name: 'x', currency: 'USD' };
  const cases: Array<[string, object, RegExp, RegExp]> = [
    [
      'an unknown field',
      { ...base, failures: { amount: 1, unit: 'percent-of-training-time' } },
      /^p\.json: failures is not a field of a cost profile\. Accepted: format, version, name/,
      /^p\.json: failures はコストプロファイルの項目ではありません/,
    ],
    [
      'a negative amount',
      { ...base, storage: { quantity: 10, unit: 'tb-months', price: -23 } },
      /^p\.json: storage\.price must not be negative\. Accepted: a number ≥ 0/,
      /^p\.json: storage\.price は負の値にできません/,
    ],
    [
      'a wrong unit',
      { ...base, failureRestart: { amount: 10, unit: 'percent-of-serving' } },
      /^p\.json: failureRestart\.unit is not a unit this part is stated in\. Accepted: percent-of-training-time, fraction-of-training-time/,
      /^p\.json: failureRestart\.unit はこの項目の単位ではありません.*percent-of-training-time/,
    ],
    [
      'a wrong version',
      { ...base, version: 2 },
      /^p\.json: version must be 1/,
      /^p\.json: version は 1 である必要があります/,
    ],
    [
      'an unknown field inside a part',
      { ...base, people: { quantity: 3, unit: 'person-days', price: '800', rate: 2 } },
      /^p\.json: people\.rate is not a field of a cost profile\. Accepted: quantity, unit, price/,
      /^p\.json: people\.rate はコストプロファイルの項目ではありません/,
    ],
    [
      'a discount above 100%',
      { ...base, prices: [{ provider: 'aws', discount: { amount: 130, unit: 'percent' } }] },
      /^p\.json: prices\[0\]\.discount\.amount is larger than any real figure/,
      /^p\.json: prices\[0\]\.discount\.amount は現実の値として大きすぎます/,
    ],
    [
      'an amount in exponent text',
      { ...base, dataPerTrainingToken: { amount: '2e-8', unit: 'per-token' } },
      /^p\.json: dataPerTrainingToken\.amount must be an amount such as 0\.02/,
      /^p\.json: dataPerTrainingToken\.amount は 0\.02 や "0\.02" のような金額/,
    ],
  ];
  for (const [what, json, en, ja] of cases)
    it(`gives ${what} a coded error in English and Japanese`, () => {
      expect(wordsOf(() => readCostProfile(json, 'p.json'), 'en', 'cli')).toMatch(en);
      expect(wordsOf(() => readCostProfile(json, 'p.json'), 'ja', 'cli')).toMatch(ja);
      try {
        readCostProfile(json, 'p.json');
      } catch (error) {
        expect((error as { field: string }).field).toBe('costs');
        expect((error as { problem: { code: string } }).problem.code).toBe('cost-profile-invalid');
      }
    });

  it('never reads an inherited name as a field', () => {
    const json = JSON.parse(
      `{"format":"distilplan-cost-profile","version":1,"name":"x","currency":"USD","__proto__":{"people":1}}`,
    );
    expect(wordsOf(() => readCostProfile(json, 'p.json'), 'en', 'cli')).toMatch(/__proto__ is not a field/);
  });
});
