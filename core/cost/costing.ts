/**
 * A budget as people give it (money, GPU-hours or FLOPs) → the FLOPs the
 * optimisers plan with, and a plan's parts in GPU-hours and money. Every face
 * that takes `--budget`/`budget=` goes through here, so the CLI, Slack and
 * Sheets quote the same money for the same inputs.
 */

import { type FieldId, InputError } from '../errors.js';
import type { PlanFlops } from '../plans.js';
import { parseCount } from '../units.js';
import type { Budget } from './budget.js';
import { type CostEstimate, costFlops, type GpuUsed, mapBand } from './cost.js';
import { type DeadlineGpus, gpusForDeadline } from './deadline.js';
import { type BudgetFlops, flopsForBudget } from './inverse.js';
import { Money } from './money.js';
import { type Band, type CostOptions, resolveCostOptions } from './options.js';
import { type Ownership, ownershipOf, type RouteTokens } from './ownership.js';
import { costPlan, type PlanCost } from './plan.js';
import type { CostProfile } from './profile.js';

export interface Budgeted {
  budget: BudgetFlops;
  /** FLOPs the optimisers plan with: the budget at the base MFU. */
  flops: number;
  /** Cost options with the answer's currency settled (a money budget sets it unless currency= says otherwise). */
  options: CostOptions;
}

export function budgetFor(budget: Budget | string | number, options: CostOptions = {}): Budgeted {
  const bought = flopsForBudget(budget, options);
  const spent = bought.budget;
  const fromBudget = options.currency === undefined && spent.kind === 'money';
  const currency = options.currency ?? (spent.kind === 'money' ? spent.currency : undefined);
  const inferred = fromBudget || options.currencyInferred === true;
  return {
    budget: bought,
    flops: bought.flops.base,
    options: { ...options, currency, ...(inferred ? { currencyInferred: true } : {}) },
  };
}

/** GPUs the run is spread over when an answer gives calendar time (a common node). */
export const DEFAULT_GPUS = 8;
/** A whole number of GPUs, 1 to 10M. */
export function checkGpus(field: FieldId, gpus: unknown): number {
  const value = typeof gpus === 'string' ? parseCount(field, gpus, { accepted: { form: 'gpu-count' } }) : gpus;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1e7)
    throw new InputError(field, { code: 'not-whole-in-range', min: 1, max: 1e7 }, { form: 'gpu-count' });
  return value;
}

/** Calendar days for GPU-hours on `gpus` GPUs at once: GPU-hours / GPUs / 24 (no queueing, no failures). */
export function wallClockDays(gpuHours: Band<number>, gpus: number): Band<number> {
  return mapBand(gpuHours, (hours) => hours / gpus / 24);
}

export interface WallClock {
  gpus: number;
  /** low ← high MFU, as the GPU-hours band; with a profile's failed and restarted runs, that much longer. */
  days: Band<number>;
  /**
   * The share of the run's time a cost profile adds for failed and restarted runs (0.1: 10%), already in `days`,
   * and the profile's name: the money counts that time as a part of the total, so the calendar does too.
   */
  failureRestart?: { share: number; profile: string };
  /** A deadline asked for, and the whole GPUs that finish the run within it (`gpus` unless GPUs were given). */
  deadline?: DeadlineGpus;
}

/** The run's calendar time, lengthened by the profile's failed and restarted runs when it states them. */
function wallClockOf(
  gpuHours: Band<number>,
  given: number | undefined,
  profile: CostProfile | undefined,
  deadlineDays: number | undefined,
): WallClock {
  const restart = profile?.failureRestart;
  const restarts = profile !== undefined && restart !== undefined && !restart.isZero();
  const stretch = restarts ? new Money(1).plus(restart).toNumber() : 1;
  const deadline = deadlineDays === undefined ? undefined : gpusForDeadline(gpuHours, deadlineDays, stretch);
  // GPUs typed are kept (the deadline then says how many it would take); without them the deadline sets them.
  const gpus = given ?? deadline?.gpusNeeded ?? DEFAULT_GPUS;
  const withDeadline = deadline ? { deadline } : {};
  if (!restarts) return { gpus, days: wallClockDays(gpuHours, gpus), ...withDeadline };
  return {
    gpus,
    days: mapBand(wallClockDays(gpuHours, gpus), (days) => days * stretch),
    failureRestart: { share: restart.toNumber(), profile: profile.name },
    ...withDeadline,
  };
}

export interface Costing {
  budget: BudgetFlops;
  flops: number;
  gpu: GpuUsed;
  mfu: Band<number>;
  /** The planned FLOPs in money; absent when the GPU has no price and none was given. */
  total?: CostEstimate;
  /** A plan's parts in GPU-hours and money. */
  parts?: PlanCost;
  /** What the budget at which the verdict flips would cost; absent when that budget is outside the evidence. */
  flip?: CostEstimate;
  /** The flip budget lies below the evidence floor: "never at a realistic budget", not money. */
  flipUnrealistic?: boolean;
  /** Calendar time of the planned GPU-hours on `gpus` GPUs. */
  wallClock: WallClock;
  /**
   * The compute ratio's gap in money (App. D.5): what |ratio − 1| × the budget costs, i.e. what the losing route
   * pays extra to reach the winner's loss. Absent without a ratio or a price.
   */
  ratioGap?: { computeRatio: number; flops: number; cost: CostEstimate };
  /**
   * Total cost of ownership: the rental of `total` plus what the cost profile adds, part by part (parts sum to the
   * total to the minor unit); without a profile, the rental with what is not counted named. Absent without a price.
   */
  ownership?: Ownership;
  /**
   * The budgets inside the evidence (core/evidence.ts), each end in money (absent without a price) and calendar
   * days on `wallClock.gpus` GPUs at the base MFU; an end is null where the evidence runs past the search.
   */
  evidenceBudgets?: { low: PricedBudget | null; high: PricedBudget | null };
}

/** A FLOPs budget in the person's terms. */
export interface PricedBudget {
  flops: number;
  cost?: CostEstimate;
  /** Calendar days on the answer's GPUs at the base MFU. */
  days: number;
}

/** The decision-side inputs of a costing: the flip (and where it lies against the evidence), the ratio, the GPUs. */
export interface CostingExtras {
  flipCompute?: number | null;
  /** 'below-evidence' drops the flip's money (core/evidence.ts). */
  flipEvidence?: 'inside' | 'below-evidence' | 'above-evidence' | null;
  computeRatio?: number | null;
  gpus?: number;
  /** A deadline in days: without `gpus`, the run is spread over the GPUs that finish it within the deadline. */
  deadlineDays?: number;
  /** The decision's budgets inside the evidence (decision.evidence.budgets), to be said in money and days. */
  evidenceBudgets?: { low: number | null; high: number | null } | null;
  /** The tokens of the route the answer costs, for a profile's data cost per token. */
  tokens?: RouteTokens;
  /** Serving's GPU cost at the base MFU, exact, in the answer's currency: a part of the total. */
  servingExact?: string;
}

export function costingOf(
  budgeted: Budgeted,
  plan?: { flops: PlanFlops },
  flipCompute?: number | null,
  extras: CostingExtras = {},
): Costing {
  const { budget, flops, options } = budgeted;
  const wallClock = wallClockOf(budget.gpuHours, extras.gpus, options.profile, extras.deadlineDays);
  const gpus = wallClock.gpus;
  const priced = resolveCostOptions(options, false).price !== undefined;
  // Days scale with FLOPs at the budget's own GPU and MFU: the budget's days × (FLOPs / the budget's FLOPs).
  const daysPerFlop = budget.gpuHours.base / budget.flops.base / gpus / 24;
  const pricedBudget = (at: number | null): PricedBudget | null =>
    at === null ? null : { flops: at, days: at * daysPerFlop, ...(priced ? { cost: costFlops(at, options) } : {}) };
  const evidence = extras.evidenceBudgets
    ? {
        evidenceBudgets: {
          low: pricedBudget(extras.evidenceBudgets.low),
          high: pricedBudget(extras.evidenceBudgets.high),
        },
      }
    : {};
  const flip = extras.flipCompute ?? flipCompute;
  const flipUnrealistic = typeof flip === 'number' && extras.flipEvidence === 'below-evidence';
  const base: Costing = {
    budget,
    flops,
    gpu: budget.gpu,
    mfu: budget.mfu,
    wallClock,
    ...(flipUnrealistic ? { flipUnrealistic } : {}),
    ...evidence,
  };
  // GPU-hours only when the table has no price for this GPU and none was given.
  if (!priced) return base;
  const ratio = extras.computeRatio;
  const gapFlops = typeof ratio === 'number' ? Math.abs(ratio - 1) * flops : undefined;
  const total = costFlops(flops, options);
  return {
    ...base,
    total,
    ownership: ownershipOf({
      currency: resolveCostOptions(options, true).currency,
      rental: new Money(total.costExact.base),
      trainingTokens: extras.tokens?.training,
      teacherTokens: extras.tokens?.teacher,
      serving: extras.servingExact === undefined ? undefined : new Money(extras.servingExact),
      profile: options.profile,
    }),
    parts: plan && costPlan(plan.flops, options),
    flip: typeof flip === 'number' && !flipUnrealistic ? costFlops(flip, options) : undefined,
    ...(gapFlops === undefined
      ? {}
      : { ratioGap: { computeRatio: ratio!, flops: gapFlops, cost: costFlops(gapFlops, options) } }),
  };
}
