/**
 * Draws a chart description in Node: Vega-Lite → Vega → SVG, and resvg for
 * PNG. The font ships in the repository (Noto Sans JP Regular, OFL, cut to the
 * glyphs a chart can draw by scripts/chart-font.ts), so nothing is downloaded
 * at run time and Japanese labels render the same on every host.
 *
 * resvg-js 2.6 keeps no font database between renders: it parses the fonts it
 * is given on every render. The whole face (5.4 MB) took ~85 ms of each PNG;
 * the ~100 KB subset renders as fast as no font at all. It goes in as a path:
 * `fontBuffers` measured ~3× slower than the same subset as a file.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { ChartDescription } from '../core/index.js';
import { CHART_FONT_FAMILY, type ChartSize, DEFAULT_SIZE, vegaLiteSpec } from './spec.js';

const CHART_FONT_NAME = 'NotoSansJP-chart.ttf';

/**
 * render/fonts/ beside this file, or (in a bundle under dist/) the package's render/fonts/ a few folders up.
 */
function findChartFont(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    for (const candidate of [join(folder, 'fonts', CHART_FONT_NAME), join(folder, 'render', 'fonts', CHART_FONT_NAME)])
      if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  throw new Error(`the chart font ${CHART_FONT_NAME} is missing: run npm run chart:font`);
}

/** Found once per process. */
export const CHART_FONT_FILE = findChartFont();

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
