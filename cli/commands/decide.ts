/** `distilplan decide`: the call (distil, train, close call, outside the evidence), the business sentence, both losses, the plan and the flip budget. */
import type { Command } from 'commander';
import {
  type Costing,
  checkGpus,
  DEFAULT_GPUS,
  type Decision,
  decide,
  describeHeadline,
  formatCostBand,
  formatCount,
  formatLoss,
  formatMargin,
  formatScientific,
  type LifetimeCost,
  lifetimeCost,
  parseDeadlineDays,
  routeTokens,
} from '../../core/index.js';
import { CATALOGUES, headlineLines } from '../../messages/index.js';
import { bandMeaning, costingRows, type resolveBudget } from '../budget.js';
import { drawChart } from '../chart-file.js';
import { ownershipRows } from '../costs.js';
import { addDecideFlags, type DecideFlags, decisionQuestion, servingFlags } from '../decision.js';
import { printResult, type Row, section } from '../output.js';
import { assumptionNotes, distillationPlanRows, withWarningMessages } from '../plan-text.js';

export function register(program: Command): void {
  addDecideFlags(program.command('decide').description('should this student be distilled or trained directly?'))
    .option('--chart <FILE>', 'also draw the chart of this answer to FILE.png or FILE.svg')
    .option('--gpus <N>', 'GPUs the run is spread over, for the wall-clock days', String(DEFAULT_GPUS))
    .option('--serve-tokens-per-day <T>', 'tokens the student will serve per day (adds serving cost), e.g. 2B')
    .option('--serve-days <D>', 'days it will serve, e.g. 365')
    .option('--deadline <D>', 'finish the run within D: 30, 30d, 2w, 1 month (the GPUs it needs; --gpus is kept)')
    .action(async (flags: DecideFlags, command: Command) => {
      const deadlineDays = flags.deadline === undefined ? undefined : parseDeadlineDays(flags.deadline);
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
        (await drawChart(flags.chart, 'chart', request, { ...options, cost: budget.costOptions }, decision));
      printResult(
        decisionText(decision, costing, serving) + (chart ? `\nchart written to ${chart}` : ''),
        withWarningMessages(decisionJson(decision, costing, serving) as Decision),
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

/** The first lines: the call, then one sentence in money and time, then (outside the evidence) why and where it is. */
export function headline(decision: Decision, costing: Costing): string[] {
  return headlineLines(describeHeadline(decision, costing), 'en');
}

function decisionText(decision: Decision, costing: Costing, serving: LifetimeCost | undefined): string {
  const verdict = decision.verdict === 'distil' ? 'distil' : 'train directly';
  const rows: Row[] = [
    [
      "law's verdict",
      `${verdict} (${decision.scenario}${decision.students > 1 ? `, ${decision.students} students share the teacher` : ''})`,
    ],
    ['margin', `${formatMargin(decision.margin)} nats (trained directly − distilled; positive favours distillation)`],
    ...uncertaintyRows(decision),
    ...distillationPlanRows(decision.plan),
    ['compute ratio', ratioText(decision)],
    ['flips at', flipText(decision)],
    ...costingRows(costing),
    ...servingRows(serving),
  ];
  const owned = costing.ownership ? ownershipRows(costing.ownership) : { rows: [], notes: [] };
  rows.push(...owned.rows);
  const notes = [...assumptionNotes(decision.coefficients, decision.flopCounting, decision.warnings), ...owned.notes];
  return [
    ...headline(decision, costing),
    section(
      `Distil or train directly? distilled ${lossText(decision, 'distilLoss')} vs direct ${lossText(decision, 'supervisedLoss')}`,
      rows,
      notes,
    ),
  ].join('\n');
}

/** A loss above ln(vocabulary) is no prediction: it is said as such. */
function lossText(decision: Decision, name: 'distilLoss' | 'supervisedLoss'): string {
  return decision.evidence.lossesAboveUniform.includes(name) ? 'worse than uniform' : formatLoss(decision[name]);
}

function ratioText(decision: Decision): string {
  if (!decision.flipSearched) return 'not searched';
  if (decision.computeRatio === null) return "none: distillation never reaches direct training's loss by 1e28 FLOPs";
  return `${decision.computeRatio.toFixed(3)} (compute distillation needs for direct training's loss ÷ this budget, App. D.5)`;
}

/** The same plan under the set's bootstrap-resampled laws (none for a set without samples). */
function uncertaintyRows(decision: Decision): Row[] {
  const u = decision.uncertainty;
  if (!u) return [];
  const span = ([low, high]: [number, number]) => `${formatLoss(low)}–${formatLoss(high)}`;
  const words = CATALOGUES.en.phrases.plausibleDecision({
    share: u.verdictShare,
    samples: u.samples,
    distil: span(u.distilLoss),
    direct: span(u.supervisedLoss),
  });
  return [['plausible laws', words]];
}

function flipText(decision: Decision): string {
  if (decision.flipCompute === null) return 'never in 1e17–1e28 FLOPs';
  if (decision.evidence.flip === 'below-evidence')
    return `never at a realistic budget (the laws' flip, ${formatScientific(decision.flipCompute, 2)} FLOPs, is below the evidence)`;
  const above = decision.verdictAboveFlip === 'distil' ? 'distil' : 'train directly';
  return `${formatScientific(decision.flipCompute, 2)} FLOPs (above it: ${above})`;
}

function servingRows(serving: LifetimeCost | undefined): Row[] {
  if (!serving) return [];
  const { tokensPerDay, days } = serving.serving;
  return [
    [
      'serving',
      `${formatCostBand(serving.serving.cost, serving.currency)} ${bandMeaning(serving.serving.mfuOfBand)} for ${formatCount(tokensPerDay)} tokens/day over ${days} days`,
    ],
    [
      'training + serving',
      `${formatCostBand(serving.total.cost, serving.currency)} ${CATALOGUES.en.phrases.costBandByPart()}`,
    ],
  ];
}
