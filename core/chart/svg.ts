/**
 * A small SVG writer over the chart description, for places Vega cannot go:
 * the Sheets sidebar is served by Apps Script, which would load Vega and
 * Vega-Lite (~1.3 MB minified, 6× the add-on's whole bundle) on every custom
 * function call. It draws the same series, markers, band and axes as the
 * Vega-Lite spec (render/spec.ts), from the same description; it computes no
 * number of its own beyond mapping them to pixels.
 */
import type { ChartDescription } from './describe.js';

export interface SvgSize {
  width: number;
  height: number;
}

const FONT = "'Noto Sans JP', Arial, Helvetica, sans-serif";
const MARGIN = { left: 40, right: 8 };

export function chartSvgOf(chart: ChartDescription, size: SvgSize): string {
  const title = titleLines(chart.title.text, size.width - 8);
  const moneyTitle = chart.money ? wrapNearMiddle(chart.money.title.text, size.width - MARGIN.left - MARGIN.right) : [];
  const top = (chart.money ? 44 + 11 * (moneyTitle.length - 1) : 28) + 11 * (title.length - 1);
  const bottom = 62;
  const plot = {
    x: MARGIN.left,
    y: top,
    width: size.width - MARGIN.left - MARGIN.right,
    height: size.height - top - bottom,
  };
  const [low, high] = chart.domain.compute;
  const [lossLow, lossHigh] = chart.domain.loss;
  const x = (compute: number): number =>
    plot.x + ((Math.log(compute) - Math.log(low)) / (Math.log(high) - Math.log(low))) * plot.width;
  const y = (loss: number): number => plot.y + (1 - (loss - lossLow) / (lossHigh - lossLow)) * plot.height;
  const parts = [
    `<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>`,
    ...title.map((line, i) => text(4, 13 + 12 * i, line, { size: 10, anchor: 'start' })),
    ...chart.evidence.intervals.map(
      ([from, to]) =>
        `<rect x="${n(x(from))}" y="${n(plot.y)}" width="${n(x(to) - x(from))}" height="${n(plot.height)}" fill="#9e9e9e" fill-opacity="0.14"/>`,
    ),
    ...chart.evidence.intervals
      .slice(0, 1)
      .map(([from]) =>
        text(x(from) + 3, plot.y + plot.height - 3, chart.evidence.label.text, { anchor: 'start', colour: '#616161' }),
      ),
    ...lossTicks(lossLow, lossHigh).flatMap((loss) => [
      line(plot.x, y(loss), plot.x + plot.width, y(loss), '#dddddd'),
      text(plot.x - 3, y(loss) + 3, loss.toFixed(2), { anchor: 'end' }),
    ]),
    ...chart.computeTicks.flatMap((tick) => [
      line(x(tick.compute), plot.y, x(tick.compute), plot.y + plot.height, '#dddddd'),
      text(x(tick.compute), plot.y + plot.height + 11, tick.label, {}),
    ]),
    ...(chart.money
      ? [
          ...chart.money.ticks.map((tick) => text(x(tick.compute), plot.y - 4, tick.label, {})),
          ...moneyTitle.map((line, i) =>
            text(plot.x + plot.width / 2, plot.y - 17 - 11 * (moneyTitle.length - 1 - i), line, {}),
          ),
        ]
      : []),
    text(plot.x + plot.width / 2, plot.y + plot.height + 24, chart.axes.budget.text, {}),
    `<text transform="translate(10 ${n(plot.y + plot.height / 2)}) rotate(-90)" ${attrs({})}>${escapeXml(chart.axes.loss.text)}</text>`,
    `<g clip-path="url(#plot)">`,
    curve(
      chart.points.map((point) => [x(point.compute), y(point.distilLoss)]),
      chart.series.distilled.colour,
    ),
    curve(
      chart.points.map((point) => [x(point.compute), y(point.supervisedLoss)]),
      chart.series.direct.colour,
    ),
    `</g>`,
    ...markers(chart, x, y, plot),
    ...legend(chart, plot.x, size.height - 12),
  ];
  const clip = `<clipPath id="plot"><rect x="${n(plot.x)}" y="${n(plot.y)}" width="${n(plot.width)}" height="${n(plot.height)}"/></clipPath>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label="${escapeXml(chart.alt.text)}">`,
    `<defs>${clip}</defs>`,
    ...parts,
    '</svg>',
  ].join('');
}

function markers(
  chart: ChartDescription,
  x: (compute: number) => number,
  y: (loss: number) => number,
  plot: { x: number; y: number; width: number; height: number },
): string[] {
  const { today } = chart;
  const rows = [
    { compute: today.compute, label: today.label.text, colour: '#000000', dash: '' },
    ...chart.flips.map((flip) => ({ compute: flip.compute, label: flip.label.text, colour: '#D55E00', dash: '5 3' })),
  ];
  const dots = [
    ...[today.distilLoss, today.supervisedLoss].map((loss) => ({ compute: today.compute, loss, colour: '#000000' })),
    ...chart.flips.map((flip) => ({ compute: flip.compute, loss: flip.loss, colour: '#D55E00' })),
  ];
  return [
    ...rows.flatMap((row, i) => {
      // Labels sit right of their rule, or left of it in the right half, so they stay inside the picture.
      const right = x(row.compute) < plot.x + plot.width / 2;
      const at = x(row.compute) + (right ? 3 : -3);
      return [
        line(x(row.compute), plot.y, x(row.compute), plot.y + plot.height, row.colour, row.dash),
        text(at, plot.y + 10 + 11 * i, row.label, { anchor: right ? 'start' : 'end', colour: row.colour }),
      ];
    }),
    ...dots.map((dot) => `<circle cx="${n(x(dot.compute))}" cy="${n(y(dot.loss))}" r="3" fill="${dot.colour}"/>`),
  ];
}

function legend(chart: ChartDescription, left: number, baseline: number): string[] {
  const { distilled, direct } = chart.series;
  const second = left + 16 + 8 * distilled.label.text.length + 24;
  return [
    line(left, baseline - 3, left + 12, baseline - 3, distilled.colour, '', 2.5),
    text(left + 16, baseline, distilled.label.text, { anchor: 'start' }),
    line(second, baseline - 3, second + 12, baseline - 3, direct.colour, '', 2.5),
    text(second + 16, baseline, direct.label.text, { anchor: 'start' }),
  ];
}

/** The title on one line, or two split after its comma when it would not fit (widths estimated: full-width 1 em). */
function titleLines(title: string, width: number): string[] {
  const ems = [...title].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0);
  const cut = Math.max(title.lastIndexOf(', '), title.lastIndexOf('、'));
  if (ems * 10 <= width || cut < 0) return [title];
  return [title.slice(0, cut + 1), title.slice(cut + 1).trim()];
}

/** A label too wide for `width` in two lines, broken at the ", ", " (" or "、" nearest its middle. */
function wrapNearMiddle(label: string, width: number): string[] {
  const ems = [...label].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0);
  if (ems * 10 <= width) return [label];
  const breaks = [...label.matchAll(/, | \(|、/g)].map(
    (match) => match.index! + (match[0] === ' (' ? 0 : match[0].length),
  );
  if (breaks.length === 0) return [label];
  const cut = breaks.reduce((best, at) =>
    Math.abs(at - label.length / 2) < Math.abs(best - label.length / 2) ? at : best,
  );
  return [label.slice(0, cut).trim(), label.slice(cut).trim()];
}

/** Loss grid lines at a step of 0.05, 0.1, 0.2 or 0.5 nats: four to eight of them. */
function lossTicks(low: number, high: number): number[] {
  const step = [0.05, 0.1, 0.2, 0.5, 1].find((candidate) => (high - low) / candidate <= 8) ?? 2;
  const ticks: number[] = [];
  for (let k = Math.ceil(low / step); k * step <= high; k++) ticks.push(Number((k * step).toFixed(2)));
  return ticks;
}

function curve(points: Array<[number, number]>, colour: string): string {
  const d = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${n(px)},${n(py)}`).join('');
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, colour: string, dash = '', width = 1): string {
  const dashed = dash ? ` stroke-dasharray="${dash}"` : '';
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${colour}" stroke-width="${width}"${dashed}/>`;
}

interface TextStyle {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  colour?: string;
}

function attrs(style: TextStyle): string {
  return `font-family="${FONT}" font-size="${style.size ?? 9}" text-anchor="${style.anchor ?? 'middle'}" fill="${style.colour ?? '#202124'}"`;
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs(style)}>${escapeXml(content)}</text>`;
}

/** Pixels to 0.1 px: short output, and no exponent notation in attributes. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function escapeXml(content: string): string {
  return content
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
