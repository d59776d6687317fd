/**
 * `distilplan cost`: FLOPs → GPU-hours → money with the MFU band, or with
 * --budget the inverse (what $50k, 500 GPU-hours or 3 PF-days buy in FLOPs).
 * Its cost flags are every pricing command's (cli/cost-flags.ts).
 */
import { type Command, Option } from 'commander';
import {
  type BudgetFlops,
  type CostEstimate,
  costFlops,
  flopsForBudget,
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatMoney,
  type Lang,
  Money,
  type Ownership,
  ownershipOf,
  parseBudget,
  resolveCostOptions,
} from '../../core/cost/index.js';
import { InputError } from '../../core/errors.js';
import { formatScientific } from '../../core/format.js';
import { bandMeaning } from '../budget.js';
import { addCostFlags, assumptionRows, type CostFlags, costOptionsFrom } from '../cost-flags.js';
import { ownershipRows } from '../costs.js';
import { printResult, type Row, section } from '../output.js';

interface CostCommandFlags extends CostFlags {
  flops?: string;
  budget?: string;
  lang?: Lang;
  json?: boolean;
}

export function register(program: Command): void {
  addCostFlags(program.command('cost').description('GPU-hours and money for FLOPs, or the FLOPs a budget buys'))
    .option('--flops <C>', 'compute to cost: 1e24, 1e24 FLOPs or 3 PF-days')
    .option('--budget <B>', 'a budget to turn into FLOPs: $50k, ¥3M, 500 GPU-hours, 2,000 H100-hours')
    .addOption(new Option('--lang <lang>', 'language of the human output').choices(['en', 'ja']).default('en'))
    .option('--json', 'print exactly one JSON object')
    .action((flags: CostCommandFlags, command: Command) => {
      const opts = { ...command.optsWithGlobals(), ...flags } as CostCommandFlags;
      if (opts.budget !== undefined) runInverse(opts);
      else runForward(opts);
    });
}

const BOTH = { form: 'flops-or-budget', moneyToBudget: false } as const;

function runForward(flags: CostCommandFlags): void {
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
  printResult(
    forwardText(estimate, ownership, flags.lang ?? 'en'),
    { ...forwardJson(estimate), costing: { ownership } },
    flags,
  );
}

function runInverse(flags: CostCommandFlags): void {
  if (flags.flops !== undefined) throw new InputError('budget', { code: 'conflicts', other: 'flops' }, BOTH);
  const result = flopsForBudget(flags.budget!, costOptionsFrom(flags));
  printResult(inverseText(result, flags.budget!, flags.lang ?? 'en'), inverseJson(result), flags);
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

function forwardText(estimate: CostEstimate, ownership: Ownership, lang: Lang): string {
  const { currency } = estimate;
  const rows: Row[] = [
    [
      'GPU-hours',
      `${formatGpuHours(estimate.gpuHours.base, lang)} (${formatGpuHours(estimate.gpuHours.low, lang)} to ${formatGpuHours(estimate.gpuHours.high, lang)})`,
    ],
    ['cost', `${formatCostBand(estimate.cost, currency, lang)} ${bandMeaning(estimate.mfuOfBand, lang)}`],
    ['cost, exact base', formatMoney(estimate.cost.base, currency, { lang })],
    ...assumptionRows(estimate.assumptions, lang),
  ];
  const owned = ownershipRows(ownership, lang);
  const basis = ownership.profile ? owned.notes : [`basis: ${estimate.assumptions.basis}`];
  return section(`Cost of ${formatScientific(estimate.flops)} FLOPs`, [...rows, ...owned.rows], basis);
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

function inverseText(result: BudgetFlops, typed: string, lang: Lang): string {
  const flops = result.flops;
  const rows: Row[] = [
    ['FLOPs', `${formatScientific(flops.base)} (${formatScientific(flops.low)} to ${formatScientific(flops.high)})`],
    ['GPU-hours', formatGpuHours(result.gpuHours.base, lang)],
    ...(result.assumptions
      ? assumptionRows(result.assumptions, lang)
      : [
          [
            'GPU',
            `${result.gpu.name} (${result.gpu.id}), ${result.gpu.precision} dense peak ${result.gpu.peakFlopsPerSecond / 1e12} TFLOP/s`,
          ] as const,
          ['MFU', `${formatMfuBand(result.mfu)} of ${result.gpu.precision} peak (low/base/high)`] as const,
        ]),
  ];
  return section(`What ${typed.trim()} buys`, rows);
}
