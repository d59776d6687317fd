/**
 * The characters a chart can draw, from which scripts/chart-font.ts cuts the chart font (a subset of Noto Sans JP
 * Regular): every character of the chart's words in both languages (messages/ chartWords, with the price kinds the
 * money axis names), every character core's number and money formatting writes (万, 億, 円, ¥, €, …), printable
 * ASCII and Latin-1, and the punctuation blocks Japanese and English text use. Node only (reads sources).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES } from '../messages/index.js';

const ROOT = join(import.meta.dirname, '..');

/** Sources whose string literals are formatted numbers and money (their non-ASCII characters all count). */
const FORMATTING_SOURCES = ['core/format.ts', 'core/cost/format.ts', 'core/cost/currency.ts'];

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // printable ASCII
  [0xa0, 0xff], // Latin-1 (¥, £, ×, ·, °)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, angle quotes
  [0x20a0, 0x20bf], // currency signs (€, ₩)
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign
  [0x3000, 0x301f], // CJK punctuation (、。「」〜)
];

/** Its non-ASCII characters, \u escapes decoded (a compiled function's source may spell its text that way). */
function nonAscii(text: string): string[] {
  const decoded = text.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, long, short) =>
    String.fromCodePoint(Number.parseInt(long ?? short, 16)),
  );
  return [...decoded].filter((character) => character.codePointAt(0)! > 0x7e);
}

/** Every code point the chart font holds, ascending. */
export function chartCodePoints(): number[] {
  const points = new Set<number>();
  for (const [start, end] of RANGES) for (let point = start; point <= end; point++) points.add(point);
  const add = (text: string) => {
    for (const character of nonAscii(text)) points.add(character.codePointAt(0)!);
  };
  for (const catalogue of Object.values(CATALOGUES)) {
    // A word's function source holds all its fixed text (parameters are numbers and names formatted elsewhere).
    for (const word of Object.values(catalogue.chart)) add(String(word));
    for (const kind of Object.values(catalogue.answer.priceKind)) add(String(kind));
  }
  for (const file of FORMATTING_SOURCES) add(readFileSync(join(ROOT, file), 'utf8'));
  return [...points].sort((a, b) => a - b);
}
