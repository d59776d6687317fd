/**
 * `distilplan scenarios`: one run on every offer of the price table, cheapest
 * first: price per GPU-hour and its date, GPU-hours, cost with its MFU band,
 * days on the GPUs the offer rents, and the saving against the cheapest
 * on-demand offer for the same GPU. The FLOPs come from --flops, a --budget,
 * or a decide question (--student-params and a budget), whose route also
 * gives a cost profile the tokens its data is paid for.
 */
import type { Command } from 'commander';
import {
  budgetFor,
  costScenarios,
  decide,
  describeScenarios,
  InputError,
  parseBudget,
  type RouteTokens,
  routeTokens,
  type Scenarios,
} from '../../core/index.js';
import { CLI_JSON_STATEMENTS, CLI_WORDS, type Lang, wordScenarios } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import type { CliContext } from '../context.js';
import { workspaceRates } from '../cost-flags.js';
import { costProfileFrom } from '../costs.js';
import { type DecideFlags, decisionQuestion } from '../decision.js';
import { type CommonFlags, withCommonFlags } from '../flags.js';
import { printResult } from '../output.js';

interface ScenariosFlags extends CommonFlags, Omit<DecideFlags, 'studentParams'> {
  studentParams?: string;
  flops?: string;
  kind?: string;
}

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  const o = help.options;
  withCommonFlags(program.command('scenarios').description(help.commands.scenarios), context.lang)
    .option('--flops <C>', o.costFlops)
    .option('--budget <B>', o.scenariosBudget)
    .option('--compute <C>', o.scenariosCompute)
    .option('--student-params <N>', o.scenariosStudentParams)
    .option('--teacher-loss <L>', o.teacherLoss)
    .option('--teacher-params <NT>', o.teacherParams)
    .option('--teacher-tokens <DT>', o.teacherTokens)
    .option('--no-teacher', o.noTeacher)
    .option('--students <K>', o.students)
    .option('--gpu <list>', o.scenariosGpu)
    .option('--kind <list>', o.scenariosKind)
    .option('--provider <list>', o.scenariosProvider)
    .option('--gpus <N>', o.scenariosGpus)
    .option('--precision <p>', o.precision)
    .option('--mfu <M>', o.mfu)
    .option('--mfu-band <l/b/h>', o.mfuBand)
    .option('--currency <code>', o.currency)
    .option('--rate <R>', o.scenariosRate)
    .option('--rate-date <date>', o.rateDate)
    .option('--costs <FILE>', o.scenariosCosts)
    .action((flags: ScenariosFlags) => {
      const question = scenarioQuestion(flags);
      const scenarios = costScenarios(question);
      printResult(scenariosText(scenarios, context.lang), scenariosJson(scenarios, question.source), flags);
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
    unit: CLI_JSON_STATEMENTS.perGpuHour,
    basis: CLI_JSON_STATEMENTS.scenariosBasis,
  };
}

function scenariosText(scenarios: Scenarios, lang: Lang): string {
  return answerText(wordScenarios(describeScenarios(scenarios), lang));
}
