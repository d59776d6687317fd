/**
 * The decide answer, phone first: the call as the header, then one sentence
 * in money and time (core's headline description in messages/' words), and
 * the warnings that change the decision beside it — all on the first screen.
 * The details follow: both losses, the plan, its split and the assumptions.
 */
import { describeHeadline, type Warning } from '../../../core/index.js';
import { marginSize, moneyAndTime, renderHeadline } from '../../../messages/index.js';
import type { DecideResult } from '../results/compute.js';
import { assumptionLines, warningLines } from './assumptions.js';
import { type Format, formatFor } from './format.js';
import { type Block, type Built, context, divider, type Field, fields, header, section } from './kit.js';
import { budgetText, costText, flipText, gpuHoursText, splitText, studentTokensText, teacherText } from './parts.js';

/** Warnings that change what to do: they sit next to the verdict, not in the small print. */
const DECISIVE: ReadonlySet<Warning['code']> = new Set([
  'capacity-gap',
  'student-beats-teacher',
  'teacher-loss-unreachable',
  'close-call',
]);

export function decideBlocks(result: DecideResult): Built {
  const format = formatFor(result.lang);
  const { decision, costing } = result;
  const headline = headlineOf(format, result);
  // The headline already says a close call; its warning would say it twice.
  const warnings = decision.warnings.filter((w) => !(w.code === 'close-call' && decision.call === 'close-call'));
  const decisive = warnings.filter((w) => DECISIVE.has(w.code));
  const rest = warnings.filter((w) => !DECISIVE.has(w.code));
  const blocks: Block[] = [
    header(headline.title),
    section([...headline.lines, `*${headline.money}*`].join('\n')),
    ...(decisive.length ? [section(warningLines(format, decisive).join('\n'))] : []),
    divider(),
    fields(decisionFields(format, result), lossesLine(format, result)),
    context(assumptionLines(format, { ...decision, costing, warnings: rest })),
  ];
  return { text: [`${headline.title}:`, ...headline.lines, headline.money].join(' '), blocks };
}

/** The call, then the money-and-time sentence: ratio, the law's bare verdict when the call differs, cost and days. */
export function headlineOf(
  format: Format,
  { decision, costing }: Pick<DecideResult, 'decision' | 'costing'>,
): { title: string; lines: string[]; money: string } {
  const text = renderHeadline(describeHeadline(decision, costing), format.lang);
  const lawSays =
    decision.call === decision.verdict
      ? []
      : [format.w.lawSays({ verdict: decision.verdict, margin: marginSize(decision.margin) })];
  const money = moneyAndTime(text, format.lang);
  return {
    title: text.title,
    lines: [
      ...(text.unidentified ? [text.unidentified] : []),
      ...(text.share ? [text.share] : []),
      ...text.outside,
      ...(text.ratio ? [text.ratio] : []),
      ...lawSays,
    ],
    money,
  };
}

export type DecisionField =
  | 'distilled'
  | 'direct'
  | 'margin'
  | 'budget'
  | 'gpuHours'
  | 'cost'
  | 'tokens'
  | 'teacher'
  | 'split'
  | 'flip';

const ALL_FIELDS: readonly DecisionField[] = [
  'distilled',
  'direct',
  'margin',
  'budget',
  'gpuHours',
  'cost',
  'tokens',
  'teacher',
  'split',
  'flip',
];

export function decisionFields(
  format: Format,
  result: Pick<DecideResult, 'decision' | 'costing'>,
  names: readonly DecisionField[] = ALL_FIELDS,
): Field[] {
  const { decision, costing } = result;
  const values: Record<DecisionField, () => string> = {
    distilled: () => format.loss(decision.distilLoss),
    direct: () => format.loss(decision.supervisedLoss),
    margin: () => format.margin(decision.margin),
    budget: () => budgetText(format, costing),
    gpuHours: () => gpuHoursText(format, costing),
    cost: () => costText(format, costing),
    tokens: () => studentTokensText(format, decision),
    teacher: () => teacherText(format, decision),
    split: () => splitText(format, decision.plan),
    flip: () => flipText(format, decision, costing),
  };
  return names.map((name) => [format.w.labels[name], values[name]()]);
}

function lossesLine(format: Format, { decision }: DecideResult): string {
  const losses = format.w.losses({
    distilled: `*${format.loss(decision.distilLoss)}*`,
    direct: `*${format.loss(decision.supervisedLoss)}*`,
    margin: format.margin(decision.margin),
  });
  // The share of plausible laws is on the first screen, beside the call (headlineOf).
  return losses;
}
