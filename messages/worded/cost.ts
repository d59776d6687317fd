/**
 * The cost answer (core's CostDescription) in words, once per language: the title with the money at a glance, what
 * the budget buys and costs (every digit, the price per GPU-hour), and with a plan each part's cost and the plan.
 */
import type { CostDescription } from '../../core/index.js';
import type { Lang, Names } from '../catalogue.js';
import { formatFor } from '../format.js';
import { readBackLine } from '../question.js';
import type { WordedAnswer, WordedFigure } from './answer.js';
import {
  wordBudget,
  wordCost,
  wordGpuHours,
  wordHardware,
  wordLaw,
  wordMoneyNotes,
  wordPartCost,
  wordPartsTotal,
} from './parts.js';
import { planFigures } from './plan.js';

export function wordCostAnswer(description: CostDescription, lang: Lang, names?: Names): WordedAnswer {
  const format = formatFor(lang);
  const { title, notes } = description;
  const heading = format.w.costTitle({
    plan: title.plan,
    amount: title.amount ? format.money(title.amount.amount, title.amount.currency) : format.gpuHours(title.gpuHours),
  });
  return {
    kind: 'cost',
    lang,
    question: description.question ? (readBackLine(description.question, lang) ?? '') : '',
    title: heading,
    callLine: heading,
    headline: [],
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: costFigures(description, lang, names),
    serving: [],
    warnings: [],
    notes: [
      ...(notes.law ? [wordLaw(notes.law, lang)] : []),
      wordHardware(notes.hardware, lang),
      ...wordMoneyNotes(notes.money, lang, names),
    ],
  };
}

function costFigures(description: CostDescription, lang: Lang, names?: Names): WordedFigure[] {
  const format = formatFor(lang);
  const labels = format.w.labels;
  const { costed, costExact, perGpuHour, plan } = description.figures;
  const figure = (code: keyof typeof labels, value: string): WordedFigure => ({ code, label: labels[code], value });
  if (plan) {
    // A plan on the budget: each part's money first, then what the plan is (its first figures).
    const parts = costed.parts;
    const partRows = parts
      ? [
          ...parts.parts.map(({ part, cost, gpuHours }) => ({
            code: part,
            label: format.w.parts[part],
            value: wordPartCost(cost, gpuHours, lang),
          })),
          figure('total', wordPartsTotal(parts, lang)),
        ]
      : [figure('gpuHours', wordGpuHours(costed.gpuHours, lang))];
    return [...partRows, ...planFigures(plan, lang, names).slice(0, 4)];
  }
  return [
    figure('compute', wordBudget(costed.budget, lang)),
    figure('gpuHours', wordGpuHours(costed.gpuHours, lang)),
    figure('cost', wordCost(costed.cost, lang, names)),
    ...(costExact ? [figure('costExact', format.moneyExact(costExact.amount, costExact.currency))] : []),
    ...(perGpuHour ? [figure('price', format.perGpuHour(perGpuHour.amount, perGpuHour.currency))] : []),
  ];
}
