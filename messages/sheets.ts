/** Words a spreadsheet cell holds where a number cannot stand (Sheets custom functions), per language. */
import type { Lang } from './catalogue.js';

/** The budget sheet the add-on writes ("Insert budget sheet"): its headings, input labels and chart titles. */
export interface BudgetSheetWords {
  title: string;
  note(currency: string): string;
  inputs: string;
  student: string;
  gpu: string;
  providerOrPrice: string;
  mfu: string;
  currency: string;
  rate(currency: string): string;
  teacherLoss: string;
  teacherParams: string;
  students: string;
  priceTable: string;
  flipHeading: string;
  flipFlops: string;
  /** What the flip cell says with an existing teacher (a formula's text result). */
  flipWithTeacher: string;
  flipMoney(currency: string): string;
  /** The grid's columns: budget, FLOPs, call, distilled loss, trained-directly loss, verdict, notes, GPU-hours, log10. */
  grid: readonly [string, string, string, string, string, string, string, string, string];
  chartTitle: string;
  chartX(currency: string): string;
}

export interface SheetsWords {
  budgetSheet: BudgetSheetWords;
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
}

export const SHEETS_WORDS: Readonly<Record<Lang, SheetsWords>> = {
  en: {
    budgetSheet: {
      title: 'distilplan budget sheet: distil or train directly, and what it buys',
      note: (currency) =>
        `Budgets in ${currency}; losses in nats/token from Busbridge et al. 2025. Edit the inputs in column B; everything recalculates.`,
      inputs: 'Inputs',
      student: 'Student parameters',
      gpu: 'GPU',
      providerOrPrice: 'Provider, or your own price per GPU-hour (blank: reference price)',
      mfu: 'MFU',
      currency: 'Currency',
      rate: (currency) => `Rate (${currency} per USD; blank for USD)`,
      teacherLoss: 'Existing teacher loss (blank: a teacher is trained)',
      teacherParams: 'Existing teacher parameters, or size@tokens such as 8B@15T',
      students: 'Students sharing a new teacher',
      priceTable: 'Price table: per GPU-hour, currency, date, provider and kind',
      flipHeading: 'Where the verdict flips',
      flipFlops: 'Flip budget in FLOPs (a teacher trained for the students, as in the verdicts)',
      flipWithTeacher: 'with an existing teacher: read the verdicts',
      flipMoney: (currency) => `Flip budget in ${currency}`,
      grid: [
        'Budget',
        'FLOPs',
        'Call',
        'Distilled loss',
        'Trained-directly loss',
        'Verdict',
        'Notes',
        'GPU-hours',
        'log10 budget',
      ],
      chartTitle: 'Predicted student loss against budget',
      chartX: (currency) => `Budget (log10 ${currency})`,
    },
    menu: { insertBudgetSheet: 'Insert budget sheet', sidebar: 'Distil or train?' },
    noPrediction: (p) => `no prediction: above ln ${p.vocabularySize}`,
    notesJoin: ' · ',
    natsPerToken: 'nats/token',
    costsRow: (row) => `costs row ${row}`,
  },
  ja: {
    budgetSheet: {
      title: 'distilplan 予算シート：蒸留か直接学習か、予算で何ができるか',
      note: (currency) =>
        `予算は ${currency}、損失は nats/トークン（Busbridge ら 2025）。B列の入力を変えると、すべて再計算されます。`,
      inputs: '入力',
      student: '生徒モデルのパラメータ数',
      gpu: 'GPU',
      providerOrPrice: 'プロバイダ、または 1 GPU時間あたりの自社価格（空欄：参考価格）',
      mfu: 'MFU',
      currency: '通貨',
      rate: (currency) => `為替レート（1米ドルあたりの ${currency}。米ドルなら空欄）`,
      teacherLoss: '既存の教師モデルの損失（空欄：教師も学習）',
      teacherParams: '既存の教師モデルのパラメータ数、または 8B@15T のようなサイズ@トークン数',
      students: '新しい教師を共有する生徒モデルの数',
      priceTable: '価格表：1 GPU時間あたりの価格、通貨、日付、プロバイダ、種類',
      flipHeading: '判定が変わる予算',
      flipFlops: '判定が変わる予算（FLOP、判定と同じく生徒のために教師も学習）',
      flipWithTeacher: '既存の教師モデルあり：各行の判定を見てください',
      flipMoney: (currency) => `判定が変わる予算（${currency}）`,
      grid: [
        '予算',
        'FLOP',
        '判断',
        '蒸留した場合の損失',
        '直接学習した場合の損失',
        '則の判定',
        '注記',
        'GPU時間',
        '予算の log10',
      ],
      chartTitle: '予算に対する生徒モデルの予測損失',
      chartX: (currency) => `予算（log10 ${currency}）`,
    },
    menu: { insertBudgetSheet: '予算シートを挿入', sidebar: '蒸留か直接学習か' },
    noPrediction: (p) => `予測なし：ln ${p.vocabularySize} を超えます`,
    notesJoin: '・',
    natsPerToken: 'nats/トークン',
    costsRow: (row) => `costs の${row}行目`,
  },
};
