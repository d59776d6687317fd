/** The teacher situation from teacher=, teacher-loss=, teacher-tokens= and students=; the rules are core's. */
import {
  type InputError,
  isInputError,
  parseTeacherSpec,
  TeacherRuleError,
  type TeacherSituation,
  teacherSituationOf,
} from '../../../core/index.js';
import { CommandError } from './errors.js';
import type { Key } from './keys.js';
import type { Pairs } from './pairs.js';

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
  const none = typed !== undefined && typed.toLowerCase() === 'none';
  const spec = typed === undefined || none ? undefined : parseTeacherSpec('teacher', typed);
  const after = spec?.teacherTokens;
  const tokens = pairs.get('teacher-tokens')?.value;
  const loss = pairs.get('teacher-loss')?.value;
  if (after !== undefined && tokens !== undefined)
    throw teacherError(
      'teacher-tokens',
      'is given twice (also after @ in teacher=)',
      'が2回指定されています（teacher= の @ の後にもあります）',
    );
  try {
    return teacherSituationOf({
      teacherParams: spec?.teacherParams,
      teacherTokens: after ?? tokens,
      teacherLoss: loss,
      students: pairs.get('students')?.value,
      noTeacher: none,
    });
  } catch (error) {
    throw isInputError(error) ? worded(error, { loss: loss !== undefined, tokensAfterAt: after !== undefined }) : error;
  }
}

/** Core's rule errors in this face's words (each rule by its id); number errors keep core's, under our key. */
function worded(error: InputError, given: { loss: boolean; tokensAfterAt: boolean }): InputError {
  if (!(error instanceof TeacherRuleError)) {
    const key =
      error.field === 'teacher tokens' && !given.tokensAfterAt ? 'teacher-tokens' : KEY_FOR_FIELD[error.field];
    return key ? error.renamed(key) : error;
  }
  switch (error.rule) {
    case 'size-needed':
    case 'no-teacher-with-teacher':
      return given.loss
        ? teacherError(
            'teacher',
            'is needed with teacher-loss: its size, e.g. teacher=7B',
            'teacher-loss には教師のサイズが必要です（例: teacher=7B）',
          )
        : teacherError(
            'teacher',
            'is needed with teacher-tokens: its size, e.g. teacher=7B',
            'teacher-tokens には教師のサイズが必要です（例: teacher=7B）',
          );
    case 'students-with-teacher':
      return teacherError(
        'students',
        'goes only with no teacher (a teacher trained for, and shared by, K students)',
        'は教師なしの場合だけ使えます（K 人の生徒で共有する教師を学習）',
      );
    case 'loss-and-tokens':
      return teacherError(
        'teacher-loss',
        'cannot go with teacher tokens: give one or the other',
        'は教師のトークン数と同時に指定できません',
      );
    case 'tokens-or-loss-needed':
      return teacherError(
        'teacher',
        'needs its tokens (teacher=7B@2T) or its loss (teacher-loss=2.1)',
        'にはトークン数（teacher=7B@2T）か損失（teacher-loss=2.1）が必要です',
      );
  }
}

/** Core's teacher fields → the keys a person types here. */
const KEY_FOR_FIELD: Readonly<Record<string, Key>> = {
  'teacher params': 'teacher',
  'teacher tokens': 'teacher',
  'teacher loss': 'teacher-loss',
  students: 'students',
};
