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
  InputError,
  type PlanFlops,
} from '../core/index.js';
import { CLI_WORDS, type CliRow, type Lang } from '../messages/index.js';
import { addCostFlags, type CostFlags, costOptionsFrom } from './cost-flags.js';
import { count } from './flags.js';

export interface BudgetFlags extends CostFlags {
  compute?: string;
  budget?: string;
}

const BUDGET_FORMS = { form: 'budget-or-compute' } as const;

export function addBudgetFlags(command: Command, computeHelp: string, lang: Lang): Command {
  command.option('--compute <C>', computeHelp).option('--budget <B>', CLI_WORDS[lang].help.options.budget);
  return addCostFlags(command, lang);
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

/** GPU-hours and money rows for a costed answer. */
export function costingRows(costing: Costing, lang: Lang): CliRow[] {
  const words = CLI_WORDS[lang].costing;
  const hours = words.gpuHours(costing.total?.gpuHours ?? costing.budget.gpuHours);
  if (!costing.total) return [hours, words.noPrice(costing.gpu.id)];
  const { cost, currency, mfuOfBand, assumptions } = costing.total;
  return [hours, words.cost({ cost, currency, mfu: mfuOfBand }), ...words.assumptions(assumptions)];
}
