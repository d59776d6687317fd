/**
 * The presets answer (core's PresetsDescription) in words, once per language: the title, how many sets, each set as
 * a labelled value (its name; what it is, its fit and date, or why its file cannot be used), the files left out, and
 * how to add a set of one's own.
 */
import type { PresetFigure, PresetsDescription } from '../../core/index.js';
import { fitErrorPercent, type Lang, type Names } from '../catalogue.js';
import { CATALOGUES, renderError } from '../render.js';
import type { WordedAnswer } from './answer.js';

export function wordPresets(description: PresetsDescription, lang: Lang, names: Names): WordedAnswer {
  const words = CATALOGUES[lang].presets;
  const { entries, more } = description;
  return {
    kind: 'presets',
    lang,
    question: '',
    title: words.title,
    callLine: words.title,
    headline: [words.text(entries.length + more)],
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: entries.map((entry) => ({ code: 'preset', label: entry.name, value: wordPreset(entry, lang, names) })),
    serving: [],
    warnings: [],
    notes: [...(more > 0 ? [words.more(more)] : []), words.footer({ folder: description.folder })],
  };
}

function wordPreset(entry: PresetFigure, lang: Lang, names: Names): string {
  const words = CATALOGUES[lang].presets;
  if (entry.problem) return words.unreadable(renderError(entry.problem, lang, names).short);
  const created = entry.created ? { created: entry.created } : {};
  const shipped = entry.shipped ? words.shipped[entry.shipped] : undefined;
  const fit = entry.fit;
  const fitted = fit
    ? words.fitted({
        law: fit.law,
        fitted: fit.fitted,
        runs: fit.runs,
        mape: fitErrorPercent(fit.mape),
        maxError: fitErrorPercent(fit.maxError),
        samples: fit.samples,
        ...created,
      })
    : undefined;
  const parts = [shipped, fitted ?? (shipped ? undefined : words.unfitted(created))];
  return parts.filter((part) => part !== undefined).join(' · ');
}
