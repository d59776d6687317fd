/**
 * The key=value words /distil understands, what people also type for them
 * (the CLI's flag names among them), and a valid example value for each, used
 * to build the "try this instead" line of an error.
 */
import { type FieldId, KEY_ALIASES, type QuestionKey } from '../../../core/index.js';

/** The keys are core's one table (core/question/keys.ts), which the question reader also reads. */
export type Key = QuestionKey;

export const SUBCOMMANDS = ['decide', 'plan', 'cost', 'compare', 'pilot', 'help', 'scenarios'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** The Japanese words are what a person types in Japanese (生徒=1B 予算=300万円), read as the English keys: core's one table. */
const ALIASES: Record<Key, readonly string[]> = KEY_ALIASES;

const BY_ALIAS = new Map<string, Key>();
for (const [key, aliases] of Object.entries(ALIASES) as [Key, readonly string[]][])
  for (const alias of aliases) BY_ALIAS.set(alias, key);

export function keyFor(typed: string): Key | undefined {
  return BY_ALIAS.get(typed);
}

export const ALL_ALIASES: readonly string[] = [...BY_ALIAS.keys()];

const COST_KEYS: readonly Key[] = ['gpu', 'provider', 'mfu', 'price', 'currency', 'rate', 'precision'];
const COMMON_KEYS: readonly Key[] = ['preset', 'counting', 'lang', ...COST_KEYS, 'costs'];
/** Tokens served a day and for how many days: training + serving cost, and the break-even in compare. */
const SERVING_KEYS: readonly Key[] = ['serve', 'days'];

/** The teacher and the run's scale, which every question about one distillation takes after student and budget. */
const TEACHER_AND_SCALE_KEYS: readonly Key[] = ['teacher', 'teacher-loss', 'teacher-tokens', 'students', 'gpus'];
/** A deadline for the run: the GPUs that finish it within it (decide and compare). */
const DEADLINE_KEYS: readonly Key[] = ['deadline'];

const DECIDE_KEYS: readonly Key[] = [
  'student',
  'budget',
  ...TEACHER_AND_SCALE_KEYS,
  ...DEADLINE_KEYS,
  ...SERVING_KEYS,
  ...COMMON_KEYS,
];

/** Keys each subcommand accepts; compare takes decide's keys in every scenario. */
export const KEYS_OF: Record<Exclude<Subcommand, 'help'>, readonly Key[]> = {
  decide: DECIDE_KEYS,
  plan: ['student', 'budget', 'scenario', 'students', ...COMMON_KEYS],
  cost: ['budget', 'student', 'scenario', 'students', ...COMMON_KEYS],
  compare: DECIDE_KEYS,
  /** One run on every offer: the decide question's keys (or a budget alone), and the lists that filter the offers. */
  scenarios: ['budget', 'student', ...TEACHER_AND_SCALE_KEYS, 'kind', ...COMMON_KEYS],
  /** The decide question (no serving) and the pilot's share of the budget. */
  pilot: ['student', 'budget', ...TEACHER_AND_SCALE_KEYS, 'share', ...COMMON_KEYS],
};

/** A valid value for each key, for corrected examples. */
export const EXAMPLE_VALUE: Record<Key, string> = {
  student: '1B',
  budget: '1e21',
  teacher: '7B@2T',
  'teacher-loss': '2.1',
  'teacher-tokens': '2T',
  students: '4',
  scenario: 'teacher-inference',
  gpu: 'h100',
  provider: 'lambda',
  mfu: '0.4',
  price: '2.99',
  currency: 'JPY',
  rate: '150',
  precision: 'bf16',
  gpus: '8',
  preset: 'busbridge2025-corrected',
  counting: 'paper',
  lang: 'ja',
  serve: '2B',
  days: '365',
  deadline: '30',
  costs: 'finance',
  kind: 'on-demand,spot',
  share: '5%',
};

/** The core field each key carries (messages/ names a field back by its Slack key). */
export const FIELD_OF_KEY: Record<Key, FieldId> = {
  student: 'studentParams',
  budget: 'budget',
  teacher: 'teacherParams',
  'teacher-loss': 'teacherLoss',
  'teacher-tokens': 'teacherTokens',
  students: 'students',
  scenario: 'scenario',
  gpu: 'gpu',
  provider: 'provider',
  mfu: 'mfu',
  price: 'price',
  currency: 'currency',
  rate: 'rate',
  precision: 'precision',
  gpus: 'gpus',
  preset: 'preset',
  counting: 'flopCounting',
  lang: 'lang',
  serve: 'tokensPerDay',
  days: 'days',
  deadline: 'deadline',
  costs: 'costs',
  kind: 'kinds',
  share: 'pilotShare',
};

/** "Did you mean": one rule for every face (core/closest.ts), re-exported where Slack's parsers import it. */
export { closest, distance } from '../../../core/index.js';
