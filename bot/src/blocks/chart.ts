/** What the person who pressed Post to channel is told when the chart could not follow the answer. */
import { CATALOGUES, type ChartNotice } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import { type Message, section } from './kit.js';

export type { ChartNotice };

export function chartNotice(notice: ChartNotice, lang: Lang): Message {
  const text = CATALOGUES[lang].answer.chart[notice];
  return { response_type: 'ephemeral', text, blocks: [section(text)] };
}
