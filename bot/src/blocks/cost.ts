/** The cost answer: a budget (or a plan on it) in GPU-hours and money, with the band and the dated price. */
import { CATALOGUES } from '../../../messages/index.js';
import type { Costing, CostResult } from '../results/compute.js';
import { assumptionLines, hardwareLine, priceLines } from './assumptions.js';
import { type Format, formatFor } from './format.js';
import { type Built, context, type Field, fields, header } from './kit.js';
import { budgetText, costAtGlance, costText, gpuHoursText, PART_NAMES } from './parts.js';
import { partCost, planFields } from './plan.js';

export function costBlocks(result: CostResult): Built {
  const format = formatFor(result.lang);
  const { costing, plan } = result;
  const glance = costAtGlance(format, costing);
  const title = format.w.costTitle({
    plan: plan !== undefined,
    amount: glance ?? format.gpuHours(costing.budget.gpuHours.base),
  });
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
  const { labels } = format.w;
  const rows: Field[] = [
    [labels.compute, budgetText(format, costing)],
    [labels.gpuHours, gpuHoursText(format, costing)],
    [labels.cost, costText(format, costing)],
  ];
  const total = costing.total;
  if (total) {
    const exact =
      costing.budget.budget.kind === 'money' ? undefined : format.moneyExact(total.cost.base, total.currency);
    if (exact) rows.push([labels.costExact, exact]);
    rows.push([labels.price, format.perGpuHour(total.assumptions.price.perGpuHour, total.currency)]);
  }
  return rows;
}

function planPartRows(format: Format, costing: Costing): Field[] {
  const { labels, parts: names } = format.w;
  const parts = costing.parts;
  if (!parts) return [[labels.gpuHours, gpuHoursText(format, costing)]];
  return [
    ...PART_NAMES.map((part): Field => [names[part], partCost(format, parts[part], parts.currency)]),
    [
      labels.total,
      `${partCost(format, parts.total, parts.currency)}\n${format.range(format.money(parts.total.cost.low, parts.currency), format.money(parts.total.cost.high, parts.currency))} ${CATALOGUES[format.lang].phrases.costBand(parts.total.mfuOfBand)}`,
    ],
  ];
}
