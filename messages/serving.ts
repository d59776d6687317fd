/**
 * Training + serving over a model's life, and the break-even point, in words (the CLI's compare and Slack's
 * compare and decide). The sentences come first, then a line of figures per model; each language's phrases are
 * in its catalogue (en.ts, ja.ts), the order and the money formatting here, once.
 */
import type { LifetimeComparison, LifetimeCost, RouteLife } from '../core/index.js';
import type { Lang } from './catalogue.js';
import { formatMoney } from './money.js';
import { CATALOGUES } from './render.js';

export interface ServingWords {
  /** Which model costs least over the horizon, then each other model against the one cheapest to run. */
  sentences(comparison: LifetimeComparison): string[];
  /** One line per model: training + serving a day = total over the horizon. */
  figures(comparison: LifetimeComparison): string[];
  /** One model (decide): training + serving over the horizon. */
  single(life: LifetimeCost): string;
  /** What the serving figures assume: 2N FLOPs per token, the serving MFU, the GPU. */
  basis(life: LifetimeCost): string;
}

export function servingWords(lang: Lang): ServingWords {
  const phrases = CATALOGUES[lang].serving;
  const money = (amount: string, currency: string): string => formatMoney(amount, currency, { compact: true, lang });
  const parts = (life: LifetimeCost) => ({
    days: life.serving.days,
    tokensPerDay: life.serving.tokensPerDay,
    total: money(life.total.cost.base, life.currency),
    training: money(life.training.cost.base, life.currency),
    serving: money(life.serving.cost.base, life.currency),
  });
  return {
    sentences(comparison) {
      const byName = new Map(comparison.routes.map((route) => [route.name, route] as const));
      const cheapest = byName.get(comparison.cheapestTotal)!;
      const runner = byName.get(comparison.cheapestToRun)!;
      // Under a profile the cheapest is the one whose total cost of ownership is least, and that total is said.
      const first = cheapest.owned
        ? phrases.cheapestOwned({
            name: cheapest.name,
            ...parts(cheapest),
            total: money(cheapest.owned.total, cheapest.currency),
            profile: cheapest.owned.profile,
          })
        : phrases.cheapest({ name: cheapest.name, ...parts(cheapest) });
      return [first, ...comparison.routes.flatMap((other) => (other.breakEven ? [breakEvenLine(runner, other)] : []))];
    },
    figures: (comparison) =>
      comparison.routes.map((route) =>
        phrases.figures({
          name: route.name,
          training: money(route.training.cost.base, route.currency),
          perDay: money(route.servingPerDay, route.currency),
          total: money(route.total.cost.base, route.currency),
          days: route.serving.days,
        }),
      ),
    single: (life) => phrases.single(parts(life)),
    basis: (life) =>
      phrases.basis({
        mfu: life.assumptions.serving.mfu.base,
        gpu: life.assumptions.serving.gpu.id,
      }),
  };

  function breakEvenLine(runner: RouteLife, other: RouteLife): string {
    const breakEven = other.breakEven!;
    const names = { runner: runner.name, other: other.name };
    if (breakEven.kind === 'from-start') return phrases.fromStart(names);
    const extra = money(breakEven.extraTraining, runner.currency);
    if (breakEven.kind === 'never') return phrases.never({ ...names, extra });
    return phrases.paysBack({
      ...names,
      extra,
      savedPerDay: money(breakEven.savedPerDay, runner.currency),
      days: Math.ceil(breakEven.days),
      horizon: runner.serving.days,
      withinHorizon: breakEven.withinHorizon,
    });
  }
}
