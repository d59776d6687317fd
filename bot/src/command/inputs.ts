/** Known words → the inputs of decide, plan and cost (the budget stays text: core/cost reads it). */
import {
  checkGpus,
  type FlopCounting,
  InputError,
  type IsoDate,
  parseCount,
  parseDeadlineDays,
  parseLanguage,
} from '../../../core/index.js';
import { FIELD_OF_KEY } from './keys.js';
import { count, type Pairs, required, students } from './pairs.js';
import type {
  Common,
  CostInputs,
  CostWords,
  DecideInputs,
  Lang,
  PilotInputs,
  PlanInputs,
  ScenarioInputs,
  ServingWords,
} from './request.js';
import { teacherOf } from './teacher.js';
import { clip } from './words.js';

function common(pairs: Pairs, lang: Lang, subcommand: string): Common {
  const cost: CostWords = {};
  for (const key of ['gpu', 'provider', 'mfu', 'price', 'currency', 'rate', 'precision'] as const) {
    const word = pairs.get(key);
    if (word) cost[key] = word.value;
  }
  const lw = pairs.get('lang');
  if (lw) parseLanguage('lang', lw.value);
  return {
    lang,
    preset: pairs.get('preset')?.value,
    counting: countingOf(pairs.get('counting')?.value),
    cost,
    budget: required(pairs, 'budget', subcommand),
    ...(pairs.has('costs') ? { costs: pairs.get('costs')!.value } : {}),
  };
}

function countingOf(value: string | undefined): FlopCounting | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (lower === 'paper') return 'paper';
  if (lower === '6n' || lower === '6nd') return '6N';
  throw new InputError(
    'flopCounting',
    { code: 'unknown-flop-counting', value: clip(value) },
    { form: 'flop-counting' },
  );
}
/** As typed: core reads short names (best, inference) and checks it. */
function scenario(pairs: Pairs, fallback: string): string {
  return pairs.get('scenario')?.value ?? fallback;
}

export function decideInputs(pairs: Pairs, lang: Lang, subcommand = 'decide', today?: IsoDate): DecideInputs {
  // Checked in reading order: the student, then the budget, then the rest.
  const student = parseCount('studentParams', required(pairs, 'student', subcommand));
  const gpus = pairs.get('gpus');
  const deadline = pairs.get('deadline');
  const serving = servingOf(pairs);
  return {
    ...common(pairs, lang, subcommand),
    student,
    teacher: teacherOf(pairs),
    ...(gpus ? { gpus: checkGpus('gpus', gpus.value) } : {}),
    ...(deadline ? { deadlineDays: parseDeadlineDays(deadline.value, today) } : {}),
    ...(serving ? { serving } : {}),
  };
}

/** pilot: decide's question, and share= as typed (core reads it). */
export function pilotInputs(pairs: Pairs, lang: Lang, today?: IsoDate): PilotInputs {
  const share = pairs.get('share')?.value;
  return { ...decideInputs(pairs, lang, 'pilot', today), ...(share === undefined ? {} : { share }) };
}

/** serve= and days=: both or neither. */
function servingOf(pairs: Pairs): ServingWords | undefined {
  const tokensPerDay = pairs.get('serve')?.value;
  const days = pairs.get('days')?.value;
  if (tokensPerDay === undefined && days === undefined) return undefined;
  if (tokensPerDay === undefined)
    throw new InputError('tokensPerDay', { code: 'needed-with', other: 'days' }, { form: 'tokens-per-day' });
  if (days === undefined)
    throw new InputError('days', { code: 'needed-with', other: 'tokensPerDay' }, { form: 'days-count' });
  return { tokensPerDay, days };
}

export function planInputs(pairs: Pairs, lang: Lang): PlanInputs {
  const student = parseCount('studentParams', required(pairs, 'student', 'plan'));
  return {
    ...common(pairs, lang, 'plan'),
    student,
    scenario: scenario(pairs, 'pretraining-and-inference'),
    students: students(pairs),
  };
}

export function costInputs(pairs: Pairs, lang: Lang): CostInputs {
  const base = common(pairs, lang, 'cost');
  if (!pairs.has('student')) {
    for (const key of ['scenario', 'students'] as const) {
      if (pairs.has(key)) {
        throw new InputError(
          FIELD_OF_KEY[key],
          { code: 'needs-student' },
          { form: 'example', field: 'studentParams', value: '1B' },
        );
      }
    }
    return base;
  }
  const plan = {
    student: count(pairs, 'student'),
    scenario: scenario(pairs, 'pretraining-and-inference'),
    students: students(pairs),
  };
  return { ...base, plan };
}

export function scenarioInputs(pairs: Pairs, lang: Lang): ScenarioInputs {
  const base = common(pairs, lang, 'scenarios');
  const gpus = pairs.get('gpus');
  const kinds = pairs.get('kind')?.value;
  const extra = { ...(gpus ? { gpus: checkGpus('gpus', gpus.value) } : {}), ...(kinds ? { kinds } : {}) };
  if (!pairs.has('student')) {
    for (const key of ['teacher', 'teacher-loss', 'teacher-tokens', 'students'] as const)
      if (pairs.has(key))
        throw new InputError(
          FIELD_OF_KEY[key],
          { code: 'needs-student' },
          { form: 'example', field: 'studentParams', value: '1B' },
        );
    return { ...base, ...extra };
  }
  return { ...base, ...extra, decide: { student: count(pairs, 'student'), teacher: teacherOf(pairs) } };
}
