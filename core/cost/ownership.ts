/**
 * Total cost of ownership: the GPU rental of the final run plus what a team's
 * cost profile adds (failed and restarted runs, evaluation, data per token,
 * storage, people, serving and its infrastructure). Each part is exact until
 * it is rounded once to the currency's minor unit; the total is the sum of the
 * rounded parts, so the parts a reader adds up give the total to the minor unit.
 * Without a profile the answer is the rental (and serving) with the parts it
 * does not count named, never a silent zero.
 */
import type { Currency } from './currency.js';
import { Money, toFixedString } from './money.js';
import { profileAmount } from './options.js';
import type { CostProfile } from './profile.js';

export const OWNERSHIP_PARTS = [
  'rental',
  'failures',
  'evaluation',
  'data-training',
  'data-teacher',
  'storage',
  'people',
  'serving',
  'serving-infrastructure',
] as const;
export type OwnershipPartCode = (typeof OWNERSHIP_PARTS)[number];

export interface OwnershipInput {
  currency: Currency;
  /** The training run's GPU rental at the base MFU, exact, in the answer's currency. */
  rental: Money;
  /** Tokens the run trains on (absent: unknown, so data per token is not counted). */
  trainingTokens?: number;
  /** Tokens the teacher reads to give its outputs (0: no teacher in this route; absent: unknown). */
  teacherTokens?: number;
  /** Serving's GPU cost over the horizon at the base MFU, exact (absent: no serving asked). */
  serving?: Money;
  profile?: CostProfile;
}

export interface OwnershipPart {
  code: OwnershipPartCode;
  /** Rounded half-up to the minor unit. */
  amount: string;
  amountExact: string;
  /** Of the total (the rounded amounts), 0…1. */
  share: number;
}

export interface Ownership {
  currency: string;
  /** The profile behind the parts beyond the rental; null without one. */
  profile: { name: string; version: number; currency: string; converted: boolean } | null;
  /** The rental part alone, rounded. */
  rental: string;
  /** The sum of the rounded parts. */
  total: string;
  parts: OwnershipPart[];
  /** What the total leaves out: parts the profile does not give, or that need figures the question lacks. */
  notCounted: OwnershipPartCode[];
}

export function ownershipOf(input: OwnershipInput): Ownership {
  const { currency, profile } = input;
  const exact: Array<[OwnershipPartCode, Money]> = [['rental', input.rental]];
  const notCounted: OwnershipPartCode[] = [];
  const add = (code: OwnershipPartCode, amount: Money | undefined): void => {
    if (amount === undefined) notCounted.push(code);
    else exact.push([code, amount]);
  };
  const inAnswer = (amount: Money): Money => profileAmount(amount, profile!, currency);
  const perToken = (price: Money | undefined, tokens: number | undefined): Money | undefined =>
    price === undefined || tokens === undefined ? undefined : inAnswer(price.times(tokens));
  add('failures', profile?.failureRestart && input.rental.times(profile.failureRestart));
  add('evaluation', profile?.evaluation && input.rental.times(profile.evaluation));
  add('data-training', perToken(profile?.dataPerTrainingToken, input.trainingTokens));
  if (input.teacherTokens !== 0) add('data-teacher', perToken(profile?.dataPerTeacherToken, input.teacherTokens));
  add('storage', profile?.storage && inAnswer(profile.storage.quantity.times(profile.storage.price)));
  add('people', profile?.people && inAnswer(profile.people.quantity.times(profile.people.price)));
  if (input.serving !== undefined) {
    exact.push(['serving', input.serving]);
    add('serving-infrastructure', profile?.servingInfrastructure && input.serving.times(profile.servingInfrastructure));
  }
  const rounded = exact.map(([code, amount]) => ({
    code,
    exact: amount,
    rounded: new Money(toFixedString(amount, currency.minorUnits)),
  }));
  const total = rounded.reduce((sum, part) => sum.plus(part.rounded), new Money(0));
  const parts = rounded.map((part) => ({
    code: part.code,
    amount: toFixedString(part.rounded, currency.minorUnits),
    amountExact: part.exact.toFixed(),
    share: total.isZero() ? 0 : part.rounded.div(total).toNumber(),
  }));
  return {
    currency: currency.code,
    profile: profile
      ? {
          name: profile.name,
          version: profile.version,
          currency: profile.currency,
          converted: profile.currency !== currency.code,
        }
      : null,
    rental: parts[0]!.amount,
    total: toFixedString(total, currency.minorUnits),
    parts,
    notCounted,
  };
}

/** The tokens a route's data is paid for: what the student trains on (and a teacher trained for it, its share). */
export interface RouteTokens {
  training: number;
  /** Tokens the teacher reads to give the student its outputs; 0 when training directly. */
  teacher: number;
}

/** Tokens of the route the law favours: the distillation plan's, or the same student trained directly. */
export function routeTokens(decision: {
  verdict: 'distil' | 'train';
  teacherSource: string;
  students: number;
  plan: { studentTokens: number; teacherTokens: number };
  supervised: { tokens: number };
}): RouteTokens {
  if (decision.verdict !== 'distil') return { training: decision.supervised.tokens, teacher: 0 };
  const teacherShare =
    decision.teacherSource === 'trained-for-this' ? decision.plan.teacherTokens / decision.students : 0;
  return { training: decision.plan.studentTokens + teacherShare, teacher: decision.plan.studentTokens };
}
