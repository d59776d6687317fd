/**
 * `distilplan scenarios`: one run on every offer of the price table, cheapest
 * first: price per GPU-hour and its date, GPU-hours, cost with its MFU band,
 * days on the GPUs the offer rents, and the saving against the cheapest
 * on-demand offer for the same GPU. The FLOPs come from --flops, a --budget,
 * or a decide question (--student-params and a budget), whose route also
 * gives a cost profile the tokens its data is paid for.
 */
import { type Command, Option } from 'commander';
import {
  budgetFor,
  costScenarios,
  decide,
  formatDaysFigure,
  formatHoursFigure,
  formatMoney,
  formatPricePerGpuHour,
  formatScientific,
  InputError,
  type Lang,
  parseBudget,
  type RouteTokens,
  routeTokens,
  type ScenarioRow,
  type Scenarios,
} from '../../core/index.js';
import { CATALOGUES } from '../../messages/index.js';
import { workspaceRates } from '../cost-flags.js';
import { costProfileFrom, ownershipRows } from '../costs.js';
import { type DecideFlags, decisionQuestion } from '../decision.js';
import { type CommonFlags, withCommonFlags } from '../flags.js';
import { columns, printResult } from '../output.js';

interface ScenariosFlags extends CommonFlags, Omit<DecideFlags, 'studentParams'> {
  studentParams?: string;
  flops?: string;
  kind?: string;
  lang?: Lang;
}

export function register(program: Command): void {
  withCommonFlags(program.command('scenarios').description('one run on every offer of the price table, cheapest first'))
    .option('--flops <C>', 'compute to cost: 1e24, 1e24 FLOPs or 3 PF-days')
    .option('--budget <B>', 'a budget: $200k, ¥30M, 500 GPU-hours (money becomes FLOPs at the default H100 price)')
    .option('--compute <C>', 'with --student-params: the budget in FLOPs')
    .option('--student-params <N>', "a decide question: the plan's FLOPs and tokens (with --budget or --compute)")
    .option('--teacher-loss <L>', "an existing teacher's cross-entropy, nats/token")
    .option('--teacher-params <NT>', "an existing teacher's non-embedding parameters")
    .option('--teacher-tokens <DT>', 'the tokens an existing teacher was trained on')
    .option('--no-teacher', 'no teacher yet: it must be trained')
    .option('--students <K>', 'with no teacher: students that will share the one trained')
    .option('--gpu <list>', 'only these GPUs, e.g. h100,b200')
    .option('--kind <list>', 'only these kinds of price: on-demand, reserved, spot, marketplace, reference')
    .option('--provider <list>', 'only these providers or price ids, e.g. aws,lambda')
    .option('--gpus <N>', "GPUs every run is spread over for its days (default: each offer's node, 8 GPUs)")
    .option('--precision <p>', 'precision of the peak the MFU refers to: bf16 (default), fp16, fp8')
    .option('--mfu <M>', 'base model FLOPs utilisation, 0.4 or 40% (band 0.75×/1.25×; default 0.30/0.40/0.50)')
    .option('--mfu-band <l/b/h>', 'the whole MFU band, e.g. 0.3/0.4/0.5')
    .option('--currency <code>', 'answer currency, an ISO code such as JPY (needs --rate)')
    .option('--rate <R>', 'units of --currency per 1 USD (default: DISTILPLAN_RATES for that currency)')
    .option('--rate-date <date>', 'the date of --rate, shown with the answer')
    .option('--costs <FILE>', 'a cost profile: its prices in every row and each row’s total cost of ownership')
    .addOption(new Option('--lang <lang>', 'language of the human output').choices(['en', 'ja']).default('en'))
    .action((flags: ScenariosFlags) => {
      const question = scenarioQuestion(flags);
      const scenarios = costScenarios(question);
      const lang = flags.lang ?? 'en';
      printResult(scenariosText(scenarios, lang), scenariosJson(scenarios, question.source), flags);
    });
}

type Source =
  | { from: 'flops' }
  | { from: 'budget'; budget: string }
  | { from: 'decision'; call: string; tokens: RouteTokens };

function scenarioQuestion(flags: ScenariosFlags) {
  const profile = costProfileFrom(flags.costs);
  const money = {
    precision: flags.precision,
    mfu: flags.mfu,
    mfuBand: flags.mfuBand,
    currency: flags.currency,
    rate: flags.rate,
    rateDate: flags.rateDate,
    workspaceRates: workspaceRates(process.env.DISTILPLAN_RATES),
    ...(profile ? { profile } : {}),
  };
  const filters = { gpuIds: flags.gpu, kinds: flags.kind, providers: flags.provider, gpus: flags.gpus };
  const { flops, source, currency } = flopsOf(flags, money);
  return { ...money, ...filters, ...(currency ? { currency } : {}), flops, source, ...tokensOf(source) };
}

function tokensOf(source: Source): { tokens?: RouteTokens } {
  return source.from === 'decision' ? { tokens: source.tokens } : {};
}

const FORMS = { form: 'flops-or-budget', moneyToBudget: false } as const;

/** A money or GPU-hour budget becomes FLOPs at the one GPU named; with several or none, at the default GPU's price. */
function singleGpu(list: string | undefined): string | undefined {
  const names = list
    ?.split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names?.length === 1 ? names[0] : undefined;
}

/** The FLOPs to cost, and (for a money budget) the currency it settles when --currency is not given. */
function flopsOf(
  flags: ScenariosFlags,
  money: { currency?: string; precision?: string },
): { flops: number; source: Source; currency?: string } {
  if (flags.studentParams !== undefined) {
    const { request, options, budget } = decisionQuestion({
      ...flags,
      gpu: singleGpu(flags.gpu),
      // The budget is bought at the default offer of that GPU (the profile's price for it, if it sets one).
      provider: undefined,
      studentParams: flags.studentParams,
    } as DecideFlags);
    const decision = decide(request, { ...options, flipSearch: false });
    const currency = budget.costOptions?.currency;
    return {
      flops: request.compute,
      source: { from: 'decision', call: decision.call, tokens: routeTokens(decision) },
      ...(currency && !money.currency ? { currency } : {}),
    };
  }
  if (flags.flops !== undefined && flags.budget !== undefined)
    throw new InputError('budget', { code: 'conflicts', other: 'flops' }, FORMS);
  if (flags.budget !== undefined) {
    const budgeted = budgetFor(parseBudget('budget', flags.budget), { ...money, gpu: singleGpu(flags.gpu) });
    return {
      flops: budgeted.flops,
      source: { from: 'budget', budget: flags.budget.trim() },
      ...(budgeted.options.currency && !money.currency ? { currency: budgeted.options.currency } : {}),
    };
  }
  if (flags.flops === undefined) throw new InputError('flops', { code: 'missing' }, FORMS);
  const flops = parseBudget('flops', flags.flops);
  if (flops.kind !== 'flops')
    throw new InputError('flops', { code: 'not-compute' }, { form: 'flops-or-budget', moneyToBudget: true });
  return { flops: flops.flops, source: { from: 'flops' } };
}

export function scenariosJson(scenarios: Scenarios, source: Source): object {
  return {
    ...scenarios,
    source,
    unit: 'per GPU-hour',
    basis: 'rental of the final run on each offer; see ownership for a cost profile',
  };
}

function scenariosText(scenarios: Scenarios, lang: Lang): string {
  const words = CATALOGUES[lang].costs;
  const w = words.scenarios;
  const code = scenarios.currency.code;
  const money = (amount: string): string => formatMoney(amount, code, { compact: true, lang });
  const title = w.title({ flops: formatScientific(scenarios.flops), currency: code });
  if (scenarios.rows.length === 0) return `${title}\n${w.none}`;
  const withTotal = scenarios.rows.some((row) => row.ownership?.profile);
  const header = [
    w.columns.offer,
    w.columns.kind,
    w.columns.gpu,
    ...(scenarios.peaksDiffer ? [w.columns.peak] : []),
    w.columns.price,
    w.columns.asOf,
    w.columns.gpuHours,
    w.columns.cost,
    w.columns.band,
    `${w.columns.days} / ${w.columns.gpus}`,
    w.columns.saving,
    ...(withTotal ? [w.columns.total] : []),
  ];
  const rows = scenarios.rows.map((row) => [
    row.id,
    words.kind[row.kind],
    `${row.gpu.id}${row.precisionDiffers ? ` (${row.gpu.precision})` : ''}`,
    ...(scenarios.peaksDiffer ? [formatHoursFigure(row.gpu.peakFlopsPerSecond / 1e12)] : []),
    formatPricePerGpuHour(row.pricePerGpuHour, code, lang).replace(/\/(GPU-hour|GPU時間)$/, ''),
    row.asOf,
    formatHoursFigure(row.gpuHours.base),
    money(row.cost.base),
    CATALOGUES[lang].costs.scenarios.range(money(row.cost.low), money(row.cost.high)),
    `${formatDaysFigure(row.wallClockDays.base)} / ${row.gpus}`,
    savingText(row, lang),
    ...(withTotal ? [row.ownership ? money(row.ownership.total) : ''] : []),
  ]);
  return [title, columns([header, ...rows]), '', ...notes(scenarios, lang)].join('\n');
}

function savingText(row: ScenarioRow, lang: Lang): string {
  const w = CATALOGUES[lang].costs.scenarios;
  if (!row.saving) return '—';
  if (row.saving.against === row.id) return '—';
  return w.saving({ share: row.saving.share, amount: row.saving.amount, against: row.saving.against });
}

function notes(scenarios: Scenarios, lang: Lang): string[] {
  const words = CATALOGUES[lang].costs;
  const w = words.scenarios;
  const code = scenarios.currency.code;
  const band = { low: scenarios.mfu.low, base: scenarios.mfu.base, high: scenarios.mfu.high };
  const cheapest = Object.entries(scenarios.cheapestByKind).map(([_kind, id]) => {
    const row = scenarios.rows.find((r) => r.id === id)!;
    return w.cheapest({
      kind: words.kind[row.kind],
      offer: id as string,
      cost: formatMoney(row.cost.base, code, { compact: true, lang }),
    });
  });
  const fallbacks = [...new Map(scenarios.rows.filter((r) => r.precisionDiffers).map((r) => [r.gpu.id, r])).values()];
  const first = scenarios.rows[0]!;
  const owned = first.ownership ? ownershipRows(first.ownership, lang) : undefined;
  return [
    ...cheapest,
    w.band(band),
    ...fallbacks.map((r) => w.precisionDiffers({ gpu: r.gpu.id, asked: scenarios.precision, used: r.gpu.precision })),
    ...(scenarios.peaksDiffer ? [w.peaksDiffer] : []),
    ...(code !== 'USD'
      ? [
          CATALOGUES[lang].answer.rate({
            code,
            rate: scenarios.currency.ratePerUsd,
            date: scenarios.currency.rateDate,
            workspace: scenarios.currency.rateSource === 'workspace',
          }),
        ]
      : []),
    ...(owned ? owned.notes : [CATALOGUES[lang].answer.basis]),
  ].filter(Boolean);
}
