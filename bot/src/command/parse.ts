/**
 * What someone typed after /distil → a typed request. Parsing only: numbers
 * are read with the core's parseCount (the CLI's forms); budgets stay text
 * here because money and GPU-hours need the GPU and price to become FLOPs.
 */
import { isInputError, parseCount, type FlopCounting, type TeacherSituation } from '../../../core/index.js';
import { CommandError } from './errors.js';
import { closest, EXAMPLE_VALUE, keyFor, KEYS_OF, SCENARIO_ALIASES, SUBCOMMANDS, type Key, type Subcommand } from './keys.js';
import { clip, normaliseText, splitWords, type Word } from './words.js';

export type Lang = 'en' | 'ja';

/** Cost settings exactly as typed; core/cost reads and checks them. */
export type CostWords = Partial<Record<'gpu' | 'provider' | 'mfu' | 'price' | 'currency' | 'rate' | 'precision', string>>;

export interface Common {
  lang: Lang;
  preset?: string;
  counting?: FlopCounting;
  cost: CostWords;
  /** The budget as typed: FLOPs, money or GPU-hours. */
  budget: string;
}

export interface DecideInputs extends Common {
  student: number;
  teacher: TeacherSituation;
}

export interface PlanInputs extends Common {
  student: number;
  scenario: string;
  students: number;
}

export interface CostInputs extends Common {
  /** With a student, the compute-optimal plan is costed part by part; without, just the budget. */
  plan?: { student: number; scenario: string; students: number };
}

export interface CompareScenario {
  label: string;
  inputs: DecideInputs;
}

export type Request =
  | { kind: 'help'; lang: Lang }
  | { kind: 'decide'; lang: Lang; inputs: DecideInputs }
  | { kind: 'plan'; lang: Lang; inputs: PlanInputs }
  | { kind: 'cost'; lang: Lang; inputs: CostInputs }
  | { kind: 'compare'; lang: Lang; scenarios: CompareScenario[] };

export const MAX_COMPARE = 4;

/** The language asked for anywhere in the text, so even a parse error answers in it. */
export function detectLang(text: string): Lang {
  const match = /(?:^|\s)(?:lang|language)\s*=\s*(\S+)/i.exec(normaliseText(text));
  return match && isJapanese(match[1]!) ? 'ja' : 'en';
}

function isJapanese(value: string): boolean {
  return ['ja', 'jp', 'ja-jp', 'japanese', '日本語'].includes(value.toLowerCase());
}

export function parseRequest(text: string): Request {
  const normal = normaliseText(text);
  const lang = detectLang(normal);
  const [first = '', ...rest] = normal.split(' ');
  const subcommand = subcommandOf(first.toLowerCase());
  if (subcommand === 'help') return { kind: 'help', lang };
  const body = subcommand === undefined ? normal : rest.join(' ');
  const kind = subcommand ?? 'decide';
  if (kind === 'compare') return { kind, lang, scenarios: parseCompare(body, lang) };
  const pairs = collect(body, kind);
  if (kind === 'decide') return { kind, lang, inputs: decideInputs(pairs, lang) };
  if (kind === 'plan') return { kind, lang, inputs: planInputs(pairs, lang) };
  return { kind, lang, inputs: costInputs(pairs, lang) };
}

/**
 * The subcommand, or undefined when the text starts straight with key=value
 * words (read as decide). A first bare word that is no subcommand is an error
 * that suggests the closest one.
 */
function subcommandOf(first: string): Subcommand | undefined {
  if (first === '' || first === '?' || first === 'usage' || first === 'ヘルプ') return 'help';
  if ((SUBCOMMANDS as readonly string[]).includes(first)) return first as Subcommand;
  if (first.includes('=')) return undefined;
  const near = closest(first, SUBCOMMANDS);
  throw new CommandError(`"${clip(first)}"`, {
    problem: `is not a /distil subcommand${near ? ` (did you mean ${near}?)` : ''}`,
    accepted: `one of ${SUBCOMMANDS.join(', ')}`,
  }, {
    problem: `は /distil のサブコマンドではありません${near ? `（${near} のことですか？）` : ''}`,
    accepted: `${SUBCOMMANDS.join('、')} のいずれか`,
  });
}

type Pairs = Map<Key, Word>;

/** key=value words of one subcommand: known keys, each once, none empty. */
export function collect(body: string, subcommand: Exclude<Subcommand, 'help'>): Pairs {
  const words = splitWords(body);
  if (words.bare.length > 0) throw strayWord(words.bare[0]!);
  const allowed = KEYS_OF[subcommand];
  const pairs: Pairs = new Map();
  for (const word of words.pairs) {
    const key = keyFor(word.key);
    if (key === undefined || !allowed.includes(key)) throw unknownKey(word, subcommand, key);
    if (pairs.has(key)) throw new CommandError(key, { problem: 'is given twice', accepted: 'each key once' }, { problem: 'が2回指定されています', accepted: '各キーは1回だけ' });
    if (word.value.trim() === '') throw new CommandError(key, { problem: 'is empty', accepted: `${key}=${EXAMPLE_VALUE[key]}` }, { problem: 'の値が空です', accepted: `${key}=${EXAMPLE_VALUE[key]}` });
    pairs.set(key, { ...word, value: word.value.trim() });
  }
  return pairs;
}

function strayWord(word: string): CommandError {
  return new CommandError(`"${clip(word)}"`, {
    problem: 'is not a key=value word',
    accepted: 'key=value words such as student=1B budget=1e21 (a space after = is fine; quotes keep spaces in a value)',
  }, {
    problem: 'は key=値 の形ではありません',
    accepted: 'student=1B budget=1e21 のような key=値 の組',
  });
}

function unknownKey(word: Word, subcommand: Exclude<Subcommand, 'help'>, known: Key | undefined): CommandError {
  const allowed = KEYS_OF[subcommand];
  if (known !== undefined) {
    return new CommandError(known, {
      problem: `does not go with ${subcommand}`,
      accepted: `for ${subcommand}: ${allowed.join(', ')}`,
    }, {
      problem: `は ${subcommand} では使えません`,
      accepted: `${subcommand} で使えるキー: ${allowed.join('、')}`,
    });
  }
  const near = closest(word.key, allowed);
  return new CommandError(`${clip(word.typedKey)}=`, {
    problem: `is not a key ${subcommand} understands${near ? ` (did you mean ${near}=?)` : ''}`,
    accepted: allowed.map((key) => `${key}=`).join(' '),
  }, {
    problem: `は ${subcommand} のキーではありません${near ? `（${near}= のことですか？）` : ''}`,
    accepted: allowed.map((key) => `${key}=`).join(' '),
  });
}

function required(pairs: Pairs, key: Key, subcommand: string): string {
  const word = pairs.get(key);
  if (word === undefined) {
    throw new CommandError(key, { problem: `is missing (${subcommand} needs it)`, accepted: `${key}=${EXAMPLE_VALUE[key]}` },
      { problem: `がありません（${subcommand} に必要です）`, accepted: `${key}=${EXAMPLE_VALUE[key]}` });
  }
  return word.value;
}

function common(pairs: Pairs, lang: Lang, subcommand: string): Common {
  const cost: CostWords = {};
  for (const key of ['gpu', 'provider', 'mfu', 'price', 'currency', 'rate', 'precision'] as const) {
    const word = pairs.get(key);
    if (word) cost[key] = word.value;
  }
  const lw = pairs.get('lang');
  if (lw && !isJapanese(lw.value) && !['en', 'english', 'en-us', 'en-gb'].includes(lw.value.toLowerCase())) {
    throw new CommandError('lang', { problem: `"${clip(lw.value)}" is not a language /distil speaks`, accepted: 'en or ja' },
      { problem: `「${clip(lw.value)}」には対応していません`, accepted: 'en または ja' });
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
  throw new CommandError('counting', { problem: `"${clip(value)}" is not a FLOP counting`, accepted: 'paper (3·F(N) per token, the paper\'s Eq. 69) or 6N' },
    { problem: `「${clip(value)}」は FLOP の数え方ではありません`, accepted: 'paper（論文の式69、3·F(N)/トークン）または 6N' });
}

function count(pairs: Pairs, key: Key): number {
  return parseCount(key, pairs.get(key)!.value);
}

function students(pairs: Pairs): number {
  return pairs.has('students') ? count(pairs, 'students') : 1;
}

function scenario(pairs: Pairs, fallback: string): string {
  const typed = pairs.get('scenario')?.value;
  if (typed === undefined) return fallback;
  return SCENARIO_ALIASES[typed.toLowerCase()] ?? typed;
}

function decideInputs(pairs: Pairs, lang: Lang): DecideInputs {
  // Checked in reading order: the student, then the budget, then the rest.
  const student = parseCount('student', required(pairs, 'student', 'decide'));
  return { ...common(pairs, lang, 'decide'), student, teacher: teacherOf(pairs) };
}

function planInputs(pairs: Pairs, lang: Lang): PlanInputs {
  const student = parseCount('student', required(pairs, 'student', 'plan'));
  return { ...common(pairs, lang, 'plan'), student, scenario: scenario(pairs, 'pretraining-and-inference'), students: students(pairs) };
}

function costInputs(pairs: Pairs, lang: Lang): CostInputs {
  const base = common(pairs, lang, 'cost');
  if (!pairs.has('student')) {
    for (const key of ['scenario', 'students'] as const) {
      if (pairs.has(key)) {
        throw new CommandError(key, { problem: 'needs student= (it describes a plan to cost)', accepted: `student=1B ${key}=${EXAMPLE_VALUE[key]}` },
          { problem: 'には student= が必要です（費用を出す計画の指定です）', accepted: `student=1B ${key}=${EXAMPLE_VALUE[key]}` });
      }
    }
    return base;
  }
  const plan = { student: count(pairs, 'student'), scenario: scenario(pairs, 'pretraining-and-inference'), students: students(pairs) };
  return { ...base, plan };
}

const TEACHER_FORMS_EN = 'teacher=7B@2T (size@tokens), or teacher=7B teacher-loss=2.1, or no teacher (optionally students=4 sharing one to be trained)';
const TEACHER_FORMS_JA = 'teacher=7B@2T（サイズ@トークン数）、teacher=7B teacher-loss=2.1、または教師なし（students=4 で共有する教師を学習）';

function teacherError(field: Key, en: string, ja: string): CommandError {
  return new CommandError(field, { problem: en, accepted: TEACHER_FORMS_EN }, { problem: ja, accepted: TEACHER_FORMS_JA });
}

/** teacher=7B@2T, teacher=7B + teacher-loss=, teacher=7B + teacher-tokens=, or none (students=K). */
export function teacherOf(pairs: Pairs): TeacherSituation {
  const typed = pairs.get('teacher')?.value;
  const loss = pairs.get('teacher-loss')?.value;
  const tokens = pairs.get('teacher-tokens')?.value;
  if (typed === undefined || typed.toLowerCase() === 'none') {
    if (loss !== undefined) throw teacherError('teacher', 'is needed with teacher-loss: its size, e.g. teacher=7B', 'teacher-loss には教師のサイズが必要です（例: teacher=7B）');
    if (tokens !== undefined) throw teacherError('teacher', 'is needed with teacher-tokens: its size, e.g. teacher=7B', 'teacher-tokens には教師のサイズが必要です（例: teacher=7B）');
    return { kind: 'none', students: students(pairs) };
  }
  if (pairs.has('students')) throw teacherError('students', 'goes only with no teacher (a teacher trained for, and shared by, K students)', 'は教師なしの場合だけ使えます（K 人の生徒で共有する教師を学習）');
  const [size = '', after] = typed.split('@');
  const teacherParams = parseCount('teacher', size);
  const teacherTokens = after ?? tokens;
  if (after !== undefined && tokens !== undefined) throw teacherError('teacher-tokens', 'is given twice (also after @ in teacher=)', 'が2回指定されています（teacher= の @ の後にもあります）');
  if (teacherTokens !== undefined && loss !== undefined) throw teacherError('teacher-loss', 'cannot go with teacher tokens: give one or the other', 'は教師のトークン数と同時に指定できません');
  if (loss !== undefined) return { kind: 'loss', teacherParams, teacherLoss: parseCount('teacher-loss', loss) };
  if (teacherTokens !== undefined) return { kind: 'size', teacherParams, teacherTokens: parseCount('teacher', teacherTokens) };
  throw teacherError('teacher', 'needs its tokens (teacher=7B@2T) or its loss (teacher-loss=2.1)', 'にはトークン数（teacher=7B@2T）か損失（teacher-loss=2.1）が必要です');
}

/**
 * compare: scenarios separated by `|`, each optionally labelled `a:`. Later
 * scenarios inherit the first one's words and override what they name; naming
 * any teacher word replaces all the teacher words, and naming gpu= drops an
 * inherited provider= and price= (they belong to the first GPU).
 */
function parseCompare(body: string, lang: Lang): CompareScenario[] {
  const parts = body.split('|').map((part) => part.trim());
  if (parts.length < 2 || parts.length > MAX_COMPARE || parts.some((part) => part === '')) {
    throw new CommandError('compare', {
      problem: `needs 2 to ${MAX_COMPARE} scenarios separated by | (got ${parts.filter((p) => p !== '').length})`,
      accepted: 'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200',
    }, {
      problem: `には | で区切った 2〜${MAX_COMPARE} 個のシナリオが必要です（${parts.filter((p) => p !== '').length} 個）`,
      accepted: 'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200',
    });
  }
  const scenarios: CompareScenario[] = [];
  let first: Pairs | undefined;
  parts.forEach((part, index) => {
    const { label, rest } = labelOf(part, index);
    try {
      const own = collect(rest, 'compare');
      const pairs = first === undefined ? own : inherit(first, own);
      first ??= own;
      scenarios.push({ label, inputs: decideInputs(pairs, lang) });
    } catch (error) {
      throw isInputError(error) ? scoped(error, label) : error;
    }
  });
  return scenarios;
}

function labelOf(part: string, index: number): { label: string; rest: string } {
  const match = /^([^\s=:]{1,20}):\s*(.*)$/.exec(part);
  if (match) return { label: match[1]!, rest: match[2]! };
  return { label: String.fromCharCode(65 + index), rest: part };
}

const TEACHER_KEYS: readonly Key[] = ['teacher', 'teacher-loss', 'teacher-tokens', 'students'];

function inherit(first: Pairs, own: Pairs): Pairs {
  const merged: Pairs = new Map(first);
  const ownKeys = [...own.keys()];
  if (ownKeys.some((key) => TEACHER_KEYS.includes(key))) for (const key of TEACHER_KEYS) merged.delete(key);
  if (own.has('gpu')) { merged.delete('provider'); merged.delete('price'); }
  if (own.has('provider')) merged.delete('price');
  if (own.has('price')) merged.delete('provider');
  for (const [key, word] of own) merged.set(key, word);
  return merged;
}

/** Names the scenario in the field: "b: budget". */
export function scoped<E extends { field: string; renamed(field: string): E }>(error: E, label: string): E {
  return error.renamed(`${label}: ${error.field}`);
}
