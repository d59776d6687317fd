/**
 * A chart description (core/chart) as a Vega-Lite spec. Only drawing
 * decisions live here — marks, sizes, placement; every number and word comes
 * from the description.
 */

import type { TopLevelSpec } from 'vega-lite';
import { type ChartDescription, CHART_COLOURS as MARKER_COLOURS, type Tick } from '../core/index.js';

export const CHART_FONT_FAMILY = 'Noto Sans JP';
export const DEFAULT_SIZE: Readonly<ChartSize> = { width: 800, height: 450 };

export interface ChartSize {
  /** Pixels of the whole picture, axes and legend included. */
  width: number;
  height: number;
}

type Layer = Record<string, unknown>;

export function vegaLiteSpec(chart: ChartDescription, size: ChartSize = DEFAULT_SIZE): TopLevelSpec {
  const [low, high] = chart.domain.compute;
  // Layers share the log scale; only the curves' layer draws the budget axis and the money layer the top one.
  const x = {
    field: 'compute',
    type: 'quantitative',
    scale: { type: 'log', domain: [low, high] },
    axis: null,
  } as const;
  const y = { field: 'loss', type: 'quantitative', scale: { domain: chart.domain.loss, zero: false } } as const;
  const layers: Layer[] = [...evidenceLayers(chart, x), curveLayer(chart, x, y), ...markerLayers(chart, x, y)];
  if (chart.money) layers.push(moneyAxisLayer(chart.money.title.text, chart.money.ticks, x));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    background: 'white',
    title: { text: chart.title.text, anchor: 'start', fontSize: 16, fontWeight: 'normal' },
    layer: layers,
    resolve: { axis: { x: 'independent' } },
    config: {
      font: CHART_FONT_FAMILY,
      // One weight is loaded (see render/chart.ts): titles differ by size, not by weight.
      axis: { titleFontWeight: 'normal', labelFontSize: 11, titleFontSize: 12, grid: true, gridOpacity: 0.5 },
      legend: { titleFontWeight: 'normal', labelFontSize: 12, orient: 'bottom', title: null },
      view: { stroke: null },
    },
  } as unknown as TopLevelSpec; // the layers are built as plain objects; vega-lite checks them when it compiles
}

/** The budget axis with the description's tick labels (looked up, not reformatted). */
function budgetAxis(title: string, ticks: Tick[], orient: 'bottom' | 'top'): Layer {
  return { title, orient, values: ticks.map((tick) => tick.compute), labelExpr: labelLookup(ticks), labelFlush: true };
}

function labelLookup(ticks: Tick[]): string {
  return ticks.reduceRight(
    (rest, tick) =>
      `abs(log(datum.value) - ${Math.log(tick.compute)}) < 1e-6 ? ${JSON.stringify(tick.label)} : ${rest}`,
    "''",
  );
}

function evidenceLayers(chart: ChartDescription, x: Layer): Layer[] {
  if (chart.evidence.intervals.length === 0) return [];
  const values = chart.evidence.intervals.map(([from, to]) => ({
    compute: from,
    to,
    label: chart.evidence.label.text,
  }));
  return [
    {
      data: { values },
      mark: { type: 'rect', color: '#9e9e9e', opacity: 0.14 },
      encoding: { x, x2: { field: 'to' } },
    },
    {
      data: { values },
      mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, y: { expr: 'height' }, dy: -4, color: '#616161' },
      encoding: { x, text: { field: 'label' } },
    },
  ];
}

function curveLayer(chart: ChartDescription, x: Layer, y: Layer): Layer {
  const { distilled, direct } = chart.series;
  const values = chart.points.flatMap((point) => [
    { compute: point.compute, loss: point.distilLoss, series: distilled.label.text },
    { compute: point.compute, loss: point.supervisedLoss, series: direct.label.text },
  ]);
  return {
    data: { values },
    mark: { type: 'line', strokeWidth: 3, interpolate: 'monotone', clip: true },
    encoding: {
      x: { ...x, axis: budgetAxis(chart.axes.budget.text, chart.computeTicks, 'bottom') },
      y: { ...y, axis: { title: chart.axes.loss.text, format: '.2f' } },
      color: {
        field: 'series',
        type: 'nominal',
        scale: { domain: [distilled.label.text, direct.label.text], range: [distilled.colour, direct.colour] },
      },
    },
  };
}

/** Vertical rules at today's budget and each flip, dots where they meet the curves, and their labels. */
function markerLayers(chart: ChartDescription, x: Layer, y: Layer): Layer[] {
  const { today } = chart;
  const todayDots = [today.distilLoss, today.supervisedLoss].map((loss) => ({ compute: today.compute, loss }));
  // Labels stacked from the top, one row each, so close markers do not overprint.
  const labelled = [today, ...chart.flips].map((marker, i) => ({
    ...marker,
    label: marker.label.text,
    top: 12 + 16 * i,
  }));
  const [todayLabel, ...flipLabels] = labelled;
  return [
    ...markerLayer([todayLabel!], todayDots, { colour: MARKER_COLOURS.today, dash: [] }, x, y),
    ...(chart.flips.length
      ? markerLayer(flipLabels, chart.flips, { colour: MARKER_COLOURS.flip, dash: [6, 4] }, x, y)
      : []),
  ];
}

function markerLayer(
  labels: Array<{ compute: number; label: string; top: number }>,
  dots: Array<{ compute: number; loss: number }>,
  style: { colour: string; dash: number[] },
  x: Layer,
  y: Layer,
): Layer[] {
  return [
    {
      data: { values: labels },
      mark: { type: 'rule', strokeWidth: 1.5, color: style.colour, strokeDash: style.dash },
      encoding: { x },
    },
    {
      data: { values: dots },
      mark: { type: 'point', filled: true, size: 70, color: style.colour, opacity: 1 },
      encoding: { x, y },
    },
    {
      data: { values: labels },
      mark: { type: 'text', align: 'left', dx: 5, fontSize: 12, color: style.colour },
      encoding: { x, y: { field: 'top', type: 'quantitative', scale: null }, text: { field: 'label' } },
    },
  ];
}

/** An invisible layer that only carries the money axis on top (same log scale, money tick labels). */
function moneyAxisLayer(title: string, ticks: Tick[], x: Layer): Layer {
  return {
    data: { values: [{ compute: ticks[0]?.compute ?? 1 }] },
    mark: { type: 'point', opacity: 0 },
    encoding: { x: { ...x, axis: { ...budgetAxis(title, ticks, 'top'), grid: false } } },
  };
}
