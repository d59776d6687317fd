/** `distilplan decide`: distil or train directly, with both losses, the margin, the plan and the flip budget. */
import type { Command } from 'commander';
import {
  type Decision,
  decide,
  formatLoss,
  formatMargin,
  formatScientific,
  InputError,
  type TeacherSituation,
} from '../../core/index.js';
import { addBudgetFlags, type BudgetFlags, costingRows, resolveBudget } from '../budget.js';
import { type CommonFlags, count, optionalCount, planOptions, withCommonFlags } from '../flags.js';
import { printResult, type Row, section } from '../output.js';
import { assumptionNotes, distillationPlanRows } from '../plan-text.js';

interface DecideFlags extends CommonFlags, BudgetFlags {
  studentParams: string;
  teacherLoss?: string;
  teacherParams?: string;
  teacherTokens?: string;
  teacher?: boolean;
  students?: string;
}

const TEACHER_FORMS =
  '--teacher-loss L --teacher-params NT, or --teacher-params NT --teacher-tokens DT, or --no-teacher [--students K]';

export function register(program: Command): void {
  const command = withCommonFlags(
    program.command('decide').description('should this student be distilled or trained directly?'),
  ).requiredOption('--student-params <N>', 'student non-embedding parameters, e.g. 1B');
  addBudgetFlags(command, 'budget in FLOPs for this student, e.g. 1e21')
    .option('--teacher-loss <L>', "an existing teacher's cross-entropy, nats/token")
    .option('--teacher-params <NT>', "an existing teacher's non-embedding parameters")
    .option('--teacher-tokens <DT>', 'the tokens an existing teacher was trained on')
    .option('--no-teacher', 'no teacher yet: it must be trained')
    .option('--students <K>', 'with --no-teacher: students that will share the teacher')
    .action((flags: DecideFlags) => {
      const studentParams = count('--student-params', flags.studentParams);
      const budget = resolveBudget(flags);
      const decision = decide(
        { studentParams, compute: budget.compute, teacher: teacherSituation(flags) },
        planOptions(flags),
      );
      const costing = budget.costing?.(decision.plan, decision.flipCompute);
      printResult(
        decisionText(decision, costing ? costingRows(costing) : []),
        costing ? { ...decision, costing } : decision,
        flags,
      );
    });
}

export function teacherSituation(flags: DecideFlags): TeacherSituation {
  if (flags.teacher === false) {
    if (flags.teacherLoss ?? flags.teacherParams ?? flags.teacherTokens)
      throw new InputError(
        '--no-teacher',
        'cannot go with --teacher-loss, --teacher-params or --teacher-tokens',
        TEACHER_FORMS,
      );
    return { kind: 'none', students: optionalCount('--students', flags.students) };
  }
  if (flags.students !== undefined) throw new InputError('--students', 'goes with --no-teacher only', TEACHER_FORMS);
  if (flags.teacherParams === undefined) throw new InputError('--teacher-params', 'is missing', TEACHER_FORMS);
  const teacherParams = count('--teacher-params', flags.teacherParams);
  if (flags.teacherLoss !== undefined && flags.teacherTokens !== undefined)
    throw new InputError('--teacher-tokens', 'cannot go with --teacher-loss', TEACHER_FORMS);
  if (flags.teacherLoss !== undefined)
    return { kind: 'loss', teacherParams, teacherLoss: count('--teacher-loss', flags.teacherLoss) };
  if (flags.teacherTokens !== undefined)
    return { kind: 'size', teacherParams, teacherTokens: count('--teacher-tokens', flags.teacherTokens) };
  throw new InputError('--teacher-loss', 'or --teacher-tokens is needed with --teacher-params', TEACHER_FORMS);
}

function decisionText(decision: Decision, costRows: Row[]): string {
  const verdict = decision.verdict === 'distil' ? 'DISTIL' : 'TRAIN DIRECTLY';
  const rows: Row[] = [
    [
      'verdict',
      `${verdict} (${decision.scenario}${decision.students > 1 ? `, ${decision.students} students share the teacher` : ''})`,
    ],
    ['margin', `${formatMargin(decision.margin)} nats (trained directly − distilled; positive favours distillation)`],
    ...distillationPlanRows(decision.plan),
    ['flips at', flipText(decision)],
    ...costRows,
  ];
  const notes = assumptionNotes(decision.coefficients, decision.flopCounting, decision.warnings);
  return section(
    `Distil or train directly? distilled ${formatLoss(decision.distilLoss)} vs direct ${formatLoss(decision.supervisedLoss)}`,
    rows,
    notes,
  );
}

function flipText(decision: Decision): string {
  if (decision.flipCompute === null) return 'never in 1e17–1e28 FLOPs';
  const above = decision.verdictAboveFlip === 'distil' ? 'distil' : 'train directly';
  return `${formatScientific(decision.flipCompute, 2)} FLOPs (above it: ${above})`;
}
