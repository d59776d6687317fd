/** The chart of a decision: one description in data, drawn by every face. */
export { computeTicks, type MoneyAxis, moneyAxis, type Tick } from './axes.js';
export {
  CHART_COLOURS,
  type ChartDescription,
  type ChartMarker,
  type ChartOptions,
  type ChartPoint,
  describeChart,
} from './describe.js';
export { chartSvgOf, type SvgSize } from './svg.js';
export { type ChartCode, type ChartLabel, type ChartParams, type ChartWords, chartLabel } from './text.js';
