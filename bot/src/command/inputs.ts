/** Known words → the inputs of decide, plan and cost (the budget stays text: core/cost reads it). */
import { type FlopCounting, parseCount } from '../../../core/index.js';
import { CommandError } from './errors.js';
import { EXAMPLE_VALUE } from './keys.js';
import { isJapanese } from './lang.js';
import { count, type Pairs, required, students } from './pairs.js';
import type { Common, CostInputs, CostWords, DecideInputs, Lang, PlanInputs } from './request.js';
import { teacherOf } from './teacher.js';
import { clip } from './words.js';

function common(pairs: Pairs, lang: Lang, subcommand: string): Common {
  const cost: CostWords = {};
  for (const key of ['gpu', 'provider', 'mfu', 'price', 'currency', 'rate', 'precision'] as const) {
    const word = pairs.get(key);
    if (word) cost[key] = word.value;
  }
  const lw = pairs.get('lang');
  if (lw && !isJapanese(lw.value) && !['en', 'english', 'en-us', 'en-gb'].includes(lw.value.toLowerCase())) {
    throw new CommandError(
      'lang',
      { problem: `"${clip(lw.value)}" is not a language /distil speaks`, accepted: 'en or ja' },
      { problem: `「${clip(lw.value)}」には対応していません`, accepted: 'en または ja' },
    );
  }
  return {
    lang,
    preset: pairs.get('preset')?.value,
    counting: countingOf(pairs.get('counting')?.value),
    cost,
    budget: required(pairs, 'budget', subcommand),
  };
}

function countingOf(value: string | undefined): FlopCounting | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (lower === 'paper') return 'paper';
  if (lower === '6n' || lower === '6nd') return '6N';
  throw new CommandError(
    'counting',
    {
      problem: `"${clip(value)}" is not a FLOP counting`,
      accepted: "paper (3·F(N) per token, the paper's Eq. 69) or 6N",
    },
    {
      problem: `「${clip(value)}」は FLOP の数え方ではありません`,
      accepted: 'paper（論文の式69、3·F(N)/トークン）または 6N',
    },
  );
}
/** As typed: core reads short names (best, inference) and checks it. */
function scenario(pairs: Pairs, fallback: string): string {
  return pairs.get('scenario')?.value ?? fallback;
}

export function decideInputs(pairs: Pairs, lang: Lang): DecideInputs {
  // Checked in reading order: the student, then the budget, then the rest.
  const student = parseCount('student', required(pairs, 'student', 'decide'));
  return { ...common(pairs, lang, 'decide'), student, teacher: teacherOf(pairs) };
}

export function planInputs(pairs: Pairs, lang: Lang): PlanInputs {
  const student = parseCount('student', required(pairs, 'student', 'plan'));
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
        throw new CommandError(
          key,
          {
            problem: 'needs student= (it describes a plan to cost)',
            accepted: `student=1B ${key}=${EXAMPLE_VALUE[key]}`,
          },
          {
            problem: 'には student= が必要です（費用を出す計画の指定です）',
            accepted: `student=1B ${key}=${EXAMPLE_VALUE[key]}`,
          },
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
