/**
 * `distilplan cost`: FLOPs → GPU-hours → money with the MFU band, or with
 * --budget the inverse (what $50k, 500 GPU-hours or 3 PF-days buy in FLOPs).
 * Its cost flags are every pricing command's (cli/cost-flags.ts).
 */
import type { Command } from 'commander';
import {
  type BudgetFlops,
  type CostEstimate,
  costFlops,
  flopsForBudget,
  Money,
  ownershipOf,
  parseBudget,
  resolveCostOptions,
} from '../../core/cost/index.js';
import { InputError } from '../../core/errors.js';
import { budgetFor, type Costing, costingOf, describeCostAnswer } from '../../core/index.js';
import { CLI_WORDS, type Lang, namesFor, wordCostAnswer } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import type { CliContext } from '../context.js';
import { addCostFlags, type CostFlags, costOptionsFrom } from '../cost-flags.js';
import { printResult } from '../output.js';

interface CostCommandFlags extends CostFlags {
  flops?: string;
  budget?: string;
  json?: boolean;
}

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  addCostFlags(program.command('cost').description(help.commands.cost), context.lang)
    .option('--flops <C>', help.options.costFlops)
    .option('--budget <B>', help.options.costBudget)
    .option('--json', help.options.json)
    .action((flags: CostCommandFlags, command: Command) => {
      const opts = { ...command.optsWithGlobals(), ...flags } as CostCommandFlags;
      if (opts.budget !== undefined) runInverse(opts, context.lang);
      else runForward(opts, context.lang);
    });
}

const BOTH = { form: 'flops-or-budget', moneyToBudget: false } as const;

function runForward(flags: CostCommandFlags, lang: Lang): void {
  if (flags.flops === undefined) throw new InputError('flops', { code: 'missing' }, BOTH);
  const flops = parseBudget('flops', flags.flops);
  if (flops.kind !== 'flops')
    throw new InputError('flops', { code: 'not-compute' }, { form: 'flops-or-budget', moneyToBudget: true });
  const options = costOptionsFrom(flags);
  const estimate = costFlops(flops.flops, options);
  const ownership = ownershipOf({
    currency: resolveCostOptions(options, true).currency,
    rental: new Money(estimate.costExact.base),
    profile: options.profile,
  });
  const costing = costingOf(budgetFor(flops, options));
  printResult(costText(costing, lang), { ...forwardJson(estimate), costing: { ownership } }, flags);
}

function runInverse(flags: CostCommandFlags, lang: Lang): void {
  if (flags.flops !== undefined) throw new InputError('budget', { code: 'conflicts', other: 'flops' }, BOTH);
  const options = costOptionsFrom(flags);
  const result = flopsForBudget(flags.budget!, options);
  printResult(costText(costingOf(budgetFor(flags.budget!, options)), lang), inverseJson(result), flags);
}

export function forwardJson(estimate: CostEstimate): object {
  const { assumptions: a } = estimate;
  return {
    flops: estimate.flops,
    gpuHours: estimate.gpuHours.base,
    cost: estimate.cost.base,
    currency: estimate.currency,
    band: { mfu: a.mfu, gpuHours: estimate.gpuHours, cost: estimate.cost },
    costExact: estimate.costExact.base,
    priceAsOf: a.price.asOf,
    price: a.price,
    gpu: a.gpu,
    mfuPrecision: a.gpu.precision,
    rate: a.currency.ratePerUsd,
    rateDate: a.currency.rateDate,
    ...(a.currency.rateSource ? { rateSource: a.currency.rateSource } : {}),
    basis: a.basis,
  };
}

export function inverseJson(result: BudgetFlops): object {
  const a = result.assumptions;
  return {
    budget: result.budget,
    flops: result.flops.base,
    gpuHours: result.gpuHours.base,
    band: { mfu: result.mfu, flops: result.flops, gpuHours: result.gpuHours },
    gpu: result.gpu,
    mfuPrecision: result.gpu.precision,
    ...(a
      ? {
          currency: a.currency.code,
          priceAsOf: a.price.asOf,
          price: a.price,
          rate: a.currency.ratePerUsd,
          rateDate: a.currency.rateDate,
          ...(a.currency.rateSource ? { rateSource: a.currency.rateSource } : {}),
        }
      : {}),
  };
}

/** The cost answer as every face words it (core's description, messages/' words), laid out as the CLI's text. */
function costText(costing: Costing, lang: Lang): string {
  return answerText(wordCostAnswer(describeCostAnswer(costing), lang, namesFor('cli')));
}
