/**
 * The question form's hints show values to copy (1B, 10億, 300万円, 70億@2兆, Llama-3.1-8B, なし): each one,
 * read as the form reads its field (readField) and parsed as the answer parses it, is accepted, in both
 * languages. A hint that showed a form the reader refuses would fail here.
 */
import { describe, expect, it } from 'vitest';
import {
  isNoTeacher,
  PARAMS_LIMITS,
  parseBudget,
  parseCount,
  parseTeacherSpec,
  type QuestionKey,
  readField,
} from '../../core/index.js';
import { FORM_WORDS } from '../../messages/index.js';

/** The example values in a hint: the note after — or in brackets dropped, split at commas, 、 and "or". */
function examplesIn(hint: string): string[] {
  return hint
    .replace(/\s+—.*$/, '')
    .replace(/\s*[（(][^）)]*[）)]/g, '')
    .split(/、|, (?:or )?|\s+or\s+/)
    .map((example) => example.trim())
    .filter((example) => example !== '');
}

const PARSE: Readonly<Record<'student' | 'budget' | 'teacher' | 'gpus', (read: string) => unknown>> = {
  student: (read) => parseCount('studentParams', read, PARAMS_LIMITS),
  budget: (read) => parseBudget('budget', read),
  teacher: (read) => (isNoTeacher(read) ? 'none' : parseTeacherSpec('teacherParams', read)),
  gpus: (read) => parseCount('gpus', read, { min: 1 }),
};

describe('the question form hints', () => {
  for (const lang of ['en', 'ja'] as const) {
    const words = FORM_WORDS[lang];
    const hints: [QuestionKey & keyof typeof PARSE, string][] = [
      ['student', words.studentHint],
      ['budget', words.budgetHint],
      ['teacher', words.teacherHint],
      ['gpus', words.gpusHint],
    ];
    it.each(hints)(`${lang}: every %s example is read and accepted`, (key, hint) => {
      const examples = examplesIn(hint);
      expect(examples.length, hint).toBeGreaterThanOrEqual(2);
      for (const example of examples) {
        const read = readField(key, example);
        expect(() => PARSE[key](read), `${example} → ${read}`).not.toThrow();
      }
    });
  }

  it('splits a hint into its examples', () => {
    expect(examplesIn('$50k, 300万円, 5,000 GPU-hours or 1e21 FLOPs')).toEqual([
      '$50k',
      '300万円',
      '5,000 GPU-hours',
      '1e21 FLOPs',
    ]);
    expect(examplesIn('70億@2兆（サイズ@トークン）、Llama-3.1-8B、なし')).toEqual(['70億@2兆', 'Llama-3.1-8B', 'なし']);
    expect(examplesIn('7B@2T (size@tokens), Llama-3.1-8B, or none')).toEqual(['7B@2T', 'Llama-3.1-8B', 'none']);
  });
});
