/**
 * The chart's labels: each is a code with parameters; its words come from the face (messages/ chartWords, one
 * English and one Japanese catalogue), so the PNG, the SVG, Slack's alt text and the sidebar read the same and
 * core holds no prose.
 */

export type ChartCode =
  | 'chart.title'
  | 'chart.axis.budget'
  | 'chart.axis.loss'
  | 'chart.axis.money'
  | 'chart.tick.money'
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

/** Figures come formatted (text), except shares (a number in [0, 1]), which messages/ words as percentages. */
export type ChartParams = Readonly<Record<string, string | number>>;

export interface ChartLabel {
  code: ChartCode;
  params: ChartParams;
  /** The label in the description's language. */
  text: string;
}

/** A face's words for a label (messages/ chartWords). */
export type ChartWords = (code: ChartCode, params: ChartParams) => string;

export function chartLabel(words: ChartWords, code: ChartCode, params: ChartParams = {}): ChartLabel {
  return { code, params, text: words(code, params) };
}
