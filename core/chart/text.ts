/**
 * The chart's words: every label is a code with parameters, rendered here
 * from one English and one Japanese entry so the PNG, the SVG, Slack's
 * alt text and the sidebar read the same.
 */
import type { Lang } from '../cost/format.js';

export type ChartCode =
  | 'chart.title'
  | 'chart.axis.budget'
  | 'chart.axis.loss'
  | 'chart.axis.money'
  | 'chart.series.distilled'
  | 'chart.series.direct'
  | 'chart.flip'
  | 'chart.today'
  | 'chart.evidence'
  | 'chart.alt'
  | 'chart.alt.flip'
  | 'chart.alt.noFlip'
  | 'chart.verdict.distil'
  | 'chart.verdict.train'
  | 'chart.teacher.existing'
  | 'chart.teacher.trained'
  | 'chart.teacher.shared';

export type ChartParams = Readonly<Record<string, string>>;

export interface ChartLabel {
  code: ChartCode;
  params: ChartParams;
  /** The label in the description's language. */
  text: string;
}

type Entry = (params: ChartParams) => string;

const EN: Record<ChartCode, Entry> = {
  'chart.title': (p) => `Distil or train directly? ${p.student} student, ${p.teacher}`,
  'chart.axis.budget': () => 'budget (FLOPs, log scale)',
  'chart.axis.loss': () => 'predicted loss (nats/token)',
  'chart.axis.money': (p) =>
    `cost on ${p.gpu} at ${p.price} (${p.kind === 'user-given' ? 'your own' : `${p.provider} ${p.kind}, ${p.asOf}`}), MFU ${p.mfu}`,
  'chart.series.distilled': () => 'distilled',
  'chart.series.direct': () => 'trained directly',
  'chart.flip': (p) => `flip ${p.compute}`,
  'chart.today': (p) => `this budget ${p.compute}`,
  'chart.evidence': () => 'the laws have evidence here',
  'chart.alt': (p) =>
    `Chart of predicted loss against budget for a ${p.student} student: at ${p.compute} FLOPs, ${p.verdict} (distilled ${p.distilLoss}, trained directly ${p.directLoss}). ${p.flip}`,
  'chart.alt.flip': (p) => `The verdict flips at ${p.compute} FLOPs.`,
  'chart.alt.noFlip': () => 'The verdict does not flip in the range shown.',
  'chart.verdict.distil': () => 'distil',
  'chart.verdict.train': () => 'train directly',
  'chart.teacher.existing': () => 'existing teacher',
  'chart.teacher.trained': () => 'teacher trained for it',
  'chart.teacher.shared': (p) => `teacher shared by ${p.students} students`,
};

/** A price's kind in Japanese (the answer catalogues word it the same way). */
const KIND_JA: Readonly<Record<string, string>> = {
  'on-demand': 'オンデマンド',
  reserved: '予約',
  spot: 'スポット',
  marketplace: 'マーケットプレイス',
  reference: '参考価格',
  'user-given': 'ご指定',
};

const JA: Record<ChartCode, Entry> = {
  'chart.title': (p) => `蒸留か直接学習か：${p.student} のモデル、${p.teacher}`,
  'chart.axis.budget': () => '予算（FLOP、対数目盛）',
  'chart.axis.loss': () => '予測損失（nats/トークン）',
  'chart.axis.money': (p) =>
    `費用（${p.gpu}、${p.price}、${p.kind === 'user-given' ? 'ご指定の価格' : `${p.provider} ${KIND_JA[p.kind] ?? p.kind} ${p.asOf} 時点`}、MFU ${p.mfu}）`,
  'chart.series.distilled': () => '蒸留',
  'chart.series.direct': () => '直接学習',
  'chart.flip': (p) => `判定が変わる予算 ${p.compute}`,
  'chart.today': (p) => `今回の予算 ${p.compute}`,
  'chart.evidence': () => '則に根拠がある範囲',
  'chart.alt': (p) =>
    `予算に対する予測損失のグラフ（${p.student} のモデル）：${p.compute} FLOP では${p.verdict}（蒸留 ${p.distilLoss}、直接学習 ${p.directLoss}）。${p.flip}`,
  'chart.alt.flip': (p) => `判定が変わる予算は ${p.compute} FLOP です。`,
  'chart.alt.noFlip': () => '表示した範囲では判定は変わりません。',
  'chart.verdict.distil': () => '蒸留する',
  'chart.verdict.train': () => '直接学習する',
  'chart.teacher.existing': () => '既存の教師',
  'chart.teacher.trained': () => '教師も学習',
  'chart.teacher.shared': (p) => `教師を ${p.students} モデルで共有`,
};

const CATALOGUES: Record<Lang, Record<ChartCode, Entry>> = { en: EN, ja: JA };

export function chartLabel(lang: Lang, code: ChartCode, params: ChartParams = {}): ChartLabel {
  return { code, params, text: CATALOGUES[lang][code](params) };
}
