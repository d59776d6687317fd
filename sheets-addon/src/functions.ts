/**
 * The custom functions. Each one only coerces its cells (coerce.ts), calls
 * core, and shapes the answer into cells; every number is core's, so a sheet
 * agrees with the CLI and Slack to the last digit. Ranges, blanks and per-row
 * errors are handled once, in ranges.ts.
 */
import {
  crossoverCompute,
  decide,
  distilledLoss,
  flopsPerToken,
  InputError,
  optimalDistillation,
  optimalSupervised,
  supervisedLoss,
  type TeacherSituation,
  trainingFlops,
} from '../../core/index.js';
import { count, isBlank, loss, optionalCount, optionalScenario, optionalText } from './coerce.js';
import { costCells } from './cost.js';
import { type Compute, type OutputValue, overRanges } from './ranges.js';
import { type FunctionName, specOf } from './registry.js';

export type CustomFunction = (...args: unknown[]) => OutputValue | OutputValue[][];

/** Numbers must be finite: a NaN in a budget sheet would poison every SUM below it. */
function finite(values: readonly OutputValue[]): readonly OutputValue[] {
  for (const value of values) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('the result is not a finite number');
  }
  return values;
}

const COMPUTE: Record<FunctionName, (cells: readonly unknown[]) => readonly OutputValue[]> = {
  DISTIL_LOSS: ([studentParams, tokens, teacherLoss, preset]) => [
    distilledLoss(
      count('student_params', studentParams),
      count('tokens', tokens),
      loss('teacher_loss', teacherLoss),
      optionalText('preset', preset),
    ).loss,
  ],
  SUPERVISED_LOSS: ([params, tokens, preset]) => [
    supervisedLoss(count('params', params), count('tokens', tokens), optionalText('preset', preset)),
  ],
  FORWARD_FLOPS: ([params]) => [flopsPerToken(count('params', params)).forwardPerToken],
  TRAINING_FLOPS: ([params, tokens]) => [trainingFlops(count('params', params), count('tokens', tokens))],
  OPTIMAL_SUPERVISED: ([compute]) => {
    const plan = optimalSupervised(count('compute', compute));
    return [plan.params, plan.tokens, plan.loss];
  },
  OPTIMAL_DISTIL: ([studentParams, compute, scenario, students]) => {
    const plan = optimalDistillation({
      studentParams: count('student_params', studentParams),
      compute: count('compute', compute),
      scenario: optionalScenario('scenario', scenario),
      students: optionalCount('students', students),
    });
    return [plan.loss, plan.studentTokens, plan.teacherParams, plan.teacherTokens, plan.teacherLoss];
  },
  DISTIL_OR_TRAIN: ([studentParams, compute, teacherLoss, teacherParams, students]) => {
    const decision = decide(
      {
        studentParams: count('student_params', studentParams),
        compute: count('compute', compute),
        teacher: teacherSituation(teacherLoss, teacherParams, students),
      },
      { flipSearch: false },
    ); // the row shows no flip budget; FLIP_COMPUTE gives it
    return [decision.verdict, decision.distilLoss, decision.supervisedLoss];
  },
  FLIP_COMPUTE: ([studentParams, scenario]) => {
    const crossover = crossoverCompute({
      studentParams: count('student_params', studentParams),
      scenario: optionalScenario('scenario', scenario) ?? 'best-case',
    });
    return [crossover.flipCompute ?? 'none'];
  },
  GPU_HOURS: ([flops, gpu, mfu]) => costCells.gpuHours(flops, gpu, mfu),
  TRAINING_COST: ([flops, gpu, provider, mfu, currency, rate]) =>
    costCells.trainingCost(flops, gpu, provider, mfu, currency, rate),
};

/**
 * An existing teacher is given by its loss and size (its pretraining is sunk,
 * distillation pays its inference); with neither, one is trained for the
 * student(s). Students only matter when the teacher is new.
 */
function teacherSituation(teacherLoss: unknown, teacherParams: unknown, students: unknown): TeacherSituation {
  const hasLoss = !isBlank(teacherLoss);
  const hasParams = !isBlank(teacherParams);
  if (hasLoss && hasParams)
    return {
      kind: 'loss',
      teacherLoss: loss('teacher_loss', teacherLoss),
      teacherParams: count('teacher_params', teacherParams),
    };
  if (hasLoss)
    throw new InputError(
      'teacher_params',
      'is needed with teacher_loss',
      "the existing teacher's parameters, e.g. 7B (distillation pays its inference)",
    );
  if (hasParams)
    throw new InputError(
      'teacher_loss',
      'is needed with teacher_params',
      "the existing teacher's loss in nats/token, e.g. 1.9; or leave both blank to train a teacher",
    );
  return { kind: 'none', students: optionalCount('students', students) };
}

function lift(name: FunctionName): CustomFunction {
  const spec = specOf(name);
  const compute: Compute = (cells) => finite(COMPUTE[name](cells));
  return (...args: unknown[]) => overRanges(spec, args, compute);
}

export const FUNCTIONS: Record<FunctionName, CustomFunction> = Object.fromEntries(
  (Object.keys(COMPUTE) as FunctionName[]).map((name) => [name, lift(name)]),
) as Record<FunctionName, CustomFunction>;
