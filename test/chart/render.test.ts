/**
 * The Node renderer: a PNG of the requested size, decoded here, with both
 * curves drawn in their colours; every label of the description in the SVG;
 * Japanese labels made only of characters the shipped font has glyphs for.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ChartDescription, describeChart } from '../../core/index.js';
import { chartWords } from '../../messages/index.js';
import { CHART_FONT_FILE, chartPng, chartSvg } from '../../render/chart.js';
import { chartTexts } from '../helpers/chartLabels.js';
import { fontCoverage } from '../helpers/cmap.js';
import { countColour, decodePng } from '../helpers/png.js';

const request = {
  studentParams: 1e9,
  compute: 9.53e22,
  teacher: { kind: 'none' as const, students: 8 },
};

/** SVG text content with the five XML escapes undone. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) =>
    text!
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
}

describe('chart rendering', () => {
  let en: ChartDescription;
  let ja: ChartDescription;
  beforeAll(() => {
    en = describeChart(request, { words: chartWords('en'), cost: { gpu: 'h100' } });
    ja = describeChart(request, {
      lang: 'ja',
      words: chartWords('ja'),
      cost: { gpu: 'h100', currency: 'JPY', rate: 150 },
    });
  });

  it('writes a PNG of the requested size with both curves in their colours', async () => {
    const image = decodePng(await chartPng(en, { width: 640, height: 400 }));
    expect([image.width, image.height]).toEqual([640, 400]);
    expect(countColour(image, en.series.distilled.colour)).toBeGreaterThan(300);
    expect(countColour(image, en.series.direct.colour)).toBeGreaterThan(300);
    expect(countColour(image, '#FFFFFF', 0)).toBeLessThan(image.width * image.height * 0.97);
  }, 120_000);

  it('puts every label of the description in the SVG, in the shipped font', async () => {
    for (const chart of [en, ja]) {
      const svg = await chartSvg(chart);
      const texts = svgTexts(svg);
      for (const label of chartTexts(chart)) expect(texts, label).toContain(label);
      const families = new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map(([, family]) => family));
      expect([...families]).toEqual(['Noto Sans JP']);
    }
  });

  it('draws Japanese labels with glyphs the font has (no tofu)', () => {
    const covers = fontCoverage(readFileSync(CHART_FONT_FILE));
    const characters = new Set(chartTexts(ja).join(''));
    expect([...characters].some((character) => character.codePointAt(0)! > 0x3000)).toBe(true);
    const missing = [...characters].filter((character) => !covers(character.codePointAt(0)!));
    expect(missing).toEqual([]);
    // The check can fail: Hangul and emoji are not in Noto Sans JP.
    expect(['한', '🙂'].filter((character) => covers(character.codePointAt(0)!))).toEqual([]);
  });

  it('renders Japanese text as ink, not as empty boxes, at the default size', async () => {
    const image = decodePng(await chartPng(ja));
    expect([image.width, image.height]).toEqual([800, 450]);
    // The title row (top 30 px) holds only the Japanese title: dark text pixels prove glyphs were drawn.
    let ink = 0;
    for (let i = 0; i < image.width * 30 * 4; i += 4) if (image.pixels[i]! < 100) ink++;
    expect(ink).toBeGreaterThan(500);
  }, 120_000);
});
