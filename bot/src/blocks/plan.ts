/** The plan answer: the compute-optimal distillation for a student, budget and scenario, part by part. */
import type { DistillationPlan, Scenario } from '../../../core/index.js';
import type { Costing, PlanResult } from '../results/compute.js';
import type { FlopsCost } from '../results/cost-api.js';
import { assumptionLines } from './assumptions.js';
import { type Format, formatFor } from './format.js';
import { type Built, context, type Field, fields, header } from './kit.js';
import {
  budgetText,
  costAtGlance,
  costText,
  gpuHoursText,
  PART_NAMES,
  splitText,
  trainedTeacherText,
} from './parts.js';

export function scenarioText(format: Format, scenario: Scenario): string {
  return format.w.scenario[scenario];
}

export function planBlocks(result: PlanResult): Built {
  const format = formatFor(result.lang);
  const { plan, costing } = result;
  const student = format.params(plan.studentParams);
  const title = format.w.planTitle({ student, loss: format.loss(plan.loss) });
  const intro = format.w.planIntro({
    student,
    flops: format.flops(costing.flops),
    scenario: scenarioText(format, plan.scenario),
    loss: format.loss(plan.loss),
    direct: format.loss(plan.supervisedLoss),
  });
  const money = costAtGlance(format, costing);
  return {
    text: format.w.planSummary({ title, direct: format.loss(plan.supervisedLoss), ...(money ? { money } : {}) }),
    blocks: [
      header(title),
      fields(planFields(format, plan, costing), intro),
      context(assumptionLines(format, { coefficients: plan.coefficients, flopCounting: plan.flopCounting, costing })),
    ],
  };
}

export function planFields(format: Format, plan: DistillationPlan, costing: Costing): Field[] {
  const { labels } = format.w;
  return [
    [labels.distilled, format.loss(plan.loss)],
    [labels.direct, format.loss(plan.supervisedLoss)],
    [labels.studentTokens, format.tokens(plan.studentTokens)],
    [labels.teacherOptimal, trainedTeacherText(format, plan)],
    [labels.split, splitText(format, plan)],
    [labels.budget, budgetText(format, costing)],
    [labels.gpuHours, gpuHoursText(format, costing)],
    [labels.cost, costText(format, costing)],
    ...(costing.parts ? [[labels.costByPart, partsText(format, costing)] as Field] : []),
  ];
}

/** "student training $150K · teacher logits $50K": parts that cost anything. */
export function partsText(format: Format, costing: Costing): string {
  const parts = costing.parts!;
  return PART_NAMES.filter((part) => parts[part].flops > 0)
    .map((part) => `${format.w.parts[part]} ${partCost(format, parts[part], parts.currency)}`)
    .join('\n');
}

export function partCost(format: Format, cost: FlopsCost, currency: string): string {
  return `${format.money(cost.cost.base, currency)}${format.aside(format.gpuHours(cost.gpuHours.base))}`;
}
