/**
 * The budget sheet's words (messages/sheet.ts): every Japanese label is Japanese (no English sentence), and both
 * languages give the same set of labels, so a yen sheet opens fully in Japanese.
 */
import { describe, expect, it } from 'vitest';
import { SHEET_WORDS, type SheetWords } from '../../messages/index.js';
import { expectJapanese } from '../helpers/japanese.js';

/** Every label of a language, functions called with a yen sheet's arguments. */
function labels(words: SheetWords): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(words)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) for (const [i, heading] of value.entries()) out[`${key}.${i}`] = heading;
    else if (key === 'rate') out[key] = value('JPY', 'DISTILPLAN_RATE');
    else if (key === 'rateUnreadable') out[key] = value('about 150', 'JPY');
    else out[key] = value('JPY');
  }
  return out;
}

describe('the budget sheet in Japanese', () => {
  it('has every label English has, each in Japanese', () => {
    const ja = labels(SHEET_WORDS.ja);
    expect(Object.keys(ja).sort()).toEqual(Object.keys(labels(SHEET_WORDS.en)).sort());
    for (const [key, text] of Object.entries(ja)) {
      // Headings that are units or product words (GPU, MFU, FLOP) carry no Japanese script of their own.
      if (['gpu', 'mfu', 'headings.1'].includes(key)) continue;
      expectJapanese(text, key);
    }
  });

  it('a yen sheet says yen, not JPY, in its words; a USD sheet has a blank rate', () => {
    expect(SHEET_WORDS.ja.flipMoney('JPY')).toBe('判定が変わる予算（円）');
    expect(SHEET_WORDS.ja.rate('JPY', 'DISTILPLAN_RATE')).toContain('1米ドルあたりの円と設定日');
    expect(SHEET_WORDS.en.rate('USD', 'DISTILPLAN_RATE')).toBe('Rate (blank for USD; named DISTILPLAN_RATE)');
  });
});
