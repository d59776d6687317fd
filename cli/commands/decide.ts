/** `distilplan decide`: the call (distil, train, close call, outside the evidence), the business sentence, both losses, the plan and the flip budget. */
import type { Command } from 'commander';
import {
  type Costing,
  checkGpus,
  DEFAULT_GPUS,
  type Decision,
  decide,
  describeDecide,
  type LifetimeCost,
  lifetimeCost,
  parseDeadlineDays,
  routeTokens,
} from '../../core/index.js';
import { CLI_WORDS, namesFor, wordDecide } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import type { resolveBudget } from '../budget.js';
import { drawChart } from '../chart-file.js';
import type { CliContext } from '../context.js';
import { addDecideFlags, type DecideFlags, decisionQuestion, servingFlags } from '../decision.js';
import { printResult } from '../output.js';
import { withWarningMessages } from '../plan-text.js';
import { readingOf, typedQuestion } from '../read-back.js';

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  addDecideFlags(program.command('decide').description(help.commands.decide), context.lang)
    .option('--chart <FILE>', help.options.chart)
    .option('--gpus <N>', help.options.gpusDays, String(DEFAULT_GPUS))
    .option('--serve-tokens-per-day <T>', help.options.serveTokensPerDay)
    .option('--serve-days <D>', help.options.serveDays)
    .option('--deadline <D>', help.options.deadline)
    .action(async (flags: DecideFlags, command: Command) => {
      const lang = context.lang;
      const deadlineDays = flags.deadline === undefined ? undefined : parseDeadlineDays(flags.deadline, context.today);
      // A deadline without --gpus sets the GPUs; typed GPUs are kept and the deadline says how many it takes.
      const gpusTyped = command.getOptionValueSource('gpus') === 'cli';
      const gpus =
        deadlineDays === undefined || gpusTyped ? checkGpus('gpus', flags.gpus ?? String(DEFAULT_GPUS)) : undefined;
      const { request, options, budget } = decisionQuestion(flags, true);
      const decision = decide(request, options);
      const extras = {
        flipEvidence: decision.evidence.flip,
        computeRatio: decision.computeRatio,
        evidenceBudgets: decision.evidence.budgets,
        gpus,
        deadlineDays,
        tokens: routeTokens(decision),
      };
      const rental = budget.costing!(decision.plan, decision.flipCompute, extras);
      const serving = servingOf(flags, request.studentParams, rental, budget.costOptions ?? {});
      // Serving is a part of the total cost of ownership too (and its infrastructure, under a profile).
      const costing = serving
        ? budget.costing!(decision.plan, decision.flipCompute, {
            ...extras,
            servingExact: serving.serving.costExact.base,
          })
        : rental;
      const chart =
        flags.chart &&
        (await drawChart(flags.chart, 'chart', request, { ...options, cost: budget.costOptions, lang }, decision));
      const question = context.readBack
        ? readingOf(
            'decide',
            typedQuestion(flags, [flags.studentParams], [flags.budget ?? flags.compute ?? '']),
            context.today,
          )
        : null;
      const description = describeDecide(decision, costing, { question, serving: serving ?? null });
      printResult(
        [
          answerText(wordDecide(description, lang, namesFor('cli'))),
          ...(chart ? [CLI_WORDS[lang].chartWritten(chart)] : []),
        ].join('\n'),
        withWarningMessages(decisionJson(decision, costing, serving) as Decision, lang),
        flags,
      );
    });
}

/** Serving cost (core/cost/lifetime.ts) when both serving flags are given. */
function servingOf(
  flags: DecideFlags,
  params: number,
  costing: Costing,
  options: NonNullable<ReturnType<typeof resolveBudget>['costOptions']>,
): LifetimeCost | undefined {
  const serve = servingFlags(flags);
  if (!serve || !costing.total) return undefined;
  return lifetimeCost({ ...options, trainingFlops: costing.flops, params, ...serve });
}

/** The decision, with what a script needs beside it: the call, the ratio, the days and the price used. */
function decisionJson(decision: Decision, costing: Costing, serving: LifetimeCost | undefined): object {
  const price = costing.total?.assumptions.price;
  return {
    ...decision,
    wallClockDays: costing.wallClock.days.base,
    gpus: costing.wallClock.gpus,
    ...(costing.wallClock.deadline ? { deadline: costing.wallClock.deadline } : {}),
    price: price ? { provider: price.provider, kind: price.kind, asOf: price.asOf, id: price.id ?? null } : null,
    costing,
    ...(serving ? { serving } : {}),
  };
}
