/**
 * Pilot runs as the fitter takes them, checked one cell at a time: an error
 * names the row (1-based, counting data rows) and the column, so a face can
 * point at the cell of a CSV file or a sheet range.
 */
import { InputError, type Problem } from '../errors.js';
import type { Law } from './models.js';

export interface SupervisedRun {
  params: number;
  tokens: number;
  loss: number;
}

export interface DistillationRun {
  studentParams: number;
  studentTokens: number;
  teacherLoss: number;
  studentLoss: number;
}

/** Column names as in the CSV headers of `distilplan fit`. */
export const RUN_COLUMNS = {
  supervised: ['params', 'tokens', 'loss'],
  distillation: ['student_params', 'student_tokens', 'teacher_loss', 'student_loss'],
} as const satisfies Record<Law, readonly string[]>;

/** A CSV's loss columns, and a sheet's range arguments (losses, teacher_losses). */
function isLossColumn(column: string): boolean {
  return column.endsWith('loss') || column.endsWith('losses');
}

/** A bad cell: `row` counts data rows from 1 (a CSV's header is row 0). */
export class RunError extends InputError {
  readonly row: number;
  readonly column: string;

  constructor(row: number, column: string, problem: Problem) {
    super('runs', problem, { form: isLossColumn(column) ? 'run-loss' : 'run-count' });
    this.name = 'RunError';
    this.row = row;
    this.column = column;
  }
}

/** Checks one cell's number: counts must be > 0, losses > 0 (a cross-entropy is never negative or zero here). */
export function checkRunValue(row: number, column: string, value: number): number {
  const isLoss = isLossColumn(column);
  if (!Number.isFinite(value)) throw new RunError(row, column, { code: 'run-not-finite', row, column });
  if (value <= 0) throw new RunError(row, column, { code: 'run-not-positive', row, column, isLoss });
  return value;
}

/** Checks every run; also that there are at least as many runs as coefficients to fit. */
export function checkRuns(law: 'supervised', runs: readonly SupervisedRun[], freeCount: number): SupervisedRun[];
export function checkRuns(law: 'distillation', runs: readonly DistillationRun[], freeCount: number): DistillationRun[];
export function checkRuns(
  law: Law,
  runs: readonly (SupervisedRun | DistillationRun)[],
  freeCount: number,
): (SupervisedRun | DistillationRun)[] {
  const columns = RUN_COLUMNS[law];
  const keys = law === 'supervised' ? SUPERVISED_KEYS : DISTILLATION_KEYS;
  runs.forEach((run, index) => {
    keys.forEach((key, k) => {
      checkRunValue(index + 1, columns[k]!, (run as unknown as Record<string, number>)[key]!);
    });
  });
  if (runs.length < Math.max(1, freeCount)) {
    throw new InputError(
      'runs',
      { code: 'too-few-runs', runs: runs.length, coefficients: freeCount },
      { form: 'runs-per-coefficient' },
    );
  }
  // 1,000 copies of one run scored 0% MAPE with zero-width intervals: copies say nothing new about the law.
  const points = designPoints(law, runs);
  if (points < freeCount) {
    throw new InputError(
      'runs',
      { code: 'too-few-design-points', runs: runs.length, points, coefficients: freeCount },
      { form: 'runs-per-coefficient' },
    );
  }
  return [...runs];
}

/**
 * Distinct design points: runs with the same inputs (sizes, tokens and, for distillation, the teacher's loss)
 * count once, whatever their measured losses, since the law can tell them apart only by those inputs.
 */
export function designPoints(law: Law, runs: readonly (SupervisedRun | DistillationRun)[]): number {
  const inputs = law === 'supervised' ? SUPERVISED_KEYS.slice(0, 2) : DISTILLATION_KEYS.slice(0, 3);
  return new Set(runs.map((run) => inputs.map((key) => (run as unknown as Record<string, number>)[key]).join(' ')))
    .size;
}

const SUPERVISED_KEYS = ['params', 'tokens', 'loss'] as const;
const DISTILLATION_KEYS = ['studentParams', 'studentTokens', 'teacherLoss', 'studentLoss'] as const;
