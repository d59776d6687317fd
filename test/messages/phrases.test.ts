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

  it('word a law’s interval and a decision under the plausible laws in both languages', () => {
    const interval = {
      low: '2.3101',
      high: '2.3405',
      samples: 200,
      basis: ['bootstrap', 'figure-1-residuals'] as const,
    };
    expect(CATALOGUES.en.phrases.lawInterval(interval)).toBe(
      '2.3101–2.3405 nats/token over 200 plausible laws (bootstrap, figure-1-residuals)',
    );
    expect(CATALOGUES.ja.phrases.lawInterval(interval)).toBe(
      '2.3101〜2.3405 nats/トークン（妥当な法則 200 通り、ブートストラップ、論文の図1の残差）',
    );
    const decision = { share: 0.57, samples: 200, distil: '2.1010–2.1200', direct: '2.0990–2.1150' };
    expect(CATALOGUES.en.phrases.plausibleDecision(decision)).toBe(
      'distil wins in 57% of 200 (90%: distilled 2.1010–2.1200, direct 2.0990–2.1150)',
    );
    expectJapanese(CATALOGUES.ja.phrases.plausibleDecision(decision), 'plausibleDecision');
    expect(CATALOGUES.ja.phrases.plausibleDecision(decision)).toContain('200 通りのうち 57% で蒸留が勝ちます');
  });
});
