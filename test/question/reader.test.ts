/** The question reader over the table: each question reads to its hand-written values, intent and unread words. */
import { describe, expect, it } from 'vitest';
import {
  commandOf,
  foldKanjiNumerals,
  foldScaledCount,
  isNoTeacher,
  PARAMS_LIMITS,
  parseCount,
  readField,
  readQuestion,
  TOKENS_LIMITS,
} from '../../core/index.js';
import { countJa } from '../../messages/index.js';
import { ENGLISH, JAPANESE, type Row, TABLE_TODAY } from './table.js';

const sorted = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${v}`).sort();

describe('the question table', () => {
  it('holds at least 60 questions, half Japanese and half English', () => {
    expect(ENGLISH.length + JAPANESE.length).toBeGreaterThanOrEqual(60);
    expect(Math.abs(ENGLISH.length - JAPANESE.length)).toBeLessThanOrEqual(2);
    for (const row of JAPANESE) expect(row.q).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
  });

  it.each([...ENGLISH, ...JAPANESE].map((row) => [row.q, row] as [string, Row]))('%s', (_q, row) => {
    const reading = readQuestion(row.q, { today: TABLE_TODAY });
    expect(reading.intent).toBe(row.intent);
    expect(sorted(reading.values.map((value) => [value.key, value.value]))).toEqual(sorted(row.values));
    expect(reading.unread).toEqual(row.unread ?? []);
    if (row.lang) expect(reading.lang).toBe(row.lang);
    // The same question twice reads the same way (no state, no randomness).
    expect(commandOf(readQuestion(row.q, { today: TABLE_TODAY }))).toBe(commandOf(reading));
    // A date deadline carries the days until it, counted from the face's today.
    if (row.days !== undefined) expect(reading.values.find((value) => value.key === 'deadline')?.days).toBe(row.days);
  });
});

describe('number forms', () => {
  it('folds kanji numerals, keeping 万/億/兆 as units and digits before kanji as typed', () => {
    expect(foldKanjiNumerals('五百万円')).toBe('500万円');
    expect(foldKanjiNumerals('三千万')).toBe('3000万');
    expect(foldKanjiNumerals('七十億')).toBe('70億');
    expect(foldKanjiNumerals('一億五千万円')).toBe('1.5億円');
    expect(foldKanjiNumerals('3百万円')).toBe('3百万円');
    expect(foldKanjiNumerals('二兆')).toBe('2兆');
  });

  it('reads every count form an answer prints back to the same number', () => {
    // Forms the answers write (10億パラメータ, 9700億トークン, 34.6億, 1.5兆) and English scale words.
    expect(foldScaledCount('10億')).toBe('1B');
    expect(foldScaledCount('9700億')).toBe('970B');
    expect(foldScaledCount('34.6億')).toBe('3.46B');
    expect(foldScaledCount('1.5兆')).toBe('1.5T');
    expect(foldScaledCount('7 billion')).toBe('7B');
    expect(foldScaledCount('2兆')).toBe('2T');
    // 9.7 × 1e8 is 969999999.9999999 in binary: the count is shifted in decimal, never multiplied.
    expect(foldScaledCount('9.7億')).toBe('970M');
    expect(commandOf(readQuestion('9.7億パラメータのモデル、予算$50k'))).toBe('decide student=970M 予算=$50k');
    // Every size and token count a Japanese answer can print (countJa, up to the 10京 of the token limit's
    // message), read back as the count parser reads it, is the number printed.
    const seen = new Set<string>();
    for (let exponent = 6; exponent <= 17; exponent++)
      for (const mantissa of [1, 1.5, 2.34, 3.46, 6.98, 9.7, 9.99]) {
        const value = mantissa * 10 ** exponent;
        if (value > (TOKENS_LIMITS.max ?? 0) || value < (PARAMS_LIMITS.min ?? 0)) continue;
        const printed = countJa(value);
        seen.add(printed.replace(/[\d.]/g, ''));
        const folded = foldScaledCount(printed);
        expect(folded, printed).toBeDefined();
        expect(parseCount('studentParams', folded), printed).toBe(Number(value.toPrecision(3)));
      }
    expect([...seen].sort()).toEqual(['万', '京', '億', '兆'].sort());
    expect(commandOf(readQuestion('2京トークンで学習した70億の教師から1B、予算$50k'))).toBe(
      'decide teacher-tokens=20000T 教師=7B student=1B 予算=$50k',
    );
  });

  it('never reads a size glued to another word, and names unknown models back', () => {
    expect(readQuestion('precision1B $50k').unread).toEqual(['precision1B']);
    expect(readQuestion('1B from Llama 13B with $5k').unread).toEqual(['Llama 13B']);
  });

  it('reads the same after an emoji or an astral kanji (𠮷) as without one', () => {
    // Characters outside the BMP are two UTF-16 units: the spans read must line up with the text they blank.
    const plain = readQuestion('1B model with $50k budget from Llama 8B');
    for (const prefix of ['😀 ', '🙏🙏 ', '𠮷 ']) {
      const reading = readQuestion(`${prefix}1B model with $50k budget from Llama 8B`);
      expect(commandOf(reading)).toBe(commandOf(plain));
      expect(reading.unread).toEqual([prefix.trim()]);
    }
    expect(commandOf(readQuestion('𠮷 1Bモデル 予算$50k'))).toBe('decide student=1B 予算=$50k');
  });

  it('keeps a typed value when it is repeated as a second student (a compare), never dropping one', () => {
    const reading = readQuestion('生徒=1B 予算=$50k 3B');
    expect(reading.intent).toBe('compare');
    expect(reading.values.filter((value) => value.key === 'student').map((value) => value.value)).toEqual(['1B', '3B']);
  });

  it('reads every way of saying "no teacher" to a value each face takes as none', () => {
    for (const typed of ['none', 'None', 'no', 'なし', '無し', 'いない', 'ない', '不要', 'ＮＯＮＥ'])
      expect(isNoTeacher(readField('teacher', typed)), typed).toBe(true);
    for (const typed of ['7B@2T', 'Llama-3.1-8B', '70億@2兆', 'nobody'])
      expect(isNoTeacher(readField('teacher', typed)), typed).toBe(false);
    const reading = readQuestion('1B student, $50k budget, no teacher');
    expect(isNoTeacher(reading.values.find((value) => value.key === 'teacher')!.value)).toBe(true);
  });
});

describe('a first word that only an object prototype knows', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is no subcommand', (word) => {
    const reading = readQuestion(`${word} student=1B budget=$20k`);
    expect(typeof reading.intent).toBe('string');
    expect(reading.subcommand).toBeUndefined();
  });
});
