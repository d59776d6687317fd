/** The `distilplan` command line's words in each language, and the commands it tells a person to type next. */
import { formatScientific, type TeacherSituation } from '../core/index.js';
import type { Lang } from './catalogue.js';
import { CLI_EN } from './cli-en.js';
import { CLI_JA } from './cli-ja.js';
import type { CliWords } from './cli-words.js';

export type { CliCommandName, CliOptionName, CliRow, CliWords, LawFigures } from './cli-words.js';

export const CLI_WORDS: Readonly<Record<Lang, CliWords>> = { en: CLI_EN, ja: CLI_JA };

/** The fixed English statements some --json answers carry as values (public JSON: the same in every language). */
export const CLI_JSON_STATEMENTS = {
  gpuPeaks: 'dense (no 2:4 sparsity), FLOP/s',
  perGpuHour: 'per GPU-hour',
  scenariosBasis: 'rental of the final run on each offer; see ownership for a cost profile',
} as const;

/** The commands that close the pilot's loop (the same in every language: they are typed). */
export function pilotLoopCommands(p: {
  dir: string;
  supervisedFixed: readonly string[];
  distillationFixed: readonly string[];
  question: readonly string[];
}): [string, string, string] {
  const fixed = (names: readonly string[]) => `"${names.join(',')}"`;
  return [
    `distilplan fit supervised --runs ${p.dir}/supervised.csv --fix ${fixed(p.supervisedFixed)} --out pilot-supervised.json`,
    `distilplan fit distil --runs ${p.dir}/distil.csv --base pilot-supervised.json --fix ${fixed(p.distillationFixed)} --out pilot-set.json`,
    `distilplan decide --preset pilot-set.json ${p.question.join(' ')}`,
  ];
}

/** A pilot's question as the `distilplan pilot` command that simulates its odds (typed: the same in every language). */
export function pilotCommand(p: {
  studentParams: number;
  budgetFlops: number;
  teacher: TeacherSituation;
  share: number;
}): string {
  const { teacher } = p;
  return [
    'distilplan pilot',
    `--student-params ${p.studentParams}`,
    `--compute ${formatScientific(p.budgetFlops)}`,
    ...(teacher.kind === 'loss'
      ? [`--teacher-params ${teacher.teacherParams} --teacher-loss ${teacher.teacherLoss}`]
      : []),
    ...(teacher.kind === 'size'
      ? [`--teacher-params ${teacher.teacherParams} --teacher-tokens ${teacher.teacherTokens}`]
      : []),
    ...(teacher.kind === 'none' && (teacher.students ?? 1) > 1 ? [`--students ${teacher.students}`] : []),
    `--pilot-share ${p.share}`,
  ].join(' ');
}
