/** The decide answer: the verdict, both predicted losses, the margin, the plan, its cost and the flip. */
import { CLOSE_CALL_NATS } from '../../../core/index.js';
import type { DecideResult } from '../answer/compute.js';
import { assumptionLines } from './assumptions.js';
import { type Format, formatFor } from './format.js';
import { type Built, context, type Field, fields, header } from './kit.js';
import {
  budgetText,
  costAtGlance,
  costText,
  flipText,
  gpuHoursText,
  splitText,
  studentTokensText,
  teacherText,
  verdictWord,
} from './parts.js';

export function decideBlocks(result: DecideResult): Built {
  const format = formatFor(result.lang);
  const { decision, costing } = result;
  const close = Math.abs(decision.margin) < CLOSE_CALL_NATS;
  const title = `${format.lang === 'ja' ? '判定: ' : ''}${verdictWord(format, decision.verdict)}${close ? (format.lang === 'ja' ? '（僅差）' : ' (close call)') : ''}`;
  return {
    text: summary(format, result),
    blocks: [
      header(title),
      fields(decisionFields(format, result), rationale(format, result)),
      context(assumptionLines(format, { ...decision, costing })),
    ],
  };
}

export type DecisionField = keyof (typeof LABELS)['en'];
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
  const flipCost = costing.flip && { amount: costing.flip.cost.base, currency: costing.flip.currency };
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
    flip: () => flipText(format, decision, flipCost),
  };
  return names.map((name) => [LABELS[format.lang][name], values[name]()]);
}

const LABELS = {
  en: {
    distilled: 'Distilled loss',
    direct: 'Trained directly',
    margin: 'Margin (direct − distilled)',
    budget: 'Budget',
    gpuHours: 'GPU-hours',
    cost: 'Cost',
    tokens: 'Student tokens',
    teacher: 'Teacher',
    split: 'Compute split (distilled)',
    flip: 'Verdict flips at',
  },
  ja: {
    distilled: '蒸留した場合の損失',
    direct: '直接学習した場合の損失',
    margin: '差（直接 − 蒸留）',
    budget: '予算',
    gpuHours: 'GPU時間',
    cost: '費用',
    tokens: '生徒のトークン数',
    teacher: '教師',
    split: '計算の内訳（蒸留）',
    flip: '判定が変わる予算',
  },
} as const;

function rationale(format: Format, { decision, inputs }: DecideResult): string {
  const student = format.params(inputs.student);
  const better = format.loss(Math.abs(decision.margin));
  const scenario =
    decision.teacherSource === 'trained-for-this'
      ? format.lang === 'ja'
        ? '教師を新たに学習して'
        : 'training a teacher for it'
      : format.lang === 'ja'
        ? '既存の教師から'
        : 'from the existing teacher';
  if (format.lang === 'ja') {
    return decision.verdict === 'distil'
      ? `*${student}* の生徒は${scenario}*蒸留* すると損失 *${format.loss(decision.distilLoss)}*、同じ予算で直接学習すると *${format.loss(decision.supervisedLoss)}* と予測されます。蒸留の方が *${better}* nats 良い結果です。`
      : `*${student}* の生徒は同じ予算で *直接学習* すると損失 *${format.loss(decision.supervisedLoss)}*、${scenario}蒸留すると *${format.loss(decision.distilLoss)}* と予測されます。直接学習の方が *${better}* nats 良い結果です。`;
  }
  return decision.verdict === 'distil'
    ? `*Distilling* the *${student}* student ${scenario} is predicted to reach *${format.loss(decision.distilLoss)}* nats/token vs *${format.loss(decision.supervisedLoss)}* trained directly on the same budget: *${better}* nats better.`
    : `*Training* the *${student}* student *directly* is predicted to reach *${format.loss(decision.supervisedLoss)}* nats/token vs *${format.loss(decision.distilLoss)}* distilled ${scenario} on the same budget: *${better}* nats better.`;
}

function summary(format: Format, { decision, inputs, costing }: DecideResult): string {
  const glance = costAtGlance(format, costing);
  const money = glance === undefined ? '' : ` (${glance})`;
  if (format.lang === 'ja') {
    return `${verdictWord(format, decision.verdict)}: ${format.params(inputs.student)}の生徒 — 蒸留 ${format.loss(decision.distilLoss)} / 直接 ${format.loss(decision.supervisedLoss)}（${format.margin(decision.margin)}）、${format.flops(costing.flops)}${money}`;
  }
  return `${verdictWord(format, decision.verdict)}: ${format.params(inputs.student)} student — distilled ${format.loss(decision.distilLoss)} vs direct ${format.loss(decision.supervisedLoss)} (${format.margin(decision.margin)}) on ${format.flops(costing.flops)}${money}`;
}
