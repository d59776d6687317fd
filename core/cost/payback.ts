/**
 * Models of different sizes compared over their life: trained once, then serving the same tokens a day for the
 * same days at 2N FLOPs per token (lifetime.ts). The model cheapest to run pays back a higher training cost after
 * ΔTraining ÷ ΔServing-per-day days: the break-even point. Cheaper to train as well, it is cheaper from day one;
 * costing the same per day to run, it never catches up. Figures at the base MFU; money exact until shown.
 */
import { InputError } from '../errors.js';
import { CURRENCY_FORMS } from './currency.js';
import { type LifetimeCost, type LifetimeInput, lifetimeCost } from './lifetime.js';
import { Money, toFixedString } from './money.js';
import type { Ownership } from './ownership.js';

export interface LifetimeRoute extends LifetimeInput {
  /** The face's label for the route ("A", "1B"). */
  name: string;
}

/** When the model cheapest to run (see `cheapestToRun`) becomes the cheaper of it and another one. */
export type BreakEven =
  /** Not dearer to train either: cheaper whatever the serving horizon. */
  | { kind: 'from-start' }
  /** Dearer to train by `extraTraining`; saving `savedPerDay` it pays that back after `days` (within the horizon or not). */
  | { kind: 'pays-back'; days: number; withinHorizon: boolean; extraTraining: string; savedPerDay: string }
  /** Dearer to train by `extraTraining` and the same per day to run: it never catches up. */
  | { kind: 'never'; extraTraining: string };

export interface RouteLife extends LifetimeCost {
  name: string;
  /** Serving cost per day at the base MFU, rounded to the currency's minor unit, and exact. */
  servingPerDay: string;
  servingPerDayExact: string;
  /** Against the model cheapest to run; absent on that model itself. */
  breakEven?: BreakEven;
  /**
   * Under a cost profile: the route's total cost of ownership (training, serving and what the profile adds), the
   * sum of its rounded parts, and the profile's name (see withOwnership).
   */
  owned?: { total: string; profile: string };
}

export interface LifetimeComparison {
  routes: RouteLife[];
  currency: string;
  /**
   * Name of the route with the lowest base total over the horizon (the first of equals); under a cost profile, the
   * lowest total cost of ownership (withOwnership).
   */
  cheapestTotal: string;
  /** Name of the route with the lowest serving cost per day (the first of equals). */
  cheapestToRun: string;
  /** Name of the route with the lowest training cost (the first of equals). */
  cheapestToTrain: string;
}

export function compareLifetimes(routes: readonly LifetimeRoute[]): LifetimeComparison {
  const lives = routes.map((route) => lifeOf(route));
  const currency = lives[0]!.currency;
  const other = lives.find((life) => life.currency !== currency);
  if (other)
    throw new InputError(
      'currency',
      { code: 'two-currencies', first: currency, second: other.currency },
      CURRENCY_FORMS,
    );
  const runner = lowest(lives, (life) => new Money(life.servingPerDayExact));
  const withBreakEven = lives.map((life) => (life === runner ? life : { ...life, breakEven: breakEven(runner, life) }));
  return {
    routes: withBreakEven,
    currency,
    cheapestTotal: lowest(lives, (life) => new Money(life.total.costExact.base)).name,
    cheapestToRun: runner.name,
    cheapestToTrain: lowest(lives, (life) => new Money(life.training.costExact.base)).name,
  };
}

/**
 * The comparison under a cost profile: each route's total cost of ownership (its costing's, which counts serving
 * too), and the cheapest in all chosen by that total rather than by rental and serving alone. Unchanged unless
 * every route has a profile's total.
 */
export function withOwnership(
  comparison: LifetimeComparison,
  owned: ReadonlyArray<Ownership | undefined>,
): LifetimeComparison {
  const totals = comparison.routes.map((_, i) => owned[i]);
  if (!totals.every((total) => total?.profile)) return comparison;
  const routes = comparison.routes.map((route, i) => ({
    ...route,
    owned: { total: totals[i]!.total, profile: totals[i]!.profile!.name },
  }));
  const cheapest = routes.reduce((best, route) => (new Money(route.owned.total).lt(best.owned.total) ? route : best));
  return { ...comparison, routes, cheapestTotal: cheapest.name };
}

/**
 * Routes compared over their life, each with serving counted in its total cost of ownership: every item's costing
 * redone with its route's exact serving cost (and, under a profile, its infrastructure), then the comparison told by
 * those totals (withOwnership). The CLI's compare and Slack's compare both cost their students here.
 */
export function withServingCosted<
  T extends { costing: { ownership?: Ownership }; recost(servingExact: string): T['costing'] },
>(items: readonly T[], comparison: LifetimeComparison): { items: T[]; comparison: LifetimeComparison } {
  const costed = items.map((item, i) => ({
    ...item,
    costing: item.recost(comparison.routes[i]!.serving.costExact.base),
  }));
  return {
    items: costed,
    comparison: withOwnership(
      comparison,
      costed.map((item) => item.costing.ownership),
    ),
  };
}

function lifeOf(route: LifetimeRoute): RouteLife {
  const { name, ...input } = route;
  const life = lifetimeCost(input);
  const perDay = new Money(life.serving.costExact.base).div(life.serving.days);
  const minorUnits = life.assumptions.serving.currency.minorUnits;
  return { name, ...life, servingPerDay: toFixedString(perDay, minorUnits), servingPerDayExact: perDay.toFixed() };
}

function lowest(lives: readonly RouteLife[], amount: (life: RouteLife) => Money): RouteLife {
  return lives.reduce((best, life) => (amount(life).lt(amount(best)) ? life : best));
}

/** Solves trainRunner + perDayRunner·d = trainOther + perDayOther·d for d (perDayRunner ≤ perDayOther). */
function breakEven(runner: RouteLife, other: RouteLife): BreakEven {
  const extraTraining = new Money(runner.training.costExact.base).minus(other.training.costExact.base);
  if (!extraTraining.gt(0)) return { kind: 'from-start' };
  const savedPerDay = new Money(other.servingPerDayExact).minus(runner.servingPerDayExact);
  if (!savedPerDay.gt(0)) return { kind: 'never', extraTraining: extraTraining.toFixed() };
  const days = extraTraining.div(savedPerDay).toNumber();
  return {
    kind: 'pays-back',
    days,
    withinHorizon: days <= runner.serving.days,
    extraTraining: extraTraining.toFixed(),
    savedPerDay: savedPerDay.toFixed(),
  };
}
