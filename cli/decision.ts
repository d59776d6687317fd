/**
 * The decide question as flags (--student-params, a budget, the teacher, serving), shared by the commands
 * that ask it: decide, chart, compare, pilot and scenarios.
 */
import type { Command } from 'commander';
import {
  type DecisionOptions,
  type DecisionRequest,
  InputError,
  type TeacherSituation,
  teacherSituationOf,
} from '../core/index.js';
import { CLI_WORDS, type Lang } from '../messages/index.js';
import { addBudgetFlags, type BudgetFlags, type ResolvedBudget, resolveBudget } from './budget.js';
import { type CommonFlags, count, planOptions, withCommonFlags } from './flags.js';

export interface DecideFlags extends CommonFlags, BudgetFlags {
  studentParams: string;
  teacherLoss?: string;
  teacherParams?: string;
  teacherTokens?: string;
  teacher?: boolean;
  students?: string;
  chart?: string;
  gpus?: string;
  deadline?: string;
  serveTokensPerDay?: string;
  serveDays?: string;
}

/** The decide command's flags, shared with `distilplan chart` and `distilplan pilot`. */
export function addDecideFlags(command: Command, lang: Lang): Command {
  const help = CLI_WORDS[lang].help.options;
  withCommonFlags(command, lang).requiredOption('--student-params <N>', help.studentParams);
  return addBudgetFlags(command, help.computeDecide, lang)
    .option('--teacher-loss <L>', help.teacherLoss)
    .option('--teacher-params <NT>', help.teacherParams)
    .option('--teacher-tokens <DT>', help.teacherTokens)
    .option('--no-teacher', help.noTeacherDefault)
    .option('--students <K>', help.students);
}

/** `alwaysCost`: decide costs at the defaults even without cost flags (its headline speaks money and days). */
export function decisionQuestion(
  flags: DecideFlags,
  alwaysCost = false,
): {
  request: DecisionRequest;
  options: DecisionOptions;
  budget: ResolvedBudget;
} {
  const studentParams = count('studentParams', flags.studentParams);
  const budget = resolveBudget(flags, alwaysCost);
  return {
    request: { studentParams, compute: budget.compute, teacher: teacherSituation(flags) },
    options: planOptions(flags),
    budget,
  };
}

/** --serve-tokens-per-day and --serve-days: both or neither. */
export function servingFlags(
  flags: Pick<DecideFlags, 'serveTokensPerDay' | 'serveDays'>,
): { tokensPerDay: number; days: number } | undefined {
  if (flags.serveTokensPerDay === undefined && flags.serveDays === undefined) return undefined;
  if (flags.serveTokensPerDay === undefined || flags.serveDays === undefined)
    throw flags.serveDays === undefined
      ? new InputError('days', { code: 'needed-with', other: 'tokensPerDay' }, { form: 'days-count' })
      : new InputError('tokensPerDay', { code: 'needed-with', other: 'days' }, { form: 'tokens-per-day' });
  return { tokensPerDay: count('tokensPerDay', flags.serveTokensPerDay), days: count('days', flags.serveDays) };
}

export function teacherSituation(flags: DecideFlags): TeacherSituation {
  return teacherSituationOf({
    teacherParams: flags.teacherParams,
    teacherTokens: flags.teacherTokens,
    teacherLoss: flags.teacherLoss,
    students: flags.students,
    noTeacher: flags.teacher === false,
  });
}
