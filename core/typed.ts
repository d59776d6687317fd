/**
 * Forms people type that every face reads alike, so a value accepted by the
 * Slack command is accepted by the CLI and the Sheets functions too:
 * full-width characters from Japanese IMEs (１．５Ｂ, ＄２００ｋ, ￥) and a
 * teacher written as size@tokens (8B@15T).
 */
import { type Accepted, type FieldId, InputError } from './errors.js';
import { parseCount } from './units.js';

/** NFKC folds full-width digits, letters and symbols to ASCII (１．５Ｂ → 1.5B, ＝ → =); ¥, 円 and 万 stay. */
export function normaliseTyped(text: string): string {
  return text.normalize('NFKC').trim();
}

export const TEACHER_SPEC_FORMS: Accepted = { form: 'teacher-spec' };

export interface TeacherSpec {
  teacherParams: number;
  /** Present when written as size@tokens. */
  teacherTokens?: number;
}

/** 7B → a size; 8B@15T → a size and the tokens it was trained on. */
export function parseTeacherSpec(field: FieldId, input: unknown): TeacherSpec {
  if (typeof input !== 'string') return { teacherParams: parseCount(field, input) };
  const parts = normaliseTyped(input).split('@');
  if (parts.length > 2) throw new InputError(field, { code: 'more-than-one-at' }, TEACHER_SPEC_FORMS);
  const [size = '', tokens] = parts;
  const teacherParams = parseCount(field, size);
  return tokens === undefined ? { teacherParams } : { teacherParams, teacherTokens: parseCount(field, tokens) };
}
