/**
 * The custom functions. Each one only coerces its cells (coerce.ts), calls
 * core, and shapes the answer into cells; every number is core's, so a sheet
 * agrees with the CLI and Slack to the last digit. Ranges, blanks and per-row
 * errors are handled once, in ranges.ts.
 */
import {
  type CoefficientSet,
  coefficientSet,
  crossoverCompute,
  type Decision,
  decide,
  distilledLoss,
  FITTED_RANGES,
  type FieldId,
  flopsPerToken,
  InputError,
  inputError,
  MAX_PILOT_SHARE,
  optimalDistillation,
  optimalSupervised,
  type Preset,
  parseLanguage,
  parseShare,
  pilotDesignFor,
  setFromRow,
  supervisedLoss,
  type TeacherSituation,
  teacherSituationOf,
  trainingFlops,
  UNIFORM_LOSS_NATS,
  VOCABULARY_SIZE,
} from '../../core/index.js';
import { PILOT_WORDS, renderWarning, SHEETS_WORDS } from '../../messages/index.js';
import {
  computeOf,
  count,
  isBlank,
  loss,
  optionalCount,
  optionalScenario,
  optionalText,
  teacherSpecOf,
} from './coerce.js';
import { costCells } from './cost.js';
import { fitDistil, fitSupervised } from './fit.js';
import { fixedLang, type LangAtDoor, sheetLang } from './lang.js';
import { type Compute, fullReason, type OutputValue, overRanges } from './ranges.js';
import { type FunctionName, specOf } from './registry.js';
import { costScenariosCells } from './scenarios.js';

export type CustomFunction = (...args: unknown[]) => OutputValue | OutputValue[][];

/** Numbers must be finite: a NaN in a budget sheet would poison every SUM below it. */
function finite(name: FunctionName, values: readonly OutputValue[]): readonly OutputValue[] {
  for (const value of values) {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new InputError('subcommand', { code: 'result-not-finite' }, { form: 'inputs-in-range' }, { typed: name });
  }
  return values;
}

/** The functions that take whole ranges as one data set (fit.ts); every other one is computed per row. */
type WholeRangeName = 'FIT_SUPERVISED' | 'FIT_DISTIL' | 'COST_SCENARIOS' | 'PILOT_PLAN';

/** Each call decides its language once, at the door (lang.ts), and words every error and note in it. */
const WHOLE_RANGE: Record<WholeRangeName, CustomFunction> = {
  FIT_SUPERVISED: (params, tokens, losses, fixed) => fitSupervised(params, tokens, losses, fixed, sheetLang()),
  FIT_DISTIL: (studentParams, studentTokens, teacherLosses, studentLosses, fixed) =>
    fitDistil(studentParams, studentTokens, teacherLosses, studentLosses, fixed, sheetLang()),
  COST_SCENARIOS: (flops, gpus, kinds, currency, rate, costs) =>
    costScenariosCells(
      flops,
      gpus,
      kinds,
      currency,
      rate,
      costs,
      (cell) =>
        computeOf('flops', cell, {
          min: 0,
          exclusiveMin: false,
          accepted: { form: 'sheet-compute', budgetHint: false },
        }),
      sheetLang(),
    ),
  PILOT_PLAN: (studentParams, compute, teacherLoss, teacherParams, students, share, lang) =>
    pilotPlanRows([studentParams, compute, teacherLoss, teacherParams, students], share, lang),
};

/** One question → the pilot's runs as rows under a header (core's design, as the CLI and Slack list it). */
function pilotPlanRows(question: readonly unknown[], share: unknown, lang: unknown): OutputValue[][] {
  let language = sheetLang();
  try {
    language = languageOf(lang, language);
    const [studentParams, compute, teacherLoss, teacherParams, students] = question;
    const design = pilotDesignFor(
      {
        studentParams: count('studentParams', studentParams),
        compute: computeOf('compute', compute),
        teacher: teacherSituation(teacherLoss, teacherParams, students),
      },
      isBlank(share) ? {} : { share: parseShare('pilotShare', share, MAX_PILOT_SHARE) },
    );
    const words = PILOT_WORDS[language()];
    return [
      [...words.runColumns.slice(0, 5)],
      ...design.runs.map((run, i): OutputValue[] => [i + 1, words.runKind(run), run.params, run.tokens, run.flops]),
    ];
  } catch (error) {
    throw new Error(fullReason(specOf('PILOT_PLAN'), error, language()));
  }
}

/** Blank: the sheet's language; else core's reader, the one Slack's lang= uses (ja, Japanese, 日本語…). */
function languageOf(cell: unknown, sheet: LangAtDoor): LangAtDoor {
  const text = optionalText('lang', cell);
  return text === undefined ? sheet : fixedLang(parseLanguage('lang', text));
}

type RowFunction = (cells: readonly unknown[], lang: LangAtDoor) => readonly OutputValue[];

const COMPUTE: Record<Exclude<FunctionName, WholeRangeName>, RowFunction> = {
  DISTIL_LOSS: ([studentParams, tokens, teacherLoss, preset]) => {
    const teacher = loss('teacherLoss', teacherLoss);
    const studentTokens = count('tokens', tokens);
    const predicted = distilledLoss(
      count('studentParams', studentParams),
      studentTokens,
      teacher,
      presetOf(preset),
    ).loss;
    return [prediction(predicted, studentTokens, 'studentParams', FITTED_RANGES.studentParams)];
  },
  SUPERVISED_LOSS: ([params, tokens, preset]) => {
    const trainingTokens = count('tokens', tokens);
    const predicted = supervisedLoss(count('params', params), trainingTokens, presetOf(preset));
    return [prediction(predicted, trainingTokens, 'params', FITTED_RANGES.supervisedParams)];
  },
  FORWARD_FLOPS: ([params]) => [flopsPerToken(count('params', params)).forwardPerToken],
  TRAINING_FLOPS: ([params, tokens]) => [trainingFlops(count('params', params), count('tokens', tokens))],
  OPTIMAL_SUPERVISED: ([compute]) => {
    const plan = optimalSupervised(computeOf('compute', compute));
    return [plan.params, plan.tokens, plan.loss];
  },
  OPTIMAL_DISTIL: ([studentParams, compute, scenario, students]) => {
    const plan = optimalDistillation({
      studentParams: count('studentParams', studentParams),
      compute: computeOf('compute', compute),
      scenario: optionalScenario('scenario', scenario),
      students: optionalCount('students', students),
    });
    return [plan.loss, plan.studentTokens, plan.teacherParams, plan.teacherTokens, plan.teacherLoss];
  },
  DISTIL_OR_TRAIN: (cells, lang) => {
    const decision = decisionOf(cells);
    // The call first (what to act on), the law's bare verdict last.
    return [
      decision.call,
      lossCell(decision, 'distilLoss', lang),
      lossCell(decision, 'supervisedLoss', lang),
      decision.verdict,
    ];
  },
  DISTIL_NOTES: (cells, lang) => [
    decisionOf(cells)
      .warnings.map((warning) => renderWarning(warning, lang()))
      .join(SHEETS_WORDS[lang()].notesJoin),
  ],
  FLIP_COMPUTE: ([studentParams, scenario, students]) => {
    const crossover = crossoverCompute({
      studentParams: count('studentParams', studentParams),
      scenario: optionalScenario('scenario', scenario) ?? 'best-case',
      students: optionalCount('students', students),
    });
    return [crossover.flipCompute ?? 'none'];
  },
  GPU_HOURS: ([flops, gpu, mfu]) => costCells.gpuHours(flops, gpu, mfu),
  TRAINING_COST: ([flops, gpu, providerOrPrice, mfu, currency, rate]) =>
    costCells.trainingCost(flops, gpu, providerOrPrice, mfu, currency, rate),
  BUDGET_FLOPS: ([budget, gpu, providerOrPrice, mfu, currency, rate]) =>
    costCells.budgetFlops(budget, gpu, providerOrPrice, mfu, currency, rate),
  GPU_PRICE: ([gpu, provider, currency, rate]) => costCells.gpuPrice(gpu, provider, currency, rate),
};

/**
 * An existing teacher is given by its loss and size, or by size@tokens in
 * teacher_params (8B@15T), as Slack's teacher= takes it (its pretraining is
 * sunk, distillation pays its inference); with neither, one is trained for
 * the student(s). The rules are core's (teacherSituationOf); blank cells are absent.
 */
function teacherSituation(teacherLoss: unknown, teacherParams: unknown, students: unknown): TeacherSituation {
  const spec = isBlank(teacherParams) ? undefined : teacherSpecOf('teacherParams', teacherParams);
  return teacherSituationOf({
    teacherLoss: isBlank(teacherLoss) ? undefined : loss('teacherLoss', teacherLoss),
    teacherParams: spec?.teacherParams,
    teacherTokens: spec?.teacherTokens,
    students: optionalCount('students', students),
  });
}

/**
 * A predicted loss above a uniform guess is the law extrapolated to nonsense:
 * said, not shown as a number. The blame goes to the tokens when they are
 * below every fitted run (PAPER.md §7), else to the model size.
 */
function prediction(
  predicted: number,
  tokens: number,
  paramsField: FieldId,
  paramsRange: { low: number; high: number },
): number {
  if (predicted <= UNIFORM_LOSS_NATS) return predicted;
  const problem = { vocabularySize: VOCABULARY_SIZE, uniformLoss: UNIFORM_LOSS_NATS };
  const tokensRange = FITTED_RANGES.studentTokens;
  if (tokens < tokensRange.low)
    throw inputError('tokens', 'no-prediction', problem, 'count-range', {
      min: tokensRange.low,
      max: tokensRange.high,
      unit: 'tokens',
    });
  throw inputError(paramsField, 'no-prediction', problem, 'count-range', {
    min: paramsRange.low,
    max: paramsRange.high,
    unit: 'parameters',
  });
}

/** DISTIL_OR_TRAIN's and DISTIL_NOTES's question; the row shows no flip budget (FLIP_COMPUTE gives it). */
function decisionOf([studentParams, compute, teacherLoss, teacherParams, students]: readonly unknown[]): Decision {
  return decide(
    {
      studentParams: count('studentParams', studentParams),
      compute: computeOf('compute', compute),
      teacher: teacherSituation(teacherLoss, teacherParams, students),
    },
    { flipSearch: false },
  );
}

/** A loss worse than a uniform guess over the vocabulary is no prediction: the cell says so instead of a number. */
function lossCell(decision: Decision, name: 'distilLoss' | 'supervisedLoss', lang: LangAtDoor): OutputValue {
  return decision.evidence.lossesAboveUniform.includes(name)
    ? SHEETS_WORDS[lang()].noPrediction({ vocabularySize: VOCABULARY_SIZE })
    : decision[name];
}

/** A preset cell: a set id, or (already read from a range by `lift`) a coefficient set. */
function presetOf(cell: unknown): Preset | undefined {
  return typeof cell === 'object' && cell !== null ? (cell as CoefficientSet) : optionalText('preset', cell);
}

function isNumberRow(value: unknown): value is unknown[][] {
  return (
    Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length > 1 &&
    value[0].every((cell) => typeof cell === 'number')
  );
}

function lift(name: Exclude<FunctionName, WholeRangeName>): CustomFunction {
  const spec = specOf(name);
  const presetAt = spec.params.findIndex((param) => param.name === 'preset');
  return (...args: unknown[]) => {
    const lang = sheetLang();
    const compute: Compute = (cells) => finite(name, COMPUTE[name](cells, lang));
    // A row of numbers in `preset` is one coefficient set (FIT_SUPERVISED's 6 cells or both fits' 15); a column of
    // ids is still one preset per row.
    if (presetAt >= 0 && isNumberRow(args[presetAt])) {
      try {
        args[presetAt] = setFromRow((args[presetAt] as unknown[]).flat(), 'preset', coefficientSet());
      } catch (error) {
        throw new Error(fullReason(spec, error, lang()));
      }
    }
    return overRanges(spec, args, compute, lang);
  };
}

export const FUNCTIONS: Record<FunctionName, CustomFunction> = {
  ...(Object.fromEntries(
    (Object.keys(COMPUTE) as Exclude<FunctionName, WholeRangeName>[]).map((name) => [name, lift(name)]),
  ) as Record<Exclude<FunctionName, WholeRangeName>, CustomFunction>),
  ...WHOLE_RANGE,
};
