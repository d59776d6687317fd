/**
 * The chart font is the subset scripts/chart-font.ts cuts from Noto Sans JP: it holds every character a chart can
 * draw (render/chart-glyphs.ts: both languages' chart words, price kinds, number and money formatting) and is a small
 * fraction of the 5.4 MB face resvg would otherwise parse on every render.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chartWords } from '../../messages/index.js';
import { CHART_FONT_FILE } from '../../render/chart.js';
import { chartCodePoints } from '../../render/chart-glyphs.js';
import { fontCoverage } from '../helpers/cmap.js';

describe('the chart font subset', () => {
  const covers = fontCoverage(readFileSync(CHART_FONT_FILE));

  it('is the repository subset, not the whole face', () => {
    expect(CHART_FONT_FILE).toMatch(/render[\\/]fonts[\\/]NotoSansJP-chart\.ttf$/);
    expect(statSync(CHART_FONT_FILE).size).toBeLessThan(400 * 1024);
  });

  it('holds every character the chart words and formatting use (rerun npm run chart:font if this fails)', () => {
    const face = fontCoverage(
      readFileSync(
        createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
      ),
    );
    const wanted = chartCodePoints();
    expect(wanted.filter((point) => point > 0x3000).length).toBeGreaterThan(50);
    // Every wanted character the whole face has (a few punctuation marks of the blocks it lacks stay out).
    const missing = wanted.filter((point) => face(point) && !covers(point));
    expect(missing.map((point) => String.fromCodePoint(point))).toEqual([]);
  });

  it('covers a Japanese chart sentence with parameters filled in, and nothing outside the chart words', () => {
    const words = chartWords('ja');
    const sample = [
      words('chart.title', { student: '10億', teacher: words('chart.teacher.shared', { students: '8' }) }),
      words('chart.flip', { compute: '1.7e21' }),
      words('chart.axis.budget', {}),
      words('chart.evidence', {}),
      '1.2億円 ¥450 €3 £2 〜 − ×',
    ].join('');
    expect([...sample].filter((character) => !covers(character.codePointAt(0)!))).toEqual([]);
    // Characters no chart word uses are left out (the check can fail).
    expect(['鬱', '한', '🙂'].filter((character) => covers(character.codePointAt(0)!))).toEqual([]);
  });
});
