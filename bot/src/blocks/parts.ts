/**
 * Field values shared by the decide, plan, cost and compare answers: the
 * budget, its GPU-hours and cost, the teacher, the compute split, the flip.
 * Numbers from format.ts, words from messages/ (format.w).
 */
import type { Decision, DistillationPlan } from '../../../core/index.js';
import { CATALOGUES, type PartName } from '../../../messages/index.js';
import type { Costing } from '../results/compute.js';
import type { Format } from './format.js';

/** The budget as typed, with what it buys: "$200K ≈ 1.1×10²¹ FLOP (8.0×10²⁰–1.3×10²¹)". */
export function budgetText(format: Format, costing: Costing): string {
  const { budget } = costing;
  const flops = format.flops(costing.flops);
  const spread =
    budget.flops.low === budget.flops.high
      ? ''
      : format.aside(format.range(format.flopsFigure(budget.flops.low), format.flopsFigure(budget.flops.high)));
  const typed = budgetTyped(format, costing);
  return typed === undefined ? flops : `${typed} ≈ ${flops}${spread}`;
}

/** A money or GPU-hours budget in the answer's formats (undefined for FLOPs): "3,000万円", "500 GPU時間". */
export function budgetTyped(format: Format, costing: Costing): string | undefined {
  const { budget } = costing.budget;
  if (budget.kind === 'money') return format.money(budget.amount, budget.currency);
  if (budget.kind === 'gpu-hours') return format.gpuHours(budget.hours);
  return undefined;
}

/** GPU-hours on the GPU at the base MFU, with the band when it is one. */
export function gpuHoursText(format: Format, costing: Costing): string {
  const hours = costing.budget.gpuHours;
  const band =
    hours.low === hours.high ? '' : format.aside(format.range(format.hours(hours.low), format.hours(hours.high)));
  return `${format.gpuHours(hours.base)}${band} · ${costing.gpu.id}`;
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
  if (base === undefined) return format.w.noPrice;
  if (budget.budget.kind !== 'flops' || !total) return base;
  const range = format.range(
    format.money(total.cost.low, total.currency),
    format.money(total.cost.high, total.currency),
  );
  return `${base}${format.aside(range)} ${CATALOGUES[format.lang].phrases.costBand(total.mfuOfBand)}`;
}

export function teacherText(format: Format, decision: Decision): string {
  const { plan } = decision;
  const size = format.params(plan.teacherParams);
  const loss = format.loss(plan.teacherLoss);
  if (decision.teacherSource === 'given-loss') return format.w.teacherExisting({ size, loss });
  if (decision.teacherSource === 'size-and-tokens')
    return format.w.teacherExisting({ size, loss, tokens: format.tokens(plan.teacherTokens) });
  return trainedTeacherText(format, plan);
}

/** The plan's teacher: size, tokens, loss; "new" when the budget pays for training it, and who shares it. */
export function trainedTeacherText(format: Format, plan: DistillationPlan): string {
  const isNew =
    plan.flops.teacherPretraining > 0 ||
    plan.scenario === 'teacher-pretraining' ||
    plan.scenario === 'pretraining-and-inference';
  return format.w.teacherPlanned({
    isNew,
    size: format.params(plan.teacherParams),
    tokens: format.tokens(plan.teacherTokens),
    loss: format.loss(plan.teacherLoss),
    students: plan.students,
    // A search bound is never a plan: the words say "as many tokens as you can" instead of "100P".
    tokensAtBound: plan.teacherTokensAtBound,
    sizeAtBound: plan.teacherParamsAtBound,
  });
}

export const PART_NAMES: readonly PartName[] = ['studentTraining', 'teacherInference', 'teacherPretraining'];

/** "student training 71.2% · teacher logits 28.8%": the parts that cost anything. */
export function splitText(format: Format, plan: DistillationPlan): string {
  return PART_NAMES.filter((part) => plan.shares[part] > 0)
    .map((part) => `${format.w.parts[part]} ${format.share(plan.shares[part])}`)
    .join(' · ');
}

export function studentTokensText(format: Format, decision: Decision): string {
  return format.w.tokens({
    distilled: format.tokens(decision.plan.studentTokens),
    direct: format.tokens(decision.supervised.tokens),
  });
}

/** The call a person acts on (core's evidence policy): "Distil", "僅差". */
export function callWord(format: Format, call: Decision['call']): string {
  return CATALOGUES[format.lang].headline.call[call];
}

/** Where the verdict flips, with what that budget costs when a price is known. */
export function flipText(format: Format, decision: Decision, costing: Costing): string {
  if (decision.flipCompute === null) return format.w.flipNever;
  if (costing.flipUnrealistic) return format.w.flipBelowEvidence;
  const money = costing.flip && format.money(costing.flip.cost.base, costing.flip.currency);
  return format.w.flipAt({
    flops: format.flops(decision.flipCompute),
    ...(money ? { money } : {}),
    above: decision.verdictAboveFlip ?? 'train',
  });
}
