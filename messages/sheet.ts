/**
 * The budget sheet's words (sheets-addon/src/layout.ts lays them out): title, input labels, the rate cell set
 * like a workspace's rate (the rate and the day it was set), the flip rows, the grid's headings and the chart's
 * titles, in English and Japanese. A yen sheet opens in Japanese.
 */
import type { Lang } from './catalogue.js';

export interface SheetWords {
  title: string;
  intro(currency: string): string;
  inputs: string;
  student: string;
  gpu: string;
  providerOrPrice: string;
  mfu: string;
  currency: string;
  /** The rate row: the rate in column B, the day it was set in column C, both named. */
  rate(currency: string, name: string): string;
  teacherLoss: string;
  teacherParams: string;
  students: string;
  price: string;
  flipHeading: string;
  flipFlops: string;
  flipMoney(currency: string): string;
  /** The flip budget's FLOPs cell with an existing teacher (the verdicts say where the call changes). */
  withExistingTeacher: string;
  /** The flip budget's money cell when the flip lies outside what the law was fitted on: said, not priced. */
  flipOutsideEvidence: string;
  headings: readonly [string, string, string, string, string, string, string, string, string];
  chartTitle: string;
  chartX(currency: string): string;
  /** The add-on's menu asks for the rate before writing a sheet in another currency than USD. */
  ratePromptTitle(currency: string): string;
  ratePromptText(currency: string): string;
  /** The prompt's answer did not read as a rate (and day): nothing is written. */
  rateUnreadable(typed: string, currency: string): string;
}

const EN_SHEET: SheetWords = {
  title: 'distilplan budget sheet: distil or train directly, and what it buys',
  intro: (currency) =>
    `Budgets in ${currency}; losses in nats/token from Busbridge et al. 2025. Edit the inputs in column B; everything recalculates.`,
  inputs: 'Inputs',
  student: 'Student parameters',
  gpu: 'GPU',
  providerOrPrice: 'Provider, or your own price per GPU-hour (blank: reference price)',
  mfu: 'MFU',
  currency: 'Currency',
  rate: (currency, name) =>
    currency === 'USD'
      ? `Rate (blank for USD; named ${name})`
      : `Rate: ${currency} per USD, and the day it was set (named ${name}; every formula uses it)`,
  teacherLoss: 'Existing teacher loss (blank: a teacher is trained)',
  teacherParams: 'Existing teacher parameters, or size@tokens such as 8B@15T',
  students: 'Students sharing a new teacher',
  price: 'Price table: per GPU-hour, currency, date, provider and kind',
  flipHeading: 'Where the verdict flips',
  flipFlops: 'Flip budget in FLOPs (a teacher trained for the students, as in the verdicts)',
  flipMoney: (currency) => `Flip budget in ${currency}`,
  withExistingTeacher: 'with an existing teacher: read the verdicts',
  flipOutsideEvidence:
    'outside the evidence: the law was fitted on no run near this budget, so it is not shown as money',
  headings: [
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
  ratePromptTitle: (currency) => `Rate for ${currency}`,
  ratePromptText: (currency) =>
    `The sheet's budgets are in ${currency}. Type the rate in ${currency} per USD and the day it was set, e.g. 150@2026-11-01 (the rate alone means today).`,
  rateUnreadable: (typed, currency) =>
    `"${typed}" is not a rate with its day. Accepted: ${currency} per USD, then @ and the day as YYYY-MM-DD, e.g. 150@2026-11-01 (or 150 for today). Nothing was written; choose Insert budget sheet again.`,
};

const JA_SHEET: SheetWords = {
  title: 'distilplan 予算シート：蒸留か直接学習か、その予算で何が買えるか',
  intro: (currency) =>
    `予算は${currency === 'JPY' ? '円' : currency}、損失は nats/トークン（Busbridge ら 2025）。B列の入力を変えるとすべて再計算されます。`,
  inputs: '入力',
  student: '生徒モデルのパラメータ数',
  gpu: 'GPU',
  providerOrPrice: 'プロバイダ、または1GPU時間あたりの自社価格（空欄：参考価格）',
  mfu: 'MFU',
  currency: '通貨',
  rate: (currency, name) =>
    currency === 'USD'
      ? `為替レート（米ドルなら空欄、名前 ${name}）`
      : `為替レート：1米ドルあたりの${currency === 'JPY' ? '円' : currency}と設定日（名前 ${name}、すべての数式がこれを使います）`,
  teacherLoss: '既存の教師モデルの損失（空欄：教師を学習する）',
  teacherParams: '既存の教師モデルのパラメータ数、または 8B@15T のようなサイズ@トークン数',
  students: '新しい教師を共有する生徒モデルの数',
  price: '価格表：1GPU時間あたりの価格、通貨、日付、プロバイダと種類',
  flipHeading: '判定が変わる予算',
  flipFlops: '判定が変わる予算（FLOP、判定と同じく生徒のために教師を学習する場合）',
  flipMoney: (currency) => `判定が変わる予算（${currency === 'JPY' ? '円' : currency}）`,
  withExistingTeacher: '既存の教師あり：各行の判定を見てください',
  flipOutsideEvidence: '根拠の範囲外：この予算の近くでは則が当てはめられていないため、金額では示しません',
  headings: [
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
  chartX: (currency) => `予算（log10 ${currency === 'JPY' ? '円' : currency}）`,
  ratePromptTitle: (currency) => `${currency === 'JPY' ? '円' : currency}の為替レート`,
  ratePromptText: (currency) =>
    `このシートの予算は${currency === 'JPY' ? '円' : currency}です。1米ドルあたりのレートと設定日を入力してください（例：150@2026-11-01。レートだけなら今日の日付）。`,
  rateUnreadable: (typed, currency) =>
    `「${typed}」は設定日付きのレートとして読めません。使える形式：1米ドルあたりの${currency === 'JPY' ? '円' : currency}、@、YYYY-MM-DD の日付（例：150@2026-11-01、今日なら 150）。シートは書き込んでいません。もう一度メニューから予算シートを挿入してください。`,
};

export const SHEET_WORDS: Readonly<Record<Lang, SheetWords>> = { en: EN_SHEET, ja: JA_SHEET };
