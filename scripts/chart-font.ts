/**
 * Cuts the chart font: Noto Sans JP Regular (OFL, from @expo-google-fonts/noto-sans-jp) reduced to the glyphs a
 * chart can draw (render/chart-glyphs.ts), written to render/fonts/NotoSansJP-chart.ttf. resvg parses the font it is
 * given on every render; the whole face is 5.4 MB, the subset a few hundred KB. Run after changing the chart's
 * words: `npm run chart:font` (test/chart/font.test.ts fails until then).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { chartCodePoints } from '../render/chart-glyphs.js';

const source = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
);
const out = join(import.meta.dirname, '..', 'render', 'fonts', 'NotoSansJP-chart.ttf');
const text = String.fromCodePoint(...chartCodePoints());
const subset = await subsetFont(readFileSync(source), text, { targetFormat: 'truetype' });
writeFileSync(out, subset);
console.log(`${out}: ${(subset.length / 1024).toFixed(0)} KB, ${[...text].length} characters`);
