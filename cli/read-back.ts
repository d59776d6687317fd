/**
 * The question a decide or compare answer stands for, as the person typed its flags: the line that opens the
 * answer ("Read as: 1B student, $200k budget, …" / "1B のモデル、予算 $200k … として判定しました"), worded by
 * messages/ as `ask` and Slack word theirs, so an answer pasted elsewhere still says which model and budget it is.
 */
import { type IsoDate, type QuestionKey, type QuestionReading, readingOfFields } from '../core/index.js';
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

export function readBack(
  intent: 'decide' | 'compare',
  typed: TypedQuestion,
  lang: Lang,
  today?: IsoDate,
): string | undefined {
  const shared = sharedFields(typed);
  const options = { today };
  // Core reads the flags as it reads the Sheets sidebar's fields (readingOfFields), so both state a value alike.
  const reading: QuestionReading =
    typed.budgets.length > 1
      ? {
          ...readingOfFields(intent, []),
          scenarios: typed.students.map((student, i) => ({
            label: student,
            values: readingOfFields(intent, [['student', student], ['budget', typed.budgets[i]!], ...shared], options)
              .values,
            unknownPairs: [],
          })),
        }
      : readingOfFields(
          intent,
          [
            ...typed.students.map((student): Field => ['student', student]),
            ...typed.budgets.map((budget): Field => ['budget', budget]),
            ...shared,
          ],
          options,
        );
  return readBackLine(reading, lang);
}

type Field = readonly [QuestionKey, string];

function sharedFields(typed: TypedQuestion): Field[] {
  const given: [QuestionKey, string | undefined][] = [
    ['teacher', typed.noTeacher ? 'none' : typed.teacherParams],
    ['teacher-tokens', typed.teacherTokens],
    ['teacher-loss', typed.teacherLoss],
    ['students', typed.sharing],
    ['serve', typed.serveTokensPerDay],
    ['days', typed.serveDays],
    ['deadline', typed.deadline],
  ];
  return given.flatMap(([key, text]): Field[] => (text === undefined ? [] : [[key, text]]));
}
