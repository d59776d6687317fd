/**
 * The staged investment after a pilot (the paper's advice: measure small, fit, then scale): the pilot, then the
 * decision's run if the pilot settles the call, otherwise a middle stage about ten times the pilot first. Each
 * stage carries its compute, money, calendar days on the given GPUs and its go/no-go rules as typed data that
 * messages/ words for a meeting.
 */
import { type CostEstimate, costFlops, gpuHoursFor } from '../cost/cost.js';
import { DEFAULT_GPUS, wallClockDays } from '../cost/costing.js';
import type { Band, CostOptions } from '../cost/options.js';
import { resolveCostOptions } from '../cost/options.js';
import { PLAUSIBLE_AGREEMENT } from '../evidence.js';
import type { PilotRunKind } from './design.js';

export type StageKind = 'pilot' | 'middle' | 'decision';

/** A go/no-go rule, as data: faces word it through messages/ (en, ja). */
export type StageRule =
  /** Stop when this run's measured loss is more than `nats` above the law fitted to the others: the law's form does not fit. */
  | { code: 'stop-if-off-law'; run: number; kind: PilotRunKind; params: number; tokens: number; nats: number }
  /** Go to `onSettled` when at least `agreement` of the fitted law's plausible laws agree on the call; else `otherwise`. */
  | { code: 'go-if-settled'; agreement: number; onSettled: 'decision'; otherwise: 'middle' | 'either-route' }
  /** The decision's run: the call's plan on the whole budget. */
  | { code: 'run-decision'; share: number };

export interface Stage {
  kind: StageKind;
  /** Share of the decision's compute this stage spends. */
  share: number;
  flops: number;
  /** null where the GPU has no price and none was given. */
  cost: CostEstimate | null;
  /** Calendar days on `gpus` GPUs (low ← the high MFU). */
  days: Band<number>;
  gpus: number;
  /**
   * Share of the simulated worlds in which the call is settled on the true verdict after this stage (pilot, middle);
   * for the middle stage, among the worlds the pilot left open. null for the decision run.
   */
  settles: number | null;
  rules: StageRule[];
}

export interface StageInput {
  kind: StageKind;
  share: number;
  flops: number;
  settles: number | null;
  rules: StageRule[];
}

/** A stage's money and days from its FLOPs (core/cost), at the question's GPU and price. */
export function stageOf(input: StageInput, costOptions: CostOptions, gpus = DEFAULT_GPUS): Stage {
  const hours = gpuHoursFor(input.flops, costOptions);
  return {
    ...input,
    cost: hasPrice(costOptions) ? costFlops(input.flops, costOptions) : null,
    days: wallClockDays(hours.gpuHours, gpus),
    gpus,
  };
}

export function hasPrice(costOptions: CostOptions): boolean {
  return resolveCostOptions(costOptions, false).price !== undefined;
}

/** The settle rule of a stage: go to the decision when the call is settled, else the next stage (or either route). */
export function settleRule(otherwise: 'middle' | 'either-route'): StageRule {
  return { code: 'go-if-settled', agreement: PLAUSIBLE_AGREEMENT, onSettled: 'decision', otherwise };
}
