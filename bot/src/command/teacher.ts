/** The teacher situation from teacher=, teacher-loss=, teacher-tokens= and students=; the rules are core's. */
import {
  InputError,
  isNoTeacher,
  parseTeacherSpec,
  type TeacherSituation,
  teacherSituationOf,
} from '../../../core/index.js';
import type { Pairs } from './pairs.js';

/** teacher=7B@2T, teacher=7B + teacher-loss=, teacher=7B + teacher-tokens=, or none / なし (students=K). */
export function teacherOf(pairs: Pairs): TeacherSituation {
  const typed = pairs.get('teacher')?.value;
  const none = typed !== undefined && isNoTeacher(typed);
  const spec = typed === undefined || none ? undefined : parseTeacherSpec('teacherParams', typed);
  const after = spec?.teacherTokens;
  const tokens = pairs.get('teacher-tokens')?.value;
  if (after !== undefined && tokens !== undefined)
    throw new InputError('teacherTokens', { code: 'teacher-tokens-twice' }, { form: 'teacher-forms' });
  return teacherSituationOf({
    teacherParams: spec?.teacherParams,
    teacherTokens: after ?? tokens,
    teacherLoss: pairs.get('teacher-loss')?.value,
    students: pairs.get('students')?.value,
    noTeacher: none,
  });
}
