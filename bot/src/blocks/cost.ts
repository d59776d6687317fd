/** The cost answer: a budget (or a plan on it) in GPU-hours and money, with the band and the dated price. */
import type { Costing, CostResult } from '../answer/compute.js';
import { assumptionLines, hardwareLine, priceLines } from './assumptions.js';
import { type Format, formatFor } from './format.js';
import { type Built, context, type Field, fields, header } from './kit.js';
import { budgetText, costAtGlance, costText, gpuHoursText } from './parts.js';
import { partCost, planFields } from './plan.js';

export function costBlocks(result: CostResult): Built {
  const format = formatFor(result.lang);
  const { costing, plan } = result;
  const ja = format.lang === 'ja';
  const glance = costAtGlance(format, costing);
  const headline = glance ?? format.gpuHours(costing.budget.gpuHours.base);
  const what = plan ? (ja ? '計画の費用' : 'Cost of the plan') : ja ? '費用' : 'Cost';
  const title = `${what}: ${headline}`;
  const rows = plan
    ? [...planPartRows(format, costing), ...planFields(format, plan, costing).slice(0, 4)]
    : budgetRows(format, costing);
  // The law line only matters when a plan was computed.
  const lines = plan
    ? assumptionLines(format, { coefficients: plan.coefficients, flopCounting: plan.flopCounting, costing })
    : [hardwareLine(format, costing), ...priceLines(format, costing)];
  return {
    text: `${title} · ${format.flops(costing.flops)} · ${gpuHoursText(format, costing)}`,
    blocks: [header(title), fields(rows), context(lines)],
  };
}

function budgetRows(format: Format, costing: Costing): Field[] {
  const ja = format.lang === 'ja';
  const rows: Field[] = [
    [ja ? '計算量' : 'Compute', budgetText(format, costing)],
    [ja ? 'GPU時間' : 'GPU-hours', gpuHoursText(format, costing)],
    [ja ? '費用' : 'Cost', costText(format, costing)],
  ];
  const total = costing.total;
  if (total) {
    const exact =
      costing.budget.budget.kind === 'money' ? undefined : format.moneyExact(total.cost.base, total.currency);
    if (exact) rows.push([ja ? '費用（基準、全桁）' : 'Cost (base, every digit)', exact]);
    rows.push([ja ? '価格' : 'Price', format.perGpuHour(total.assumptions.price.perGpuHour, total.currency)]);
  }
  return rows;
}

function planPartRows(format: Format, costing: Costing): Field[] {
  const ja = format.lang === 'ja';
  const parts = costing.parts;
  if (!parts) return [[ja ? 'GPU時間' : 'GPU-hours', gpuHoursText(format, costing)]];
  const names = ja
    ? { studentTraining: '生徒の学習', teacherInference: '教師の推論', teacherPretraining: '教師の事前学習' }
    : {
        studentTraining: 'Student training',
        teacherInference: 'Teacher logits',
        teacherPretraining: 'Teacher training (share)',
      };
  return [
    ...(Object.keys(names) as (keyof typeof names)[]).map(
      (part): Field => [names[part], partCost(format, parts[part], parts.currency)],
    ),
    [
      ja ? '合計' : 'Total',
      `${partCost(format, parts.total, parts.currency)}\n${format.range(format.money(parts.total.cost.low, parts.currency), format.money(parts.total.cost.high, parts.currency))}`,
    ],
  ];
}
