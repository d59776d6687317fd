/**
 * `--compute` or `--budget` on the planning commands: a budget in money or
 * GPU-hours becomes FLOPs through core's costing (the same path as Slack's
 * `budget=`), and any cost flag adds GPU-hours and money to the answer.
 */
import type { Command } from 'commander';
import {
  budgetFor,
  type Costing,
  type CostingExtras,
  type CostOptions,
  costingOf,
  formatCostBand,
  formatGpuHours,
  InputError,
  type PlanFlops,
} from '../core/index.js';
import { CATALOGUES, type Lang, type MfuOfBand } from '../messages/index.js';
import { addCostFlags, assumptionRows, type CostFlags, costOptionsFrom } from './cost-flags.js';
import { count } from './flags.js';
import type { Row } from './output.js';

export interface BudgetFlags extends CostFlags {
  compute?: string;
  budget?: string;
}

const BUDGET_FORMS = { form: 'budget-or-compute' } as const;

export function addBudgetFlags(command: Command, computeHelp: string): Command {
  command
    .option('--compute <C>', computeHelp)
    .option(
      '--budget <B>',
      'budget as money, GPU-hours or FLOPs: $200k, ¥3M, 500 GPU-hours, 3 PF-days (money needs a price: --gpu or --price)',
    );
  return addCostFlags(command);
}

export interface ResolvedBudget {
  compute: number;
  /** Present when the answer should carry GPU-hours and money. */
  costing?: (plan?: { flops: PlanFlops }, flipCompute?: number | null, extras?: CostingExtras) => Costing;
  /** The cost options as resolved (the answer's currency settled), for serving costs. */
  costOptions?: CostOptions;
}

/** `alwaysCost`: cost at the defaults (h100-sxm, its default price) even when no cost flag was given. */
export function resolveBudget(flags: BudgetFlags, alwaysCost = false): ResolvedBudget {
  if (flags.compute !== undefined && flags.budget !== undefined)
    throw new InputError('budget', { code: 'conflicts', other: 'compute' }, BUDGET_FORMS);
  if (flags.compute === undefined && flags.budget === undefined)
    throw new InputError('compute', { code: 'missing' }, BUDGET_FORMS);
  const wantsCost =
    alwaysCost ||
    flags.budget !== undefined ||
    [flags.gpu, flags.price, flags.provider, flags.currency].some((flag) => flag !== undefined);
  // --compute is FLOPs by its name: a small one is a budget too small, never a "which unit?" question.
  const budget = flags.budget ?? { kind: 'flops' as const, flops: count('compute', flags.compute) };
  if (!wantsCost) return { compute: typeof budget === 'string' ? Number.NaN : budget.flops };
  const budgeted = budgetFor(budget, costOptionsFrom(flags));
  return {
    compute: budgeted.flops,
    costing: (plan, flip, extras) => costingOf(budgeted, plan, flip, extras),
    costOptions: budgeted.options,
  };
}

/** What a cost band means: the same FLOPs at the high, base and low MFU. */
export function bandMeaning(mfu: MfuOfBand, lang: Lang = 'en'): string {
  return CATALOGUES[lang].phrases.costBand(mfu);
}

/** GPU-hours and money rows for a costed answer. */
export function costingRows(costing: Costing): Row[] {
  const hours = costing.total?.gpuHours ?? costing.budget.gpuHours;
  const rows: Row[] = [
    [
      'GPU-hours',
      `${formatGpuHours(hours.base, 'en')} (${formatGpuHours(hours.low, 'en')} to ${formatGpuHours(hours.high, 'en')})`,
    ],
  ];
  if (!costing.total) return [...rows, ['cost', `no price for ${costing.gpu.id}: give --price`]];
  return [
    ...rows,
    [
      'cost',
      `${formatCostBand(costing.total.cost, costing.total.currency, 'en')} ${bandMeaning(costing.total.mfuOfBand)}`,
    ],
    ...assumptionRows(costing.total.assumptions),
  ];
}
