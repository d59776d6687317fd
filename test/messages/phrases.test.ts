/** The answer phrases faces share: both languages word each, and the Japanese ones are Japanese. */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../messages/index.js';
import { expectJapanese } from '../helpers/japanese.js';

describe('answer phrases', () => {
  it('say what a cost band means, high MFU first (it gives the low cost)', () => {
    const band = { low: 0.5, base: 0.4, high: 0.3 };
    expect(CATALOGUES.en.phrases.costBand(band)).toBe('if MFU is 40% (50%…30%)');
    expect(CATALOGUES.ja.phrases.costBand(band)).toBe('MFU が 40% の場合（範囲は MFU 50%〜30%）');
    expect(CATALOGUES.en.phrases.costBand({ low: 0.4375, base: 0.35, high: 0.2625 })).toBe(
      'if MFU is 35% (43.8%…26.3%)',
    );
    expectJapanese(CATALOGUES.ja.phrases.costBandByPart(), 'costBandByPart');
  });
});
