/**
 * `--compute` or `--budget` on the planning commands: a budget in money or
 * GPU-hours becomes FLOPs through core's costing (the same path as Slack's
 * `budget=`), and any cost flag adds GPU-hours and money to the answer.
 */
import type { Command } from 'commander';
import {
  budgetFor,
  type Costing,
  type CostOptions,
  costingOf,
  formatCostBand,
  formatGpuHours,
  InputError,
  type PlanFlops,
} from '../core/index.js';
import { addCostFlags, assumptionRows, type CostFlags, costOptionsFrom } from './commands/cost.js';
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
  costing?: (plan?: { flops: PlanFlops }, flipCompute?: number | null) => Costing;
  /** The cost options with the answer's currency settled (a chart's money axis uses them). */
  costOptions?: CostOptions;
}

export function resolveBudget(flags: BudgetFlags): ResolvedBudget {
  if (flags.compute !== undefined && flags.budget !== undefined)
    throw new InputError('budget', { code: 'conflicts', other: 'compute' }, BUDGET_FORMS);
  if (flags.compute === undefined && flags.budget === undefined)
    throw new InputError('compute', { code: 'missing' }, BUDGET_FORMS);
  const wantsCost =
    flags.budget !== undefined ||
    [flags.gpu, flags.price, flags.provider, flags.currency].some((flag) => flag !== undefined);
  const budget = flags.budget ?? count('compute', flags.compute);
  if (!wantsCost) return { compute: budget as number };
  const budgeted = budgetFor(budget, costOptionsFrom(flags));
  return {
    compute: budgeted.flops,
    costing: (plan, flip) => costingOf(budgeted, plan, flip),
    costOptions: budgeted.options,
  };
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
    ['cost', formatCostBand(costing.total.cost, costing.total.currency, 'en')],
    ...assumptionRows(costing.total.assumptions),
  ];
}
