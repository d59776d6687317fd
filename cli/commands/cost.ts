/**
 * `distilplan cost`: FLOPs → GPU-hours → money with the MFU band, or with
 * --budget the inverse (what $50k, 500 GPU-hours or 3 PF-days buy in FLOPs).
 * `addCostFlags` and `costOptionsFrom` are exported so `decide`/`optimize`
 * can take --budget with the same --gpu/--price/--currency flags.
 */
import { type Command, Option } from 'commander';
import {
  type BudgetFlops,
  type CostAssumptions,
  type CostEstimate,
  type CostOptions,
  costFlops,
  flopsForBudget,
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatMoney,
  formatPricePerGpuHour,
  type Lang,
  Money,
  type Ownership,
  ownershipOf,
  parseBudget,
  parseWorkspaceRates,
  resolveCostOptions,
  type WorkspaceRate,
} from '../../core/cost/index.js';
import { InputError } from '../../core/errors.js';
import { formatScientific } from '../../core/format.js';
import { bandMeaning } from '../budget.js';
import { costProfileFrom, ownershipRows, profilePriceText } from '../costs.js';
import { printResult, type Row, section } from '../output.js';

export interface CostFlags {
  gpu?: string;
  precision?: string;
  mfu?: string;
  mfuBand?: string;
  price?: string;
  provider?: string;
  currency?: string;
  rate?: string;
  rateDate?: string;
  /** A cost profile file (cli/costs.ts). */
  costs?: string;
}

interface CostCommandFlags extends CostFlags {
  flops?: string;
  budget?: string;
  lang?: Lang;
  json?: boolean;
}

export function addCostFlags(command: Command): Command {
  return command
    .option('--gpu <id>', 'GPU from `distilplan gpus` (default h100-sxm; aliases such as h100 work)')
    .option('--precision <p>', 'precision of the peak the MFU refers to: bf16 (default), fp16, fp8')
    .option('--mfu <M>', 'base model FLOPs utilisation, 0.4 or 40% (band 0.75×/1.25×; default 0.30/0.40/0.50)')
    .option('--mfu-band <l/b/h>', 'the whole MFU band, e.g. 0.3/0.4/0.5')
    .option('--price <P>', 'your own price per GPU-hour: with a currency (¥450, $2.99) or bare in --currency (450)')
    .option('--provider <id>', 'a provider or price id from `distilplan prices`')
    .option('--currency <code>', 'answer currency, an ISO code such as JPY (needs --rate)')
    .option('--rate <R>', 'units of --currency per 1 USD, e.g. 150 (default: DISTILPLAN_RATES for that currency)')
    .option('--rate-date <date>', 'the date of --rate, shown with the answer')
    .option('--costs <FILE>', 'a cost profile (examples/cost-profile.json): discounts, failures, data, people…');
}

export function costOptionsFrom(flags: CostFlags): CostOptions {
  return {
    gpu: flags.gpu,
    precision: flags.precision,
    mfu: flags.mfu,
    mfuBand: flags.mfuBand,
    price: flags.price,
    provider: flags.provider,
    currency: flags.currency,
    rate: flags.rate,
    rateDate: flags.rateDate,
    workspaceRates: workspaceRates(process.env.DISTILPLAN_RATES),
    ...(flags.costs === undefined ? {} : { profile: costProfileFrom(flags.costs) }),
  };
}

/** DISTILPLAN_RATES (JPY=150@2026-11-01,…): the rate for a currency whose command gives no --rate. */
export function workspaceRates(text: string | undefined): WorkspaceRate[] | undefined {
  return text === undefined || text.trim() === '' ? undefined : parseWorkspaceRates(text);
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
  const result = flopsForBudget(parseBudget('budget', flags.budget), costOptionsFrom(flags));
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

export function assumptionRows(a: CostAssumptions, lang: Lang = 'en'): Row[] {
  const price = a.price;
  const where = price.userGiven
    ? price.converted
      ? `your price of ${formatPricePerGpuHour(price.quotedPerGpuHour, price.quoteCurrency, lang)}, converted at the rate below`
      : 'your own price'
    : `${price.provider} ${price.kind}, ${price.offer}${price.region ? `, ${price.region}` : ''}`;
  const rows: Row[] = [
    ['GPU', `${a.gpu.name} (${a.gpu.id}), ${a.gpu.precision} dense peak ${a.gpu.peakFlopsPerSecond / 1e12} TFLOP/s`],
    ['MFU', `${formatMfuBand(a.mfu)} of ${a.gpu.precision} peak (low/base/high)`],
    ['price', `${formatPricePerGpuHour(price.perGpuHour, price.currency, lang)}: ${where}, as of ${price.asOf}`],
  ];
  if (!price.userGiven) rows.push(['price source', price.sourceUrl ?? price.source]);
  if (price.profile) rows.push(['price set by', profilePriceText(price, lang)]);
  if (a.currency.code !== 'USD') rows.push(['rate', rateText(a.currency)]);
  return rows;
}

/** "150 JPY per USD (set for this workspace in DISTILPLAN_RATES, 2026-11-01; approximate)": whose rate, which day. */
function rateText(currency: CostAssumptions['currency']): string {
  const whose = currency.rateSource === 'workspace' ? 'set for this workspace in DISTILPLAN_RATES, ' : '';
  return `${currency.ratePerUsd} ${currency.code} per USD (${whose}${currency.rateDate}; approximate)`;
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
