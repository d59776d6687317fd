/** Words a spreadsheet cell holds where a number cannot stand (Sheets custom functions), per language. */
import type { Lang } from './catalogue.js';

export interface SheetsWords {
  /** The add-on menu's items and the sidebar's title. */
  menu: { insertBudgetSheet: string; sidebar: string };
  /** A loss worse than a uniform guess over the vocabulary: the cell says so instead of a number. */
  noPrediction(p: { vocabularySize: number }): string;
  /** Between notes in one cell (DISTIL_NOTES). */
  notesJoin: string;
  /** The unit after a loss. */
  natsPerToken: string;
  /** A row of a cost profile's range, named in an error. */
  costsRow(row: number): string;
  /** COST_SCENARIOS's header row, money columns in `currency`; the last is the total cost of ownership. */
  scenarioColumns(currency: string): string[];
}

export const SHEETS_WORDS: Readonly<Record<Lang, SheetsWords>> = {
  en: {
    menu: { insertBudgetSheet: 'Insert budget sheet', sidebar: 'Distil or train?' },
    noPrediction: (p) => `no prediction: above ln ${p.vocabularySize}`,
    notesJoin: ' · ',
    natsPerToken: 'nats/token',
    costsRow: (row) => `costs row ${row}`,
    scenarioColumns: (currency) => [
      'offer',
      'kind',
      'GPU',
      'peak TFLOP/s',
      `price per GPU-hour (${currency})`,
      'as of',
      'GPU-hours',
      `cost at high MFU (${currency})`,
      `cost (${currency})`,
      `cost at low MFU (${currency})`,
      'days',
      'GPUs',
      `saving vs on-demand (${currency})`,
      'on-demand offer',
      `total cost of ownership (${currency})`,
    ],
  },
  ja: {
    menu: { insertBudgetSheet: '予算シートを挿入', sidebar: '蒸留か直接学習か' },
    noPrediction: (p) => `予測なし：ln ${p.vocabularySize} を超えます`,
    notesJoin: '・',
    natsPerToken: 'nats/トークン',
    costsRow: (row) => `costs の${row}行目`,
    scenarioColumns: (currency) => [
      'オファー',
      '種類',
      'GPU',
      'ピーク TFLOP/s',
      `GPU時間あたりの価格（${currency}）`,
      '時点',
      'GPU時間',
      `MFU 高での費用（${currency}）`,
      `費用（${currency}）`,
      `MFU 低での費用（${currency}）`,
      '日数',
      'GPU 数',
      `オンデマンドとの差額（${currency}）`,
      '比べたオンデマンドのオファー',
      `総保有コスト（${currency}）`,
    ],
  },
};
