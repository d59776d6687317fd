/**
 * The parts every answer shares, as data: the budget as typed and what it buys, GPU-hours, the cost, the price with
 * its provider, kind and date, the exchange rate with its source, the hardware, the law behind the numbers, and the
 * warnings split into those that change the decision and the rest. Typed values only: messages/ words each part once
 * per language, and every face lays the words out.
 */
import { COEFFICIENT_SET_IDS, type CoefficientSetId } from '../coefficients.js';
import type { PriceUsed } from '../cost/cost.js';
import type { Costing } from '../cost/costing.js';
import type { CurrencyUsed } from '../cost/currency.js';
import type { Band } from '../cost/options.js';
import type { Ownership } from '../cost/ownership.js';
import type { PriceKind } from '../cost/prices.js';
import type { Verdict } from '../decide.js';
import type { Call } from '../evidence.js';
import type { FlopCounting } from '../flops.js';
import type { MoneyAmount } from '../headline.js';
import type { DistillationPlan } from '../plans.js';
import type { Warning } from '../validity.js';

/** The budget as the person typed it (money or GPU-hours; null for FLOPs) and the FLOPs it buys. */
export interface BudgetFigure {
  typed: { kind: 'money'; amount: MoneyAmount } | { kind: 'gpu-hours'; hours: number } | null;
  flops: number;
  /** The FLOPs across the MFU band (equal ends: one figure). */
  flopsBand: { low: number; high: number };
}

export function describeBudget(costing: Pick<Costing, 'budget' | 'flops'>): BudgetFigure {
  const { budget, flops } = costing.budget;
  const typed =
    budget.kind === 'money'
      ? { kind: 'money' as const, amount: { amount: budget.amount, currency: budget.currency } }
      : budget.kind === 'gpu-hours'
        ? { kind: 'gpu-hours' as const, hours: budget.hours }
        : null;
  return { typed, flops: costing.flops, flopsBand: { low: flops.low, high: flops.high } };
}

/** The budget's GPU-hours on the GPU (low ← high MFU) and the GPU's id. */
export interface GpuHoursFigure {
  hours: Band<number>;
  gpuId: string;
}

export function describeGpuHours(costing: Pick<Costing, 'budget' | 'gpu'>): GpuHoursFigure {
  return { hours: costing.budget.gpuHours, gpuId: costing.gpu.id };
}

/**
 * The budget's money: none without a price; the one amount for a money or GPU-hours budget (the typed amount, or
 * the priced GPU-hours); the band across MFU, with the MFU behind each end, for a FLOPs budget.
 */
export type CostFigure =
  | { kind: 'no-price'; gpuId: string }
  | { kind: 'amount'; amount: MoneyAmount }
  | { kind: 'band'; cost: Band<string>; currency: string; mfuOfBand: Band<number> };

export function describeCost(costing: Pick<Costing, 'budget' | 'total' | 'gpu'>): CostFigure {
  const { budget, total } = costing;
  if (total && budget.budget.kind === 'flops')
    return { kind: 'band', cost: total.cost, currency: total.currency, mfuOfBand: total.mfuOfBand };
  if (total) return { kind: 'amount', amount: { amount: total.cost.base, currency: total.currency } };
  if (budget.budget.kind === 'money')
    return { kind: 'amount', amount: { amount: budget.budget.amount, currency: budget.budget.currency } };
  return { kind: 'no-price', gpuId: costing.gpu.id };
}

/** The price per GPU-hour: from the table (provider, kind, as-of date), the person's own, or theirs converted. */
export type PriceFigure =
  | { kind: 'missing'; gpuId: string }
  | { kind: 'own'; perGpuHour: MoneyAmount }
  | { kind: 'converted'; perGpuHour: MoneyAmount; quoted: MoneyAmount }
  | {
      kind: 'table';
      perGpuHour: MoneyAmount;
      provider: string;
      /** The price table's id of the offer (its words in another language are looked up by it). */
      id?: string;
      offer?: string;
      priceKind: PriceKind | 'user-given';
      asOf: string;
      /** The table's source: its page, and its title (said where there is no page). */
      sourceUrl?: string;
      source: string;
    };

export function describePrice(costing: Pick<Costing, 'gpu' | 'total'>): PriceFigure {
  const price = costing.total?.assumptions.price;
  if (!price) return { kind: 'missing', gpuId: costing.gpu.id };
  const perGpuHour = { amount: price.perGpuHour, currency: price.currency };
  if (price.userGiven && price.converted)
    return { kind: 'converted', perGpuHour, quoted: { amount: price.quotedPerGpuHour, currency: price.quoteCurrency } };
  if (price.userGiven) return { kind: 'own', perGpuHour };
  return {
    kind: 'table',
    perGpuHour,
    provider: price.provider,
    ...(price.id ? { id: price.id } : {}),
    ...(price.offer ? { offer: price.offer } : {}),
    priceKind: price.kind,
    asOf: price.asOf,
    ...(price.sourceUrl ? { sourceUrl: price.sourceUrl } : {}),
    source: price.source,
  };
}

/** The exchange rate of a non-USD answer and whose it is (the workspace's standing rate, or the command's). */
export type RateFigure =
  | { kind: 'usd' }
  | { kind: 'rate'; code: string; ratePerUsd: string; date?: string; source: 'workspace' | 'command' };

export function describeRate(costing: Pick<Costing, 'total'>): RateFigure | null {
  const currency = costing.total?.assumptions.currency;
  return currency ? rateFigure(currency) : null;
}

/** The rate of the currency an answer (or a table of offers) is in. */
export function rateFigure(currency: CurrencyUsed): RateFigure {
  if (currency.code === 'USD') return { kind: 'usd' };
  return {
    kind: 'rate',
    code: currency.code,
    ratePerUsd: currency.ratePerUsd,
    ...(currency.rateDate === 'user-given' ? {} : { date: currency.rateDate }),
    source: currency.rateSource === 'workspace' ? 'workspace' : 'command',
  };
}

/** The GPU, its dense peak at its precision and the MFU band the costs assume. */
export interface HardwareFigure {
  gpuName: string;
  precision: string;
  peakFlopsPerSecond: number;
  mfu: Band<number>;
}

export function describeHardware(costing: Pick<Costing, 'gpu' | 'mfu'>): HardwareFigure {
  const { gpu, mfu } = costing;
  return { gpuName: gpu.name, precision: gpu.precision, peakFlopsPerSecond: gpu.peakFlopsPerSecond, mfu };
}

/** The law and coefficient set behind the numbers; `fitted`: a team's own set (the paper's form, not its values). */
export interface LawNote {
  set: CoefficientSetId;
  fitted: boolean;
  counting: FlopCounting;
}

export function describeLaw(coefficients: CoefficientSetId, counting: FlopCounting): LawNote {
  return { set: coefficients, fitted: !COEFFICIENT_SET_IDS.includes(coefficients), counting };
}

/** What the money covers: the rental of the final run alone, or a cost profile's total cost of ownership. */
export type CoversFigure =
  | { kind: 'rental' }
  | {
      kind: 'ownership';
      ownership: Ownership & { profile: NonNullable<Ownership['profile']> };
      priceProfile?: PriceUsed;
    };

/** The money's small print: the price, the rate, and what the money covers (null without a price). */
export interface MoneyNotes {
  price: PriceFigure;
  rate: RateFigure | null;
  covers: CoversFigure | null;
}

export function describeMoneyNotes(costing: Pick<Costing, 'gpu' | 'total' | 'ownership'>): MoneyNotes {
  const owned = costing.ownership;
  const price = costing.total?.assumptions.price;
  const covers: CoversFigure | null = !costing.total
    ? null
    : owned?.profile
      ? {
          kind: 'ownership',
          ownership: { ...owned, profile: owned.profile },
          ...(price?.profile ? { priceProfile: price } : {}),
        }
      : { kind: 'rental' };
  return { price: describePrice(costing), rate: describeRate(costing), covers };
}

/** Warnings that change what to do: they sit next to the call, not in the small print. */
const DECISIVE: ReadonlySet<Warning['code']> = new Set([
  'capacity-gap',
  'student-beats-teacher',
  'teacher-loss-unreachable',
  'close-call',
]);

export interface WarningSplit {
  decisive: Warning[];
  other: Warning[];
}

/** The warnings split by whether they change the decision; a close call's own warning is the headline already. */
export function splitWarnings(warnings: readonly Warning[], call?: Call): WarningSplit {
  const kept = warnings.filter((w) => !(w.code === 'close-call' && call === 'close-call'));
  return { decisive: kept.filter((w) => DECISIVE.has(w.code)), other: kept.filter((w) => !DECISIVE.has(w.code)) };
}

/** A distillation plan's teacher: given (a loss, or a size and tokens) or planned (new or shared, maybe at a bound). */
export type TeacherFigure =
  | { kind: 'existing'; params: number; loss: number; tokens?: number }
  | {
      kind: 'planned';
      isNew: boolean;
      params: number;
      tokens: number;
      loss: number;
      students: number;
      tokensAtBound: boolean;
      sizeAtBound: boolean;
    };

export function describePlannedTeacher(plan: DistillationPlan): TeacherFigure {
  const isNew =
    plan.flops.teacherPretraining > 0 ||
    plan.scenario === 'teacher-pretraining' ||
    plan.scenario === 'pretraining-and-inference';
  return {
    kind: 'planned',
    isNew,
    params: plan.teacherParams,
    tokens: plan.teacherTokens,
    loss: plan.teacherLoss,
    students: plan.students,
    // A search bound is never a plan: the words say "as many tokens as you can" instead of the bound.
    tokensAtBound: plan.teacherTokensAtBound,
    sizeAtBound: plan.teacherParamsAtBound,
  };
}

export type PlanPart = keyof DistillationPlan['shares'];
export const PLAN_PARTS: readonly PlanPart[] = ['studentTraining', 'teacherInference', 'teacherPretraining'];

/** The compute split: each part that costs anything, with its share of the budget. */
export type SplitFigure = { part: PlanPart; share: number }[];

export function describeSplit(plan: Pick<DistillationPlan, 'shares'>): SplitFigure {
  return PLAN_PARTS.filter((part) => plan.shares[part] > 0).map((part) => ({ part, share: plan.shares[part] }));
}

/** Where the verdict flips: never in the searched range, below the evidence, or at a budget (priced when it can be). */
export type FlipFigure =
  | { kind: 'never' }
  | { kind: 'below-evidence' }
  | { kind: 'at'; flops: number; money?: MoneyAmount; above: Verdict };

/** A plan's parts in money: each part that uses FLOPs with its base cost and GPU-hours, and the total with its band. */
export interface PartsFigure {
  parts: { part: PlanPart; cost: MoneyAmount; gpuHours: number }[];
  total: { cost: Band<string>; currency: string; gpuHours: number; mfuOfBand: Band<number> };
}

export function describeParts(costing: Pick<Costing, 'parts'>): PartsFigure | null {
  const parts = costing.parts;
  if (!parts) return null;
  const { currency } = parts;
  return {
    parts: PLAN_PARTS.filter((part) => parts[part].flops > 0).map((part) => ({
      part,
      cost: { amount: parts[part].cost.base, currency },
      gpuHours: parts[part].gpuHours.base,
    })),
    total: {
      cost: parts.total.cost,
      currency,
      gpuHours: parts.total.gpuHours.base,
      mfuOfBand: parts.total.mfuOfBand,
    },
  };
}

/** What a budget buys and costs: the budget as typed, its GPU-hours, its money and the parts of a plan on it. */
export interface CostedFigures {
  budget: BudgetFigure;
  gpuHours: GpuHoursFigure;
  cost: CostFigure;
  parts: PartsFigure | null;
}

export function describeCosted(costing: Costing): CostedFigures {
  return {
    budget: describeBudget(costing),
    gpuHours: describeGpuHours(costing),
    cost: describeCost(costing),
    parts: describeParts(costing),
  };
}
