/**
 * The fit answer (core's FitDescription) in words, once per language: the title naming the law and the runs' file,
 * each coefficient with its interval or where it was held, the fit's quality as labelled values, and the notes
 * (the bootstrap, the file written) and warnings.
 */
import type { FitDescription, FittedCoefficient } from '../../core/index.js';
import type { Lang } from '../catalogue.js';
import { CLI_WORDS } from '../cli.js';
import { significant } from '../numbers.js';
import { renderWarning } from '../render.js';
import type { WordedAnswer, WordedFigure } from './answer.js';

export function wordFit(description: FitDescription, lang: Lang): WordedAnswer {
  const words = CLI_WORDS[lang].fit;
  const title = words.title({ law: description.law, runs: description.runs });
  const quality: WordedFigure[] = words
    .rows(description.quality)
    .map(([label, value], i) => ({ code: ['runs', 'mape', 'maxError', 'objective'][i] ?? label, label, value }));
  return {
    kind: 'fit',
    lang,
    question: '',
    title,
    callLine: title,
    headline: [],
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: [
      ...description.coefficients.map((coefficient) => wordCoefficient(coefficient, description, lang)),
      ...quality,
    ],
    serving: [],
    warnings: description.warnings.map((warning) => renderWarning(warning, lang)),
    notes: [
      words.intervals(description.bootstrap),
      ...(description.written === null ? [] : [words.written(description.written)]),
    ],
  };
}

/** A coefficient by the paper's name: its value with the 90% interval, or where it was held. */
function wordCoefficient(coefficient: FittedCoefficient, description: FitDescription, lang: Lang): WordedFigure {
  const words = CLI_WORDS[lang].fit;
  const value = significant(coefficient.value);
  const { interval } = coefficient;
  return {
    code: coefficient.name,
    label: coefficient.name,
    value: coefficient.held
      ? words.held({ value, base: description.base })
      : interval
        ? words.interval({ value, low: significant(interval[0]), high: significant(interval[1]) })
        : value,
  };
}
