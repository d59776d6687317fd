/**
 * The question a decide or compare answer stands for, as the person typed its flags: the line that opens the
 * answer ("Read as: 1B student, $200k budget, …" / "1B のモデル、予算 $200k … として判定しました"), worded by
 * messages/ as `ask` and Slack word theirs, so an answer pasted elsewhere still says which model and budget it is.
 */
import type { QuestionKey, QuestionReading, ReadValue } from '../core/index.js';
import { type Lang, readBackLine } from '../messages/index.js';

export interface TypedQuestion {
  students: readonly string[];
  /** One budget for all, or one per student (compare), as typed after --budget or --compute. */
  budgets: readonly string[];
  teacherParams?: string;
  teacherTokens?: string;
  teacherLoss?: string;
  noTeacher?: boolean;
  sharing?: string;
  serveTokensPerDay?: string;
  serveDays?: string;
  deadline?: string;
}

/** The flags decide and compare share, as typed (commander's values before any parsing). */
export interface TypedFlags {
  teacherParams?: string;
  teacherTokens?: string;
  teacherLoss?: string;
  teacher?: boolean;
  students?: string;
  serveTokensPerDay?: string;
  serveDays?: string;
  deadline?: string;
}

/** The question as typed: the students, their budget or budgets, the teacher, serving and a deadline. */
export function typedQuestion(
  flags: TypedFlags,
  students: readonly string[],
  budgets: readonly string[],
): TypedQuestion {
  return {
    students,
    budgets,
    teacherParams: flags.teacherParams,
    teacherTokens: flags.teacherTokens,
    teacherLoss: flags.teacherLoss,
    noTeacher: flags.teacher === false,
    sharing: flags.students,
    serveTokensPerDay: flags.serveTokensPerDay,
    serveDays: flags.serveDays,
    deadline: flags.deadline,
  };
}

export function readBack(intent: 'decide' | 'compare', typed: TypedQuestion, lang: Lang): string | undefined {
  const shared = sharedValues(typed);
  const reading: QuestionReading =
    typed.budgets.length > 1
      ? {
          intent,
          values: [],
          unread: [],
          unknownPairs: [],
          scenarios: typed.students.map((student, i) => ({
            label: student,
            values: [value('student', student), value('budget', typed.budgets[i]!), ...shared],
            unknownPairs: [],
          })),
        }
      : {
          intent,
          values: [
            ...typed.students.map((student) => value('student', student)),
            ...typed.budgets.map((budget) => value('budget', budget)),
            ...shared,
          ],
          unread: [],
          unknownPairs: [],
        };
  return readBackLine(reading, lang);
}

function sharedValues(typed: TypedQuestion): ReadValue[] {
  const given: [QuestionKey, string | undefined][] = [
    ['teacher', typed.noTeacher ? 'none' : typed.teacherParams],
    ['teacher-tokens', typed.teacherTokens],
    ['teacher-loss', typed.teacherLoss],
    ['students', typed.sharing],
    ['serve', typed.serveTokensPerDay],
    ['days', typed.serveDays],
    ['deadline', typed.deadline],
  ];
  return given.flatMap(([key, text]) => (text === undefined ? [] : [value(key, text)]));
}

function value(key: QuestionKey, typed: string): ReadValue {
  return { key, value: typed.trim(), typed: typed.trim(), at: 0 };
}
