/** Human rows for plans and decisions, shared by `optimize` and `decide`. */
import {
  COEFFICIENT_SETS,
  type DistillationPlan,
  formatCount,
  formatLoss,
  formatScientific,
  formatShare,
  type Warning,
} from '../core/index.js';
import { renderWarning } from '../messages/index.js';
import type { Row } from './output.js';

export function distillationPlanRows(plan: DistillationPlan): Row[] {
  const teacherTokens = plan.teacherTokensAtBound
    ? `as many tokens as you can (the law keeps improving; the search stopped at its ${formatCount(plan.teacherTokens)} bound)`
    : plan.teacherTokens > 0
      ? `${formatCount(plan.teacherTokens)} tokens`
      : 'tokens unknown';
  const rows: Row[] = [
    ['student loss', `${formatLoss(plan.loss)} nats/token (distilled)`],
    ['trained directly', `${formatLoss(plan.supervisedLoss)} nats/token (same student, same budget)`],
    ['student', `${formatCount(plan.studentParams)} params on ${formatCount(plan.studentTokens)} tokens`],
    ['teacher', `${formatCount(plan.teacherParams)} params on ${teacherTokens}, loss ${formatLoss(plan.teacherLoss)}`],
    ['student training', flopsWithShare(plan.flops.studentTraining, plan.shares.studentTraining)],
    ['teacher inference', flopsWithShare(plan.flops.teacherInference, plan.shares.teacherInference)],
    [
      'teacher pretraining',
      flopsWithShare(plan.flops.teacherPretraining, plan.shares.teacherPretraining) +
        (plan.students > 1 ? ` (1/${plan.students} of ${formatScientific(plan.teacherPretrainingWhole)})` : ''),
    ],
    ['total', `${formatScientific(plan.flops.total)} FLOPs`],
  ];
  return rows;
}

function flopsWithShare(flops: number, share: number): string {
  return `${formatScientific(flops).padStart(8)} FLOPs  ${formatShare(share).padStart(6)}`;
}

export function assumptionNotes(
  coefficients: string,
  flopCounting: string,
  warnings: readonly Warning[] = [],
): string[] {
  const shipped = COEFFICIENT_SETS.find((set) => set.id === coefficients);
  return [
    shipped ? `coefficients: ${shipped.id}: ${shipped.note}` : `coefficients: ${coefficients} (a coefficient-set file)`,
    `FLOPs: ${flopCounting === 'paper' ? '3·F(N) per training token, F from Eq. 69' : '6·N per training token'}`,
    ...warningNotes(warnings),
  ];
}

/** Each warning as a note under a table: "warning: …". */
export function warningNotes(warnings: readonly Warning[]): string[] {
  return warnings.map((warning) => `warning: ${renderWarning(warning, 'en')}`);
}

/** JSON keeps each warning's data and adds its English sentence as \`message\`. */
export function warningsWithMessages<W extends Warning>(warnings: readonly W[]): (W & { message: string })[] {
  return warnings.map((warning) => ({ ...warning, message: renderWarning(warning, 'en') }));
}

/** The same for a result that carries its warnings. */
export function withWarningMessages<T extends { warnings: readonly Warning[] }>(result: T): T {
  return { ...result, warnings: warningsWithMessages(result.warnings) };
}
