/** The chart's words in a language, for core/chart's describeChart (core names each label by a code). */
import type { ChartWords } from '../core/index.js';
import type { Lang } from './catalogue.js';
import { CATALOGUES } from './render.js';

export function chartWords(lang: Lang): ChartWords {
  const entries = CATALOGUES[lang].chart;
  return (code, params) => entries[code](params);
}
