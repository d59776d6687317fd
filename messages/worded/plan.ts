/**
 * The plan answer (core's PlanDescription) in words, once per language: the title with the distilled loss, the
 * sentence saying the plan, and its figures; with a price, the budget, GPU-hours, cost and each part's cost.
 */
import type { PlanDescription, PlanFigures } from '../../core/index.js';
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
  wordParts,
  wordSplit,
  wordTeacher,
} from './parts.js';

export function wordPlan(description: PlanDescription, lang: Lang, names?: Names): WordedAnswer {
  const format = formatFor(lang);
  const { figures, notes } = description;
  const student = format.params(figures.studentParams);
  const title = format.w.planTitle({ student, loss: format.loss(figures.losses.distilled) });
  return {
    kind: 'plan',
    lang,
    question: description.question ? (readBackLine(description.question, lang) ?? '') : '',
    title,
    callLine: title,
    headline: [
      format.w.planIntro({
        student,
        flops: format.flops(figures.compute),
        scenario: format.w.scenario[figures.scenario],
        loss: format.loss(figures.losses.distilled),
        direct: format.loss(figures.losses.direct),
      }),
    ],
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: planFigures(figures, lang, names),
    serving: [],
    warnings: [],
    notes: [
      wordLaw(notes.law, lang),
      ...(notes.hardware ? [wordHardware(notes.hardware, lang)] : []),
      ...(notes.money ? wordMoneyNotes(notes.money, lang, names) : []),
    ],
  };
}

/** The plan's figures: losses, student tokens, the teacher, the split; with a price, what the budget buys and costs. */
export function planFigures(figures: PlanFigures, lang: Lang, names?: Names): WordedFigure[] {
  const format = formatFor(lang);
  const labels = format.w.labels;
  const costed = figures.costed;
  const values: [keyof typeof labels, string][] = [
    ['distilled', format.loss(figures.losses.distilled)],
    ['direct', format.loss(figures.losses.direct)],
    ['studentTokens', format.tokens(figures.studentTokens)],
    ['teacherOptimal', wordTeacher(figures.teacher, lang)],
    ['split', wordSplit(figures.split, lang)],
    ...(costed
      ? ([
          ['budget', wordBudget(costed.budget, lang)],
          ['gpuHours', wordGpuHours(costed.gpuHours, lang)],
          ['cost', wordCost(costed.cost, lang, names)],
          ...(costed.parts ? [['costByPart', wordParts(costed.parts, lang)]] : []),
        ] as [keyof typeof labels, string][])
      : [['compute', format.flops(figures.compute)] as [keyof typeof labels, string]]),
  ];
  return values.map(([code, value]) => ({ code, label: labels[code], value }));
}
