/**
 * Draws a chart description in Node: Vega-Lite → Vega → SVG, and resvg for
 * PNG. The font ships in an npm package (Noto Sans JP, OFL), so nothing is
 * downloaded at run time and Japanese labels render the same on every host.
 *
 * One weight only (Regular): each Noto Sans JP face is 5.4 MB and resvg
 * parses every face it is given on each render (~85 ms here), so a second
 * weight would double the PNG time for titles that differ by size anyway.
 * The font goes in as a file path: resvg-js 2.6's `fontBuffers` is ~7× slower
 * for a font this size and fell back to another face in our trial.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { ChartDescription } from '../core/index.js';
import { CHART_FONT_FAMILY, type ChartSize, DEFAULT_SIZE, vegaLiteSpec } from './spec.js';

export const CHART_FONT_FILE = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
);

export type ChartFormat = 'svg' | 'png';

export async function chartSvg(chart: ChartDescription, size: ChartSize = DEFAULT_SIZE): Promise<string> {
  const view = new View(parse(compile(vegaLiteSpec(chart, size)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function chartPng(chart: ChartDescription, size: ChartSize = DEFAULT_SIZE): Promise<Buffer> {
  return svgToPng(await chartSvg(chart, size), size.width);
}

export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export async function renderChart(chart: ChartDescription, format: ChartFormat, size?: ChartSize): Promise<Buffer> {
  return format === 'png' ? chartPng(chart, size) : Buffer.from(await chartSvg(chart, size), 'utf8');
}
