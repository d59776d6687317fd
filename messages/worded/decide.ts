/**
 * The decide answer (core's DecideDescription) in words, once per language: every face lays out what this returns
 * and words nothing itself, so a Slack post, the CLI's text and the Sheets sidebar say the same thing.
 */
import type { DecideDescription, DecideFigures, LifetimeCost } from '../../core/index.js';
import type { Lang, Names } from '../catalogue.js';
import { marginSize } from '../catalogue.js';
import { formatFor } from '../format.js';
import { moneyAndTime, renderHeadline } from '../headline.js';
import { readBackLine } from '../question.js';
import { CATALOGUES } from '../render.js';
import { servingWords } from '../serving.js';
import type { WordedAnswer, WordedFigure } from './answer.js';
import {
  wordBudget,
  wordCost,
  wordFlip,
  wordGpuHours,
  wordHardware,
  wordLaw,
  wordMoneyNotes,
  wordServing,
  wordSplit,
  wordTeacher,
  wordWarnings,
} from './parts.js';

/** `names`: the face's own names, for the few words that tell how to give a missing value (`--price 2.50`). */
export function wordDecide(description: DecideDescription, lang: Lang, names?: Names): WordedAnswer {
  const format = formatFor(lang);
  const text = renderHeadline(description.headline, lang);
  const serving = description.serving;
  const words = servingWords(lang);
  return {
    kind: 'decide',
    lang,
    question: description.question ? (readBackLine(description.question, lang) ?? '') : '',
    title: text.title,
    callLine: text.callLine,
    headline: [text.unidentified, text.share, ...text.outside, text.ratio].filter(Boolean),
    lawSays: description.lawSays
      ? format.w.lawSays({ verdict: description.lawSays.verdict, margin: marginSize(description.lawSays.margin) })
      : '',
    money: moneyAndTime(text, lang),
    decisive: wordWarnings(description.warnings.decisive, lang),
    summary: summaryOf(description.figures, lang),
    figures: decideFigures(description.figures, serving, lang, names),
    serving: serving ? [words.single(serving), words.basis(serving)] : [],
    warnings: wordWarnings(description.warnings.other, lang),
    notes: [
      wordLaw(description.notes.law, lang),
      wordHardware(description.notes.hardware, lang),
      ...wordMoneyNotes(description.notes.money, lang, names),
    ],
  };
}

/** A loss above ln(vocabulary) is no prediction: said as such, never as a number. */
function lossText(figures: DecideFigures, name: 'distilled' | 'direct', lang: Lang): string {
  const format = formatFor(lang);
  const above = figures.losses.aboveUniform.includes(name === 'distilled' ? 'distilLoss' : 'supervisedLoss');
  return above ? format.w.aboveUniform : format.loss(figures.losses[name]);
}

function summaryOf(figures: DecideFigures, lang: Lang): string {
  return formatFor(lang).w.losses({
    distilled: lossText(figures, 'distilled', lang),
    direct: lossText(figures, 'direct', lang),
    margin: formatFor(lang).margin(figures.losses.margin),
  });
}

export function decideFigures(
  figures: DecideFigures,
  serving: LifetimeCost | null,
  lang: Lang,
  names?: Names,
): WordedFigure[] {
  const format = formatFor(lang);
  const labels = format.w.labels;
  const { plausible } = figures;
  const span = ([low, high]: readonly [number, number]) => format.range(format.loss(low), format.loss(high));
  const values: [keyof typeof labels, string][] = [
    ['distilled', lossText(figures, 'distilled', lang)],
    ['direct', lossText(figures, 'direct', lang)],
    ['margin', format.margin(figures.losses.margin)],
    ['budget', wordBudget(figures.budget, lang)],
    ['gpuHours', wordGpuHours(figures.gpuHours, lang)],
    ['cost', wordCost(figures.cost, lang, names)],
    [
      'tokens',
      format.w.tokens({
        distilled: format.tokens(figures.tokens.distilled),
        direct: format.tokens(figures.tokens.direct),
      }),
    ],
    ['teacher', wordTeacher(figures.teacher, lang)],
    ['split', wordSplit(figures.split, lang)],
    ['flip', wordFlip(figures.flip, lang)],
    [
      'plausible',
      CATALOGUES[lang].phrases.plausibleDecision({
        share: plausible.share,
        samples: plausible.samples,
        distil: span(plausible.distilled),
        direct: span(plausible.direct),
      }),
    ],
  ];
  if (serving) {
    const worded = wordServing(serving, lang);
    values.push(['serving', worded.serving], ['servingTotal', worded.total]);
  }
  return values.map(([code, value]) => ({ code, label: labels[code], value }));
}
