/** The teacher situation from teacher=, teacher-loss=, teacher-tokens= and students=. */
import { parseCount, parseTeacherSpec, type TeacherSituation } from '../../../core/index.js';
import { CommandError } from './errors.js';
import type { Key } from './keys.js';
import { type Pairs, students } from './pairs.js';

const TEACHER_FORMS_EN =
  'teacher=7B@2T (size@tokens), or teacher=7B teacher-loss=2.1, or no teacher (optionally students=4 sharing one to be trained)';
const TEACHER_FORMS_JA =
  'teacher=7B@2T（サイズ@トークン数）、teacher=7B teacher-loss=2.1、または教師なし（students=4 で共有する教師を学習）';

function teacherError(field: Key, en: string, ja: string): CommandError {
  return new CommandError(
    field,
    { problem: en, accepted: TEACHER_FORMS_EN },
    { problem: ja, accepted: TEACHER_FORMS_JA },
  );
}

/** teacher=7B@2T, teacher=7B + teacher-loss=, teacher=7B + teacher-tokens=, or none (students=K). */
export function teacherOf(pairs: Pairs): TeacherSituation {
  const typed = pairs.get('teacher')?.value;
  const loss = pairs.get('teacher-loss')?.value;
  const tokens = pairs.get('teacher-tokens')?.value;
  if (typed === undefined || typed.toLowerCase() === 'none') {
    if (loss !== undefined)
      throw teacherError(
        'teacher',
        'is needed with teacher-loss: its size, e.g. teacher=7B',
        'teacher-loss には教師のサイズが必要です（例: teacher=7B）',
      );
    if (tokens !== undefined)
      throw teacherError(
        'teacher',
        'is needed with teacher-tokens: its size, e.g. teacher=7B',
        'teacher-tokens には教師のサイズが必要です（例: teacher=7B）',
      );
    return { kind: 'none', students: students(pairs) };
  }
  if (pairs.has('students'))
    throw teacherError(
      'students',
      'goes only with no teacher (a teacher trained for, and shared by, K students)',
      'は教師なしの場合だけ使えます（K 人の生徒で共有する教師を学習）',
    );
  const { teacherParams, teacherTokens: after } = parseTeacherSpec('teacher', typed);
  if (after !== undefined && tokens !== undefined)
    throw teacherError(
      'teacher-tokens',
      'is given twice (also after @ in teacher=)',
      'が2回指定されています（teacher= の @ の後にもあります）',
    );
  if ((after ?? tokens) !== undefined && loss !== undefined)
    throw teacherError(
      'teacher-loss',
      'cannot go with teacher tokens: give one or the other',
      'は教師のトークン数と同時に指定できません',
    );
  if (loss !== undefined) return { kind: 'loss', teacherParams, teacherLoss: parseCount('teacher-loss', loss) };
  if (after !== undefined) return { kind: 'size', teacherParams, teacherTokens: after };
  if (tokens !== undefined) return { kind: 'size', teacherParams, teacherTokens: parseCount('teacher', tokens) };
  throw teacherError(
    'teacher',
    'needs its tokens (teacher=7B@2T) or its loss (teacher-loss=2.1)',
    'にはトークン数（teacher=7B@2T）か損失（teacher-loss=2.1）が必要です',
  );
}
