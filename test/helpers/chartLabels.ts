import type { ChartDescription } from '../../core/index.js';

/** Every word a drawn chart must show: titles, series, markers, the band, tick labels of both budget axes. */
export function chartTexts(chart: ChartDescription): string[] {
  return [
    chart.title,
    chart.axes.budget,
    chart.axes.loss,
    chart.series.distilled.label,
    chart.series.direct.label,
    chart.today.label,
    chart.evidence.label,
    ...chart.flips.map((flip) => flip.label),
    ...(chart.money ? [chart.money.title] : []),
  ]
    .map((label) => label.text)
    .concat([...chart.computeTicks, ...(chart.money?.ticks ?? [])].map((tick) => tick.label));
}
