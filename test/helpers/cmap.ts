/**
 * Which characters a TrueType/OpenType font has glyphs for, read from its
 * cmap table (formats 4 and 12): a label with a character outside it would
 * render as a tofu box.
 */
export function fontCoverage(font: Buffer): (codePoint: number) => boolean {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const subtables = font.readUInt16BE(cmap + 2);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + 8 * i);
    const offset = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    if (platform !== 0 && platform !== 3) continue;
    const format = font.readUInt16BE(offset);
    if (format === 12) ranges.push(...format12(font, offset));
    if (format === 4) ranges.push(...format4(font, offset));
  }
  return (codePoint) => ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

function format12(font: Buffer, offset: number): Array<[number, number]> {
  const groups = font.readUInt32BE(offset + 12);
  return Array.from({ length: groups }, (_, i) => {
    const group = offset + 16 + 12 * i;
    return [font.readUInt32BE(group), font.readUInt32BE(group + 4)] as [number, number];
  });
}

/** Segments whose glyph ids are not all 0 (format 4's last segment, 0xFFFF, maps to nothing). */
function format4(font: Buffer, offset: number): Array<[number, number]> {
  const segments = font.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + 2 * segments + 2;
  return Array.from(
    { length: segments },
    (_, i) => [font.readUInt16BE(starts + 2 * i), font.readUInt16BE(ends + 2 * i)] as [number, number],
  ).filter(([start]) => start !== 0xffff);
}
