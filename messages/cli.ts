/** The `distilplan` command line's words in each language, and the commands it tells a person to type next. */
import {
  formatLoss,
  formatScientific,
  type LifetimeComparison,
  type StudentComparison,
  type TeacherSituation,
} from '../core/index.js';
import type { Lang } from './catalogue.js';
import { CLI_EN } from './cli-en.js';
import { CLI_JA } from './cli-ja.js';
import type { CliWords } from './cli-words.js';
import { formatMoney } from './money.js';
import { CATALOGUES } from './render.js';
import { servingWords } from './serving.js';

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

/**
 * A comparison's first lines: the best student (or none), and with serving, the cheapest over the horizon, each
 * break-even, and what each quality gap to the best would cost to close by training directly.
 */
export function compareLines(p: {
  count: number;
  comparison: StudentComparison;
  /** The best student's reached loss, when there is a best. */
  bestLoss?: number;
  serving?: LifetimeComparison;
  lang: Lang;
}): string[] {
  const words = CATALOGUES[p.lang].answer;
  const { comparison, serving, lang } = p;
  const title =
    comparison.best !== null && p.bestLoss !== undefined
      ? words.compareTitle({ count: p.count, label: comparison.best, loss: formatLoss(p.bestLoss) })
      : words.compareNoBest({ count: p.count, share: comparison.bestShare });
  // With serving, what each quality gap is worth: the cheapest to run is not the best unless the gap is cheap.
  const gapLines =
    serving && comparison.lowest
      ? comparison.gaps
          .filter((gap) => gap.lossGap > 0)
          .map((gap) =>
            words.compareGap({
              label: gap.name,
              best: comparison.lowest!,
              gap: formatLoss(gap.lossGap),
              ...(gap.reach ? { compute: formatScientific(gap.reach.compute) } : {}),
              ...(gap.reach?.cost
                ? { money: formatMoney(gap.reach.cost.cost.base, gap.reach.cost.currency, { compact: true, lang }) }
                : {}),
            }),
          )
      : [];
  return [title, ...(serving ? servingWords(lang).sentences(serving) : []), ...gapLines];
}
