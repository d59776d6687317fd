/**
 * The compare answer: 2–4 decisions side by side in one message. A summary
 * line per scenario first (what a phone shows without scrolling), then each
 * scenario's numbers and its own hardware and price, then the shared law.
 */
import { daysLineOf, reachedLoss } from '../../../core/index.js';
import { daysWithRestarts, type Format, formatFor } from '../../../messages/index.js';
import type { CompareItem, CompareResult } from '../results/compute.js';
import { basisLine, currencyLine, hardwareLine, lawLine, priceLine, warningLines } from './assumptions.js';
import { type DecisionField, decisionFields } from './decide.js';
import { type Block, type Built, context, divider, escapeMrkdwn, type Field, fields, header, section } from './kit.js';
import { budgetTyped, callWord, costAtGlance } from './parts.js';
import { servingCompareBlocks } from './serving.js';

export function compareBlocks(result: CompareResult): Built {
  const format = formatFor(result.lang);
  const { items } = result;
  const named = result.comparison.best;
  const best = items.find((item) => item.label === named);
  const title = best
    ? format.w.compareTitle({ count: items.length, label: best.label, loss: format.loss(reachedLoss(best.decision)) })
    : format.w.compareNoBest({ count: items.length, share: result.comparison.bestShare });
  const serving = result.serving ? servingCompareBlocks(format, result.serving, gapLines(format, result)) : [];
  const blocks: Block[] = [
    header(title),
    ...serving,
    section(items.map((item) => summaryLine(format, item)).join('\n')),
  ];
  for (const item of items)
    blocks.push(
      divider(),
      fields(itemFields(format, item), itemTitle(format, item)),
      context(itemContext(format, item)),
    );
  const first = items[0]!.decision;
  blocks.push(context([lawLine(format, first.coefficients, first.flopCounting), basisLine(format)]));
  return { text: `${title} — ${items.map((item) => plainSummary(format, item)).join('; ')}`, blocks };
}

/**
 * With serving, what each quality gap is worth (core prices it: the direct training that would close it, at that
 * student's price), so the model that costs least in all is not taken for the best one unless the gap is cheap.
 */
function gapLines(format: Format, { serving, comparison }: CompareResult): string[] {
  const best = comparison.lowest;
  if (!serving || best === null) return [];
  return comparison.gaps
    .filter((gap) => gap.lossGap > 0)
    .map((gap) =>
      format.w.compareGap({
        label: gap.name,
        best,
        gap: format.loss(gap.lossGap),
        ...(gap.reach ? { compute: format.flopsFigure(gap.reach.compute) } : {}),
        ...(gap.reach?.cost ? { money: format.money(gap.reach.cost.cost.base, gap.reach.cost.currency) } : {}),
      }),
    );
}

function summaryLine(format: Format, item: CompareItem): string {
  return `*${escapeMrkdwn(item.label)}* · ${outcome(format, item)}`;
}

function plainSummary(format: Format, item: CompareItem): string {
  return `${item.label}: ${outcome(format, item)}`;
}

/** "Train directly 2.1005 (distilled 2.1248) · $200k · h100-sxm" */
function outcome(format: Format, item: CompareItem): string {
  const { decision, costing } = item;
  const money = costAtGlance(format, costing);
  const other = decision.verdict === 'distil' ? decision.supervisedLoss : decision.distilLoss;
  return format.w.compareOutcome({
    call: callWord(format, decision.call),
    verdict: decision.verdict,
    best: format.loss(reachedLoss(item.decision)),
    other: format.loss(other),
    ...(money ? { money } : {}),
    gpu: costing.gpu.id,
  });
}

function itemTitle(format: Format, { label, inputs, costing }: CompareItem): string {
  const teacher =
    inputs.teacher.kind === 'none'
      ? format.w.noTeacher(inputs.teacher.students ?? 1)
      : format.w.teacherOf(format.params(inputs.teacher.teacherParams));
  const typed = budgetTyped(format, costing) ?? format.flops(costing.flops);
  return format.w.compareItem({
    label: escapeMrkdwn(label),
    student: format.params(inputs.student),
    budget: escapeMrkdwn(typed),
    teacher,
    gpu: costing.gpu.id,
  });
}

/** The decision's fields with the verdict first; the compute split makes way (10 fields at most). */
const COMPARE_FIELDS: readonly DecisionField[] = [
  'distilled',
  'direct',
  'margin',
  'budget',
  'gpuHours',
  'cost',
  'tokens',
  'teacher',
  'flip',
];

function itemFields(format: Format, item: CompareItem): Field[] {
  const verdict: Field = [format.w.labels.verdict, callWord(format, item.decision.call)];
  return [verdict, ...decisionFields(format, item, COMPARE_FIELDS)];
}

function itemContext(format: Format, item: CompareItem): string[] {
  const currency = currencyLine(format, item.costing);
  // A deadline asked: the GPUs that finish this student's run within it and the days on them, as decide says it.
  const deadline = item.costing.wallClock.deadline ? [daysWithRestarts(daysLineOf(item.costing), format.lang)] : [];
  return [
    ...deadline,
    hardwareLine(format, item.costing),
    priceLine(format, item.costing),
    ...(currency ? [currency] : []),
    ...warningLines(format, item.decision.warnings),
  ];
}
