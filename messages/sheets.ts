/** Words a spreadsheet cell holds where a number cannot stand (Sheets custom functions), per language. */
import type { Lang } from './catalogue.js';

export interface SheetsWords {
  /** A loss worse than a uniform guess over the vocabulary: the cell says so instead of a number. */
  noPrediction(p: { vocabularySize: number }): string;
  /** Between notes in one cell (DISTIL_NOTES). */
  notesJoin: string;
  /** The unit after a loss. */
  natsPerToken: string;
}

export const SHEETS_WORDS: Readonly<Record<Lang, SheetsWords>> = {
  en: {
    noPrediction: (p) => `no prediction: above ln ${p.vocabularySize}`,
    notesJoin: ' · ',
    natsPerToken: 'nats/token',
  },
  ja: {
    noPrediction: (p) => `予測なし：ln ${p.vocabularySize} を超えます`,
    notesJoin: '・',
    natsPerToken: 'nats/トークン',
  },
};
