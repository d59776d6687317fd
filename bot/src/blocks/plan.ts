/** The plan answer: the compute-optimal distillation for a student, budget and scenario, part by part. */
import { type DistillationPlan, SCENARIOS, type Scenario } from '../../../core/index.js';
import type { Costing, PlanResult } from '../answer/compute.js';
import type { FlopsCost } from '../answer/cost-api.js';
import { assumptionLines } from './assumptions.js';
import { type Format, formatFor } from './format.js';
import { type Built, context, type Field, fields, header } from './kit.js';
import { budgetText, costAtGlance, costText, gpuHoursText, splitText, trainedTeacherText } from './parts.js';

const SCENARIO_JA: Record<Scenario, string> = {
  'best-case': 'ベストケース（教師は償却済みで無償）',
  'teacher-inference': '教師推論（既存の教師、ロジット分を負担）',
  'teacher-pretraining': '教師の事前学習（ロジットは保存して再利用）',
  'pretraining-and-inference': '教師の事前学習と推論の両方を負担',
};

export function scenarioText(format: Format, scenario: Scenario): string {
  return format.lang === 'ja' ? SCENARIO_JA[scenario] : `${scenario} (${SCENARIOS[scenario].description})`;
}

export function planBlocks(result: PlanResult): Built {
  const format = formatFor(result.lang);
  const { plan, costing } = result;
  const ja = format.lang === 'ja';
  const title = ja
    ? `計画: ${format.params(plan.studentParams)}の生徒 · 蒸留後の損失 ${format.loss(plan.loss)}`
    : `Plan: ${format.params(plan.studentParams)} student · distilled loss ${format.loss(plan.loss)}`;
  const intro = ja
    ? `*${format.params(plan.studentParams)}* の生徒を *${format.flops(costing.flops)}* で計算最適に蒸留（シナリオ: ${scenarioText(format, plan.scenario)}）: 予測損失 *${format.loss(plan.loss)}*、同じ予算で直接学習すると *${format.loss(plan.supervisedLoss)}*。`
    : `Compute-optimal distillation of a *${format.params(plan.studentParams)}* student on *${format.flops(costing.flops)}*, scenario ${scenarioText(format, plan.scenario)}: predicted *${format.loss(plan.loss)}* nats/token vs *${format.loss(plan.supervisedLoss)}* trained directly.`;
  const glance = costAtGlance(format, costing);
  return {
    text: `${title}${ja ? `（直接学習 ${format.loss(plan.supervisedLoss)}）` : ` (direct ${format.loss(plan.supervisedLoss)})`}${glance ? ` · ${glance}` : ''}`,
    blocks: [
      header(title),
      fields(planFields(format, plan, costing), intro),
      context(assumptionLines(format, { coefficients: plan.coefficients, flopCounting: plan.flopCounting, costing })),
    ],
  };
}

export function planFields(format: Format, plan: DistillationPlan, costing: Costing): Field[] {
  const ja = format.lang === 'ja';
  return [
    [ja ? '蒸留した場合の損失' : 'Distilled loss', format.loss(plan.loss)],
    [ja ? '直接学習した場合の損失' : 'Trained directly', format.loss(plan.supervisedLoss)],
    [ja ? '生徒のトークン数' : 'Student tokens', format.tokens(plan.studentTokens)],
    [ja ? '教師（最適）' : 'Teacher (optimal)', trainedTeacherText(format, plan)],
    [ja ? '計算の内訳' : 'Compute split', splitText(format, plan)],
    [ja ? '予算' : 'Budget', budgetText(format, costing)],
    [ja ? 'GPU時間' : 'GPU-hours', gpuHoursText(format, costing)],
    [ja ? '費用' : 'Cost', costText(format, costing)],
    ...(costing.parts ? [[ja ? '部分ごとの費用' : 'Cost by part', partsText(format, costing)] as Field] : []),
  ];
}

const PART_NAMES = {
  en: {
    studentTraining: 'student training',
    teacherInference: 'teacher logits',
    teacherPretraining: 'teacher training',
  },
  ja: { studentTraining: '生徒の学習', teacherInference: '教師の推論', teacherPretraining: '教師の事前学習' },
} as const;

/** "student training $150K · teacher logits $50K": parts that cost anything. */
export function partsText(format: Format, costing: Costing): string {
  const parts = costing.parts!;
  const names = PART_NAMES[format.lang];
  return (Object.keys(names) as (keyof typeof names)[])
    .filter((part) => parts[part].flops > 0)
    .map((part) => `${names[part]} ${partCost(format, parts[part], parts.currency)}`)
    .join('\n');
}

export function partCost(format: Format, cost: FlopsCost, currency: string): string {
  return `${format.money(cost.cost.base, currency)} (${format.gpuHours(cost.gpuHours.base)})`;
}
