/**
 * Two routes to a model (say a 1B distilled student vs a 3B model trained
 * directly) compared on total cost of ownership, with the serving horizon at
 * which their totals cross.
 */
import { type LifetimeCost, type LifetimeInput, lifetimeCost } from './lifetime.js';
import { Money, toFixedString } from './money.js';

export interface Route {
  name: string;
  trainingFlops: number;
  params: number | string;
}

export type SharedLifetimeInput = Omit<LifetimeInput, 'trainingFlops' | 'params'>;

export interface RouteComparison {
  routes: Array<LifetimeCost & { name: string }>;
  /** Name of the route with the lower base total; null on a tie. */
  cheaper: string | null;
  /** Base-total difference (dearer − cheaper), rounded to the minor unit, and exact. */
  savings: string;
  savingsExact: string;
  currency: string;
  /**
   * Serving days at which the two base totals are equal; null when they never
   * cross at a positive horizon (one route is cheaper however long you serve).
   */
  breakEvenDays: number | null;
}

export function compareRoutes(a: Route, b: Route, shared: SharedLifetimeInput): RouteComparison {
  const costA = { name: a.name, ...lifetimeCost({ ...shared, trainingFlops: a.trainingFlops, params: a.params }) };
  const costB = { name: b.name, ...lifetimeCost({ ...shared, trainingFlops: b.trainingFlops, params: b.params }) };
  const totalA = new Money(costA.total.costExact.base);
  const totalB = new Money(costB.total.costExact.base);
  const difference = totalA.minus(totalB).abs();
  const minorUnits = costA.assumptions.training.currency.minorUnits;
  return {
    routes: [costA, costB],
    cheaper: totalA.eq(totalB) ? null : totalA.lt(totalB) ? a.name : b.name,
    savings: toFixedString(difference, minorUnits),
    savingsExact: difference.toFixed(),
    currency: costA.currency,
    breakEvenDays: breakEvenDays(costA, costB),
  };
}

/** Solves trainA + servingPerDayA·d = trainB + servingPerDayB·d for d > 0. */
function breakEvenDays(a: LifetimeCost, b: LifetimeCost): number | null {
  const perDay = (cost: LifetimeCost): Money => new Money(cost.serving.costExact.base).div(cost.serving.days);
  const slope = perDay(a).minus(perDay(b));
  if (slope.isZero()) return null;
  const days = new Money(b.training.costExact.base).minus(a.training.costExact.base).div(slope);
  return days.gt(0) ? days.toNumber() : null;
}
