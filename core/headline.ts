/**
 * The first lines of every decide answer, as data: the call, then one sentence
 * in money and time (what the losing route would cost to reach the winner's
 * loss, App. D.5's compute ratio priced at the answer's price; the wall-clock
 * days on N GPUs; the cost), and for an answer outside the evidence what the
 * paper found there and which budgets bring it inside. Every face words the
 * same description from messages/, so the CLI and Slack cannot drift apart.
 */

import type { Costing } from './cost/costing.js';
import type { Band } from './cost/options.js';
import type { Decision } from './decide.js';
import type { Call, EvidenceBudgets, EvidenceMeter, FindingCode, LossName, OutsideQuantity } from './evidence.js';

/** An amount as core/cost computes it: a decimal string in a currency. */
export interface MoneyAmount {
  amount: string;
  currency: string;
}

/** The business sentence about the compute ratio (App. D.5), by case. */
export type RatioLine =
  /** The two routes are within the laws' error: quality about the same. */
  | { kind: 'close-call' }
  /** Distillation reaches the direct route's loss with `computeRatio` (< 1) of the budget, saving `gap`. */
  | { kind: 'cheaper'; computeRatio: number; gap?: MoneyAmount }
  /** Distillation would need `computeRatio` (≥ 1) × the budget, `gap` more, to match direct training. */
  | { kind: 'dearer'; computeRatio: number; gap?: MoneyAmount }
  /** Distillation cannot reach the direct route's loss at any budget up to 1e28 FLOPs. */
  | { kind: 'never-reaches' }
  /** The budget searches were skipped: nothing to say about the ratio. */
  | { kind: 'not-searched' };

export type RatioKind = RatioLine['kind'];

/** Calendar time of the run. */
export interface DaysLine {
  gpus: number;
  gpuId: string;
  /** The GPU's name without its maker: "H100 SXM". */
  gpuName: string;
  /** low ← high MFU. */
  days: Band<number>;
  /** A cost profile's share for failed and restarted runs, already in `days` (absent without one). */
  failureRestart?: { share: number; profile: string };
  /** A deadline asked for (days) and the whole GPUs that finish the run within it at the base MFU. */
  deadline?: { days: number; gpusNeeded: number };
}

/** Why an answer is outside the evidence, what the paper found for its situation, and where the evidence is. */
export interface OutsideLines {
  outside: OutsideQuantity[];
  lossesAboveUniform: LossName[];
  finding: FindingCode;
  /** Budgets inside the evidence; null: none in 1e17–1e28 FLOPs; absent: not searched. */
  budgets?: EvidenceBudgets | null;
  /** Those budgets' ends in the person's money (absent without a price) and days on the answer's GPUs. */
  budgetsPriced?: { low: PricedEnd | null; high: PricedEnd | null };
}

export interface PricedEnd {
  cost?: MoneyAmount;
  days: number;
  gpus: number;
}

/** How sure the call is: the share of plausible laws in which distillation wins, and their count. */
export interface ShareLine {
  share: number;
  samples: number;
}

export interface HeadlineDescription {
  call: Call;
  /** The evidence meter beside the call: the largest factor beyond the fitted ranges (null inside them all). */
  meter: EvidenceMeter;
  /** The plausible laws behind the call. */
  share: ShareLine;
  /** Coefficients the set's fit could not pin down: said on the first screen. */
  unidentified: string[];
  /** Absent outside the evidence: a ratio there is not evidence either. */
  ratio?: RatioLine;
  outside?: OutsideLines;
  days: DaysLine;
  /** What the planned run costs at the answer's price; absent without a price. */
  cost?: MoneyAmount;
  /** With a cost profile: the total cost of ownership the money sentence says, beside the rental alone. */
  ownership?: { total: MoneyAmount; rental: MoneyAmount; profile: string };
}

/** How long the costed run takes on its GPUs, and with a deadline the GPUs that finish it in time: decide's and compare's days line. */
export function daysLineOf(costing: Costing): DaysLine {
  const gpu = costing.gpu;
  return {
    gpus: costing.wallClock.gpus,
    gpuId: gpu.id,
    gpuName: gpu.name.replace(/^(NVIDIA|Google|AMD) /, ''),
    days: costing.wallClock.days,
    ...(costing.wallClock.failureRestart ? { failureRestart: costing.wallClock.failureRestart } : {}),
    ...(costing.wallClock.deadline ? { deadline: costing.wallClock.deadline } : {}),
  };
}

/** Under a cost profile, with a price: the total cost of ownership beside the rental alone (decide's and compare's). */
export function ownershipLineOf(costing: Costing): HeadlineDescription['ownership'] {
  const owned = costing.ownership;
  if (!owned?.profile || !costing.total) return undefined;
  return {
    total: { amount: owned.total, currency: owned.currency },
    rental: { amount: owned.rental, currency: owned.currency },
    profile: owned.profile.name,
  };
}

export function describeHeadline(decision: Decision, costing: Costing): HeadlineDescription {
  const total = costing.total;
  const days = daysLineOf(costing);
  const cost = total ? { amount: total.cost.base, currency: total.currency } : undefined;
  const ownership = ownershipLineOf(costing);
  const common = {
    call: decision.call,
    meter: decision.evidence.meter,
    share: { share: decision.verdictShare, samples: decision.uncertainty.samples },
    unidentified: decision.evidence.unidentified,
    days,
    ...(cost ? { cost } : {}),
    ...(ownership ? { ownership } : {}),
  };
  if (decision.call === 'outside-evidence') {
    const { outside, lossesAboveUniform, finding, budgets } = decision.evidence;
    const priced = costing.evidenceBudgets;
    const end = (at: NonNullable<typeof priced>['low']): PricedEnd | null =>
      at === null
        ? null
        : {
            days: at.days,
            gpus: costing.wallClock.gpus,
            ...(at.cost ? { cost: { amount: at.cost.cost.base, currency: at.cost.currency } } : {}),
          };
    return {
      ...common,
      outside: {
        outside,
        lossesAboveUniform,
        finding,
        ...(budgets === undefined ? {} : { budgets }),
        ...(priced && budgets ? { budgetsPriced: { low: end(priced.low), high: end(priced.high) } } : {}),
      },
    };
  }
  return { ...common, ratio: ratioLine(decision, costing) };
}

function ratioLine(decision: Decision, costing: Costing): RatioLine {
  if (decision.call === 'close-call') return { kind: 'close-call' };
  const ratio = decision.computeRatio;
  if (ratio === null) return decision.flipSearched ? { kind: 'never-reaches' } : { kind: 'not-searched' };
  const priced = costing.ratioGap?.cost;
  const gap = priced ? { gap: { amount: priced.cost.base, currency: priced.currency } } : {};
  return { kind: ratio < 1 ? 'cheaper' : 'dearer', computeRatio: ratio, ...gap };
}
