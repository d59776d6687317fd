/** `distilplan decide`: distil or train directly, with both losses, the margin, the plan and the flip budget. */
import type { Command } from 'commander';
import {
  type Decision,
  type DecisionOptions,
  type DecisionRequest,
  decide,
  formatLoss,
  formatMargin,
  formatScientific,
  type TeacherSituation,
  teacherSituationOf,
} from '../../core/index.js';
import { addBudgetFlags, type BudgetFlags, costingRows, type ResolvedBudget, resolveBudget } from '../budget.js';
import { type CommonFlags, count, planOptions, withCommonFlags } from '../flags.js';
import { printResult, type Row, section } from '../output.js';
import { assumptionNotes, distillationPlanRows, withWarningMessages } from '../plan-text.js';
import { drawChart } from './chart.js';

export interface DecideFlags extends CommonFlags, BudgetFlags {
  studentParams: string;
  teacherLoss?: string;
  teacherParams?: string;
  teacherTokens?: string;
  teacher?: boolean;
  students?: string;
  chart?: string;
}

export function register(program: Command): void {
  addDecideFlags(program.command('decide').description('should this student be distilled or trained directly?'))
    .option('--chart <FILE>', 'also draw the chart of this answer to FILE.png or FILE.svg')
    .action(async (flags: DecideFlags) => {
      const { request, options, budget } = decisionQuestion(flags);
      const decision = decide(request, options);
      const costing = budget.costing?.(decision.plan, decision.flipCompute);
      const chart =
        flags.chart &&
        (await drawChart(flags.chart, 'chart', request, { ...options, cost: budget.costOptions }, decision));
      printResult(
        decisionText(decision, costing ? costingRows(costing) : []) + (chart ? `\nchart written to ${chart}` : ''),
        withWarningMessages(costing ? { ...decision, costing } : decision),
        flags,
      );
    });
}

/** The decide command's flags, shared with `distilplan chart`. */
export function addDecideFlags(command: Command): Command {
  withCommonFlags(command).requiredOption('--student-params <N>', 'student non-embedding parameters, e.g. 1B');
  return addBudgetFlags(command, 'budget in FLOPs for this student, e.g. 1e21')
    .option('--teacher-loss <L>', "an existing teacher's cross-entropy, nats/token")
    .option('--teacher-params <NT>', "an existing teacher's non-embedding parameters")
    .option('--teacher-tokens <DT>', 'the tokens an existing teacher was trained on')
    .option('--no-teacher', 'no teacher yet: it must be trained')
    .option('--students <K>', 'with --no-teacher: students that will share the teacher');
}

export function decisionQuestion(flags: DecideFlags): {
  request: DecisionRequest;
  options: DecisionOptions;
  budget: ResolvedBudget;
} {
  const studentParams = count('studentParams', flags.studentParams);
  const budget = resolveBudget(flags);
  return {
    request: { studentParams, compute: budget.compute, teacher: teacherSituation(flags) },
    options: planOptions(flags),
    budget,
  };
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

function decisionText(decision: Decision, costRows: Row[]): string {
  const verdict = decision.verdict === 'distil' ? 'DISTIL' : 'TRAIN DIRECTLY';
  const rows: Row[] = [
    [
      'verdict',
      `${verdict} (${decision.scenario}${decision.students > 1 ? `, ${decision.students} students share the teacher` : ''})`,
    ],
    ['margin', `${formatMargin(decision.margin)} nats (trained directly − distilled; positive favours distillation)`],
    ...uncertaintyRows(decision),
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

/** The same plan under the set's bootstrap-resampled laws (none for a set without samples). */
function uncertaintyRows(decision: Decision): Row[] {
  const u = decision.uncertainty;
  if (!u) return [];
  const span = ([low, high]: [number, number]) => `${formatLoss(low)}–${formatLoss(high)}`;
  return [
    [
      'plausible laws',
      `distil wins in ${Math.round(100 * u.verdictShare)}% of ${u.samples} (90%: distilled ${span(u.distilLoss)}, direct ${span(u.supervisedLoss)})`,
    ],
  ];
}

function flipText(decision: Decision): string {
  if (decision.flipCompute === null) return 'never in 1e17–1e28 FLOPs';
  const above = decision.verdictAboveFlip === 'distil' ? 'distil' : 'train directly';
  return `${formatScientific(decision.flipCompute, 2)} FLOPs (above it: ${above})`;
}
