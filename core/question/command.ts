/**
 * A reading as a command: the key=value words every face's explicit form
 * takes (Slack's text after /distil, the CLI's flags by the same keys), and
 * what is missing for its intent — the blanks a question back offers.
 */
import { hasJapaneseScript, type QuestionKey } from './keys.js';
import type { Intent, QuestionReading, ReadValue, UnknownPair } from './read.js';

/** The order values are written in, so a command reads the same however the question was phrased. */
const ORDER: readonly QuestionKey[] = [
  'student',
  'budget',
  'teacher',
  'teacher-tokens',
  'teacher-loss',
  'students',
  'scenario',
  'gpus',
  'deadline',
  'gpu',
  'provider',
  'price',
  'mfu',
  'precision',
  'currency',
  'rate',
  'serve',
  'days',
  'costs',
  'kind',
  'share',
  'preset',
  'counting',
  'lang',
];

/** What an intent cannot be answered without. */
export const REQUIRED: Readonly<Record<Intent, readonly QuestionKey[]>> = {
  decide: ['student', 'budget'],
  compare: ['student', 'budget'],
  plan: ['student', 'budget'],
  cost: ['budget'],
  pilot: ['student', 'budget'],
  scenarios: ['budget'],
  help: [],
  presets: [],
  models: [],
};

export function sortedValues(values: readonly ReadValue[]): ReadValue[] {
  return [...values].sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
}

/** The keys an intent needs that the question did not give. */
export function missingOf(reading: QuestionReading): QuestionKey[] {
  return REQUIRED[reading.intent].filter((key) => !reading.values.some((value) => value.key === key));
}

/** key=value words in the order the person gave them, each key as they typed it when they typed one. */
function pairsText(values: readonly ReadValue[], unknownPairs: readonly UnknownPair[]): string {
  // A key typed once (生徒=1B) names every value of that key, so a problem with either names it as typed.
  const spelled = new Map(values.filter((value) => value.typedKey).map((value) => [value.key, value.typedKey!]));
  return [
    ...values.map((value) => ({
      at: value.at,
      word: `${value.typedKey ?? spelled.get(value.key) ?? value.key}=${value.value}`,
    })),
    ...unknownPairs.map((unknown) => ({ at: unknown.at, word: unknown.pair })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((item) => item.word)
    .join(' ');
}

/** The values, plus lang=ja when the question is Japanese and the command would not show it (ASCII values). */
function withLang(reading: QuestionReading, values: readonly ReadValue[]): ReadValue[] {
  if (reading.lang !== 'ja' || reading.values.some((value) => value.key === 'lang')) return [...values];
  if (values.some((value) => hasJapaneseScript(`${value.typedKey ?? ''}${value.value}`))) return [...values];
  return [...values, { key: 'lang', value: 'ja', typed: 'ja', at: Number.MAX_SAFE_INTEGER }];
}

/**
 * The explicit command the reading stands for, in the words Slack's parser reads: `decide student=1B
 * budget=$20k teacher=6980000000@15T`. Two or more students make a compare whose first part carries every
 * other value and each later part one student.
 */
export function commandOf(reading: QuestionReading): string {
  if (reading.scenarios)
    return `compare ${reading.scenarios
      .map(
        (scenario, index) =>
          `${scenario.label ? `${scenario.label}: ` : ''}${pairsText(index === 0 ? withLang(reading, scenario.values) : scenario.values, scenario.unknownPairs)}`,
      )
      .join(' | ')}`;
  if (reading.intent === 'compare') {
    const students = reading.values.filter((value) => value.key === 'student');
    const others = reading.values.filter((value) => value.key !== 'student');
    const [first, ...later] = students;
    const head = pairsText(withLang(reading, first ? [first, ...others] : others), reading.unknownPairs);
    return ['compare', [head, ...later.map((student) => `student=${student.value}`)].join(' | ')].join(' ');
  }
  // A decide typed as bare key=value words stays bare: the command reads as the person wrote it.
  const intent =
    reading.intent === 'decide' && reading.subcommand === undefined && reading.values.every((value) => value.typedKey)
      ? ''
      : reading.intent;
  return `${intent} ${pairsText(withLang(reading, reading.values), reading.unknownPairs)}`.trim();
}
