/**
 * Who the teacher is, from what a person gave: the one set of rules every face
 * uses (the CLI's flags, Slack's teacher=, a sheet's cells).
 *
 * - nothing (or an explicit "no teacher") → one is trained for the student(s);
 *   `students` (K sharing it) goes only here (K = 1 is harmless with a teacher);
 * - teacher params with its loss → an existing teacher by loss;
 * - teacher params with its tokens → an existing teacher by size and tokens;
 * - a loss or tokens without the size, the size alone, or both loss and tokens → an error naming the missing or
 *   conflicting field (teacherParams, teacherTokens, teacherLoss, students, teacher for "no teacher").
 */
import type { TeacherSituation } from './decide.js';
import { type Accepted, type FieldId, InputError, type Problem } from './errors.js';
import { checkStudents } from './plans.js';
import { parseCount } from './units.js';

export interface TeacherInput {
  teacherParams?: unknown;
  teacherTokens?: unknown;
  teacherLoss?: unknown;
  students?: unknown;
  /** The person said "no teacher" (CLI --no-teacher, Slack teacher=none). */
  noTeacher?: boolean;
}

export const TEACHER_FORMS: Accepted = { form: 'teacher-forms' };

/** Absent is undefined or null; an empty string was typed, and is checked (and refused) like any value. */
/** Which teacher rule was broken, for faces that word each one (and suggest the fix). */
export type TeacherRule =
  | 'no-teacher-with-teacher'
  | 'students-with-teacher'
  | 'size-needed'
  | 'loss-and-tokens'
  | 'tokens-or-loss-needed';

export class TeacherRuleError extends InputError {
  readonly rule: TeacherRule;

  constructor(rule: TeacherRule, field: FieldId, problem: Problem) {
    super(field, problem, TEACHER_FORMS);
    this.name = 'TeacherRuleError';
    this.rule = rule;
  }
}

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;

export function teacherSituationOf(input: TeacherInput): TeacherSituation {
  const params = isGiven(input.teacherParams);
  const tokens = isGiven(input.teacherTokens);
  const loss = isGiven(input.teacherLoss);
  if (!params && !tokens && !loss) {
    const students = isGiven(input.students) ? parseCount('students', input.students) : 1;
    return { kind: 'none', students: checkStudents(students) };
  }
  if (input.noTeacher)
    throw new TeacherRuleError('no-teacher-with-teacher', 'teacher', { code: 'no-teacher-with-teacher' });
  if (isGiven(input.students) && parseCount('students', input.students) !== 1)
    throw new TeacherRuleError('students-with-teacher', 'students', { code: 'only-without-teacher' });
  if (!params)
    throw new TeacherRuleError('size-needed', 'teacherParams', {
      code: 'needed-with',
      other: loss ? 'teacherLoss' : 'teacherTokens',
    });
  if (loss && tokens)
    throw new TeacherRuleError('loss-and-tokens', 'teacherLoss', { code: 'conflicts', other: 'teacherTokens' });
  const teacherParams = parseCount('teacherParams', input.teacherParams);
  if (loss) return { kind: 'loss', teacherParams, teacherLoss: parseCount('teacherLoss', input.teacherLoss) };
  if (tokens) return { kind: 'size', teacherParams, teacherTokens: parseCount('teacherTokens', input.teacherTokens) };
  throw new TeacherRuleError('tokens-or-loss-needed', 'teacherParams', { code: 'teacher-needs-tokens-or-loss' });
}
