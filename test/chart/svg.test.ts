/**
 * The small SVG writer (for the Sheets sidebar, where Vega does not go): the
 * same series as the description, point for point, mapped to pixels by the
 * log-budget and linear-loss scales recomputed here; every label present.
 */
import { describe, expect, it } from 'vitest';
import { chartSvgOf, describeChart } from '../../core/index.js';
import { chartWords } from '../../messages/index.js';
import { chartTexts } from '../helpers/chartLabels.js';

const chart = describeChart(
  { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 } },
  { lang: 'ja', words: chartWords('ja'), cost: { gpu: 'h100', currency: 'JPY', rate: 150 } },
);
const size = { width: 276, height: 240 };
const svg = chartSvgOf(chart, size);

function pathPoints(colour: string): Array<[number, number]> {
  const d = new RegExp(`<path d="([^"]+)" fill="none" stroke="${colour}"`).exec(svg)![1]!;
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, px, py]) => [Number(px), Number(py)]);
}

describe('chart SVG writer', () => {
  it('draws both curves through every described point', () => {
    const distilled = pathPoints(chart.series.distilled.colour);
    const direct = pathPoints(chart.series.direct.colour);
    expect(distilled).toHaveLength(chart.points.length);
    expect(direct).toHaveLength(chart.points.length);
    // Budgets on a log scale: pixel x is affine in log(compute), fitted on the first and last points.
    const [low, high] = [chart.points[0]!.compute, chart.points.at(-1)!.compute];
    const [left, right] = [distilled[0]![0], distilled.at(-1)![0]];
    // Losses on a linear scale, lower loss higher up: pixel y is affine in loss with a negative slope.
    const samples = chart.points.flatMap(
      (point, i): Array<[number, number]> => [
        [point.distilLoss, distilled[i]![1]],
        [point.supervisedLoss, direct[i]![1]],
      ],
    );
    const [l0, y0] = samples[0]!;
    const [l1, y1] = samples.reduce((a, b) => (Math.abs(b[0] - l0) > Math.abs(a[0] - l0) ? b : a));
    const slope = (y1 - y0) / (l1 - l0);
    expect(slope).toBeLessThan(0);
    chart.points.forEach((point, i) => {
      const fraction = Math.log(point.compute / low) / Math.log(high / low);
      expect(Math.abs(distilled[i]![0] - (left + fraction * (right - left)))).toBeLessThan(0.15);
      expect(direct[i]![0]).toBe(distilled[i]![0]);
    });
    for (const [loss, py] of samples) expect(Math.abs(py! - (y0 + slope * (loss! - l0)))).toBeLessThan(0.2);
  });

  it('writes every label, escaped, and no non-number', () => {
    // The title may wrap onto two lines after its comma.
    for (const part of chart.title.text.split('、')) expect(svg).toContain(part);
    const money = chart.money!.title.text;
    for (const label of chartTexts(chart).slice(1)) if (label !== money) expect(svg).toContain(label);
    // The money axis names its price (provider, kind, date): too wide for the sidebar, it wraps near its middle.
    const lines = [...svg.matchAll(/<text [^>]*>(費用[^<]*|[^<]*MFU 40%）)<\/text>/g)].map((match) => match[1]);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(money);
    expect(money).toContain('lambda オンデマンド 2026-10-06 時点');
    expect(svg).toContain('判定が変わる予算');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="276" height="240"`)).toBe(true);
  });
});
