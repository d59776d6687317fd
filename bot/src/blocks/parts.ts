/**
 * Field values shared by the decide, plan, cost and compare answers: the
 * budget, its GPU-hours and cost, the teacher, the compute split, the flip.
 */
import { type Decision, type DistillationPlan, formatScientific } from '../../../core/index.js';
import type { Costing } from '../answer/compute.js';
import type { Format } from './format.js';

const ja = (format: Format): boolean => format.lang === 'ja';

/** The budget as typed, with what it buys: "$200K ≈ 1.07e21 FLOPs (0.80e21–1.34e21)". */
export function budgetText(format: Format, costing: Costing): string {
  const { budget } = costing;
  const flops = format.flops(costing.flops);
  const spread =
    budget.flops.low === budget.flops.high
      ? ''
      : ` (${format.range(formatScientific(budget.flops.low), formatScientific(budget.flops.high))})`;
  if (budget.budget.kind === 'money')
    return `${format.money(budget.budget.amount, budget.budget.currency)} ≈ ${flops}${spread}`;
  if (budget.budget.kind === 'gpu-hours') return `${format.gpuHours(budget.budget.hours)} ≈ ${flops}${spread}`;
  return flops;
}

/** GPU-hours on the GPU at the base MFU, with the band when it is one. */
export function gpuHoursText(format: Format, costing: Costing, flops?: number): string {
  const hours =
    flops === undefined ? costing.budget.gpuHours : scaleBand(costing.budget.gpuHours, flops / costing.flops);
  const band = hours.low === hours.high ? '' : ` (${format.range(format.hours(hours.low), format.hours(hours.high))})`;
  return `${format.gpuHours(hours.base)}${band} · ${costing.gpu.id}`;
}

function scaleBand(band: { low: number; base: number; high: number }, factor: number) {
  return { low: band.low * factor, base: band.base * factor, high: band.high * factor };
}

/** The budget's money at a glance (the base figure, in the answer's currency), if there is one. */
export function costAtGlance(format: Format, costing: Costing): string | undefined {
  const { budget, total } = costing;
  if (total) return format.money(total.cost.base, total.currency);
  return budget.budget.kind === 'money' ? format.money(budget.budget.amount, budget.budget.currency) : undefined;
}

/** The budget's money: the amount typed for a money budget; otherwise the priced FLOPs, with their band for a FLOPs budget. */
export function costText(format: Format, costing: Costing): string {
  const { budget, total } = costing;
  const base = costAtGlance(format, costing);
  if (base === undefined) return ja(format) ? '価格なし（price= で指定）' : 'no price (add price=)';
  if (budget.budget.kind !== 'flops' || !total) return base;
  return `${base} (${format.range(format.money(total.cost.low, total.currency), format.money(total.cost.high, total.currency))})`;
}

export function teacherText(format: Format, decision: Decision): string {
  const { plan } = decision;
  const size = format.params(plan.teacherParams);
  const loss = format.loss(plan.teacherLoss);
  if (decision.teacherSource === 'given-loss')
    return ja(format) ? `既存 ${size}、損失 ${loss}` : `existing ${size}, loss ${loss}`;
  if (decision.teacherSource === 'size-and-tokens')
    return ja(format)
      ? `既存 ${size}（${format.tokens(plan.teacherTokens)}）、損失 ${loss}`
      : `existing ${size} on ${format.tokens(plan.teacherTokens)}, loss ${loss}`;
  return trainedTeacherText(format, plan);
}

/** The plan's teacher: size, tokens, loss; "new" when the budget pays for training it, and who shares it. */
export function trainedTeacherText(format: Format, plan: DistillationPlan): string {
  const trained =
    plan.flops.teacherPretraining > 0 ||
    plan.scenario === 'teacher-pretraining' ||
    plan.scenario === 'pretraining-and-inference';
  const shared =
    plan.students > 1
      ? ja(format)
        ? `、生徒 ${plan.students} 人で共有`
        : `, shared by ${plan.students} students`
      : '';
  return ja(format)
    ? `${trained ? '新規 ' : ''}${format.params(plan.teacherParams)}（${format.tokens(plan.teacherTokens)}）、損失 ${format.loss(plan.teacherLoss)}${shared}`
    : `${trained ? 'new ' : ''}${format.params(plan.teacherParams)} on ${format.tokens(plan.teacherTokens)}, loss ${format.loss(plan.teacherLoss)}${shared}`;
}

/** "student 71.2% · teacher logits 28.8%": the parts that cost anything. */
export function splitText(format: Format, plan: DistillationPlan): string {
  const names = ja(format)
    ? { studentTraining: '生徒の学習', teacherInference: '教師の推論', teacherPretraining: '教師の事前学習' }
    : { studentTraining: 'student', teacherInference: 'teacher logits', teacherPretraining: 'teacher training' };
  return (Object.keys(names) as (keyof typeof names)[])
    .filter((part) => plan.shares[part] > 0)
    .map((part) => `${names[part]} ${format.share(plan.shares[part])}`)
    .join(' · ');
}

export function studentTokensText(format: Format, decision: Decision): string {
  return ja(format)
    ? `蒸留 ${format.tokens(decision.plan.studentTokens)} · 直接 ${format.tokens(decision.supervised.tokens)}`
    : `${format.tokens(decision.plan.studentTokens)} distilled · ${format.tokens(decision.supervised.tokens)} direct`;
}

export function verdictWord(format: Format, verdict: Decision['verdict']): string {
  if (ja(format)) return verdict === 'distil' ? '蒸留する' : '直接学習する';
  return verdict === 'distil' ? 'Distil' : 'Train directly';
}

/** Where the verdict flips, with what that budget costs when a price is known. */
export function flipText(format: Format, decision: Decision, flipCost?: { amount: string; currency: string }): string {
  if (decision.flipCompute === null)
    return ja(format) ? '1e17〜1e28 FLOP の範囲では変わらない' : 'never in 1e17–1e28 FLOPs';
  const money = flipCost ? ` ≈ ${format.money(flipCost.amount, flipCost.currency)}` : '';
  const above = verdictWord(format, decision.verdictAboveFlip ?? 'train').toLowerCase();
  return ja(format)
    ? `${format.flops(decision.flipCompute)}${money}（それ以上では${above}）`
    : `${format.flops(decision.flipCompute)}${money} (above it: ${above})`;
}
