/**
 * The question reader: what a person typed — a sentence in Japanese or
 * English, a fragment, key=value words, or a mix — read into typed values.
 * Deterministic rules, no model: the same words always read the same way.
 * Each rule takes its span of the text; what no rule takes and is no filler
 * word ("should", "蒸留したい") is returned as `unread`, for a question back.
 */
import { currencyCodeOf, isCodeShaped } from '../cost/currency.js';
import { deadlineDaysOf } from '../cost/deadline.js';
import { deadlineDateOf, type IsoDate, isDeadlineDate, MONTH_NAMES_SOURCE } from '../cost/deadline-date.js';
import { findNamedModels, type OpenModel } from '../models/catalogue.js';
import { isFiller, japaneseLeftover } from './fillers.js';
import { hasJapaneseScript, KEY_ALIASES, type QuestionKey, questionKeyFor } from './keys.js';
import { countText, foldKanjiNumerals, foldScaledCount, scaledNumber } from './numbers.js';

export type Intent = 'decide' | 'compare' | 'cost' | 'plan' | 'pilot' | 'scenarios' | 'help' | 'presets' | 'models';
export type QuestionLang = 'en' | 'ja';

export interface ReadValue {
  key: QuestionKey;
  /** The form the parsers read: 1B, 7B@2T, 500万円, JPY. */
  value: string;
  /** As the person typed it (10億, 70億@2兆, 五百万円 after folding full-width): echoed back in their own form. */
  typed: string;
  /** A teacher taken from the catalogue by name. */
  model?: OpenModel;
  /** The key as typed in a key=value word (lt, 生徒): errors name the field the person's way. */
  typedKey?: string;
  /** Where in the question it was read: a command keeps the person's order. */
  at: number;
  /** A deadline said as a date (by 2027-03-01): the whole days until it from the face's today, for the read-back. */
  days?: number;
}

/** What the face knows that the words do not: today's date (YYYY-MM-DD), for a deadline said as a date. */
export interface ReadOptions {
  today?: IsoDate;
}

/** A key=value word with a key no table knows, where it was typed. */
export interface UnknownPair {
  pair: string;
  at: number;
}

export interface Scenario {
  label?: string;
  values: ReadValue[];
  unknownPairs: UnknownPair[];
}

export interface QuestionReading {
  intent: Intent;
  /** The subcommand word the person typed first (decide, compare …), if any. */
  subcommand?: string;
  /** The language the question asks for (lang=, "in Japanese") or is written in; undefined when it says nothing. */
  lang?: QuestionLang;
  values: ReadValue[];
  /** Words no rule read and no filler: the question back names them. */
  unread: string[];
  /** key=value words with a key no table knows (studnet=1B): the face's parser names them with a suggestion. */
  unknownPairs: UnknownPair[];
  /** compare written with `|` (compare student=1B | student=3B): each part, the first one inherited. */
  scenarios?: Scenario[];
}

/** Longest question read: a Slack command carries at most a few thousand characters; longer is not a question. */
export const MAX_QUESTION_CHARS = 2000;

const SUBCOMMAND_WORDS: Readonly<Record<string, Intent>> = {
  decide: 'decide',
  plan: 'plan',
  cost: 'cost',
  compare: 'compare',
  pilot: 'pilot',
  scenarios: 'scenarios',
  help: 'help',
  '?': 'help',
  usage: 'help',
  ヘルプ: 'help',
  へるぷ: 'help',
  使い方: 'help',
  presets: 'presets',
  プリセット: 'presets',
  models: 'models',
  モデル一覧: 'models',
};

/** The intent a first word names (decide, ヘルプ, プリセット …), or undefined: one list for every reader of a command. */
export function intentOfWord(word: string): Intent | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(SUBCOMMAND_WORDS, key) ? SUBCOMMAND_WORDS[key] : undefined;
}

/**
 * A chat message as plain text, as every reader of one sees it: Slack's &amp;/&lt;/&gt; escapes undone,
 * full-width folded (NFKC: ＝, １．５Ｂ, ￥), smart quotes plain, runs of space one, and `key = value` or
 * `key =value` as key=value (phones and IMEs add spaces around =). Double quotes stay (the key=value reader
 * keeps spaces inside them) or become spaces (the question reader). Not trimmed.
 */
export function normaliseMessageText(text: string, doubleQuotes: 'keep' | 'as-spaces' = 'keep'): string {
  const plain = text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .normalize('NFKC')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'");
  return (doubleQuotes === 'keep' ? plain : plain.replace(/["]/g, ' ')).replace(/\s+/g, ' ').replace(/(\S) =/g, '$1=');
}

/** The message text (normaliseMessageText, double quotes as spaces) with kanji numerals as digits. */
export function normaliseQuestion(text: string): string {
  return foldKanjiNumerals(
    normaliseMessageText(text.slice(0, MAX_QUESTION_CHARS), 'as-spaces')
      // `key= value` (a space after =) is one word unless another key=value follows (student= budget=1e21 is empty).
      .replace(/=\s+(?=[^\s=]+(?:\s|$))/g, '='),
  ).trim();
}

export function readQuestion(typed: string, options: ReadOptions = {}): QuestionReading {
  const text = normaliseQuestion(typed);
  const { today } = options;
  const japanese = hasJapaneseScript(text) ? ('ja' as const) : undefined;
  const [first = '', ...rest] = text.split(' ');
  const named = intentOfWord(first);
  const body = named === undefined ? text : rest.join(' ');
  const parts = body.split('|').filter((piece) => piece.trim() !== '').length;
  if (named === 'compare' || (named === undefined && body.includes('|') && parts >= 2)) {
    if (body.includes('|')) return { ...readScenarios(body, japanese, today), ...(named ? { subcommand: first } : {}) };
  }
  const part = readPart(body, today);
  const lang = langOf(part.values) ?? japanese;
  if (named === 'help' || (named === undefined && text === ''))
    return { intent: 'help', lang, values: part.values, unread: part.unread, unknownPairs: part.unknownPairs };
  // "Plan a pilot for …": the sentence's verb is no plan subcommand when it asks for a pilot; "compare providers
  // for …" compares offers, not students, unless two sizes are asked (compare 1B and 3B across clouds).
  const intent =
    named === 'plan' && part.asked.has('pilot')
      ? 'pilot'
      : named === 'compare' && comparesOffers(part)
        ? 'scenarios'
        : (named ?? inferIntent(part));
  if (named === 'cost' || (named === 'plan' && intent === 'plan')) moveUnfitting(part);
  return {
    intent,
    ...(named ? { subcommand: first } : {}),
    lang,
    values: part.values,
    unread: part.unread,
    unknownPairs: part.unknownPairs,
  };
}

const COST_AND_PLAN_KEYS: readonly QuestionKey[] = [
  'student',
  'budget',
  'scenario',
  'students',
  'preset',
  'counting',
  'lang',
  'gpu',
  'provider',
  'mfu',
  'price',
  'currency',
  'rate',
  'precision',
];

/**
 * `cost 8B@15T`: a value read from free words that the named subcommand does not take is named back as not
 * understood (a key=value word is left to the parser, which says which subcommand takes it).
 */
function moveUnfitting(part: Part): void {
  for (const value of [...part.values])
    if (value.typedKey === undefined && !COST_AND_PLAN_KEYS.includes(value.key)) {
      part.values.splice(part.values.indexOf(value), 1);
      part.unread.push(value.typed);
    }
}

/** Providers, clouds or offers compared ("compare providers", クラウド各社を比較) with fewer than two student sizes. */
function comparesOffers(part: Part): boolean {
  return part.asked.has('scenarios') && part.values.filter((value) => value.key === 'student').length < 2;
}

/** Two or more students compare; "how much"/"いくら" costs (when nothing only decide reads was given); else decide. */
function inferIntent(part: Part): Intent {
  // Sizes in words compare; two student= words stay a decide, whose parser offers the compare.
  const students = part.values.filter((value) => value.key === 'student');
  const inWords = students.some((value) => value.typedKey === undefined);
  if (students.length >= 2 && inWords) return 'compare';
  // A pilot takes decide's question and its share, not serving nor a deadline; every offer takes no serving.
  const servingOrDeadline = part.values.some((value) => ['serve', 'days', 'deadline', 'share'].includes(value.key));
  if (part.asked.has('pilot') && !part.values.some((value) => ['serve', 'days', 'deadline'].includes(value.key)))
    return 'pilot';
  if (part.asked.has('scenarios') && !servingOrDeadline) return 'scenarios';
  if (part.asked.has('compare')) return 'compare';
  const decideOnly = part.values.some((value) =>
    ['teacher', 'teacher-loss', 'teacher-tokens', 'gpus', 'serve', 'days', 'deadline'].includes(value.key),
  );
  if (part.asked.has('models') && part.values.length === 0) return 'models';
  if (part.asked.has('cost') && !decideOnly) return 'cost';
  if (part.asked.has('plan') && !decideOnly) return 'plan';
  return 'decide';
}

function langOf(values: readonly ReadValue[]): QuestionLang | undefined {
  const lang = values.find((value) => value.key === 'lang')?.value;
  return lang === 'ja' || lang === 'en' ? lang : undefined;
}

function readScenarios(body: string, japanese: QuestionLang | undefined, today?: IsoDate): QuestionReading {
  const scenarios: Scenario[] = [];
  const unread: string[] = [];
  for (const raw of body.split('|').map((piece) => piece.trim())) {
    const labelled = /^([^\s=:]{1,20}):\s*(.*)$/.exec(raw);
    const part = readPart(labelled ? labelled[2]! : raw, today);
    // Each part of a compare is one model: a second size in it is named back, never a guess at which.
    const students = part.values.filter((value) => value.key === 'student');
    if (students.length > 1)
      for (const extra of students.filter((value) => value.typedKey === undefined).slice(0, students.length - 1)) {
        part.values.splice(part.values.indexOf(extra), 1);
        part.unread.push(extra.typed);
      }
    unread.push(...part.unread);
    scenarios.push({
      ...(labelled ? { label: labelled[1]! } : {}),
      values: part.values,
      unknownPairs: part.unknownPairs,
    });
  }
  const values = scenarios.flatMap((scenario) => scenario.values);
  return {
    intent: 'compare',
    lang: langOf(values) ?? japanese,
    values,
    unread,
    unknownPairs: scenarios.flatMap((scenario) => scenario.unknownPairs),
    scenarios,
  };
}

interface Part {
  values: ReadValue[];
  unread: string[];
  unknownPairs: UnknownPair[];
  /** Intent words met in the text (how much → cost, compare, plan, models). */
  asked: Set<Intent>;
}

/**
 * The text with each read span blanked out, so later rules and the leftover check see only what is left.
 * Positions are UTF-16 offsets, as regex matches give them: an emoji or 𠮷 (two units) keeps every span in place.
 */
class Spans {
  /** What no rule has read yet: the text with read spans as spaces. */
  rest: string;
  readonly values: ReadValue[] = [];
  /** The start of the match being read. */
  private at = 0;

  constructor(
    text: string,
    private readonly today?: IsoDate,
  ) {
    this.rest = text;
  }

  /** Runs a global `pattern` (see rule()) over what is left; each match `read` accepts is blanked out. */
  take(pattern: RegExp, read: (match: RegExpExecArray) => boolean | undefined): void {
    for (const match of [...this.rest.matchAll(pattern)]) {
      if (this.rest.slice(match.index!, match.index! + match[0].length) !== match[0]) continue;
      this.at = match.index!;
      if (this.glued(match.index!, match.index! + match[0].length)) continue;
      if (read(match as RegExpExecArray)) this.blank(match.index!, match.index! + match[0].length);
    }
  }

  /** A match that starts or ends inside a longer ASCII word (k$200k, precision1B, 1Bx) is no reading of it. */
  private glued(start: number, end: number): boolean {
    const word = /[A-Za-z0-9]/;
    const before = this.rest[start - 1] ?? ' ';
    const after = this.rest[end] ?? ' ';
    return (
      (word.test(before) && /[A-Za-z0-9$¥€£@]/.test(this.rest[start]!)) ||
      (word.test(after) && word.test(this.rest[end - 1]!))
    );
  }

  blank(start: number, end: number): void {
    this.rest = `${this.rest.slice(0, start)}${' '.repeat(end - start)}${this.rest.slice(end)}`;
  }

  add(key: QuestionKey, typed: string, model?: OpenModel, typedKey?: string, at = this.at): void {
    const clean = typed.trim().replace(/[,、。]+$/, '');
    this.values.push(readValue(key, clean, { model, typedKey, at, today: this.today }));
  }

  has(key: QuestionKey): boolean {
    return this.values.some((value) => value.key === key);
  }
}

// Number forms, as regex sources.
const NUM = String.raw`\d+(?:\.\d+)?`;
// No k: a model of thousands of parameters is no question anyone asks (50k is a budget without its unit).
const SCALE = String.raw`(?:百万|千万|万|億|兆|京|billion|million|trillion|bn|[mbt](?![a-z]))`;
// Not glued to a word before it (precision1B is no size).
const SIZE = String.raw`(?<![A-Za-z0-9.$¥€£])${NUM}\s*${SCALE}`;
const TOKENS_WORD = String.raw`(?:tokens?|トークン)`;
const PARAMS_WORD = String.raw`(?:\s*-?\s*(?:param(?:eter)?s?|パラメータ|パラメーター))`;
const END = String.raw`(?=$|[\s、。,?!)(])`;
const CURRENCY_WORDS = String.raw`(?:usd|jpy|eur|gbp|dollars?|yen|円|ドル)`;
const GPU_NAMES = String.raw`(?:h100|h200|a100|b200|l40s|l4|a10g?|v100|gpu)`;

function readPart(body: string, today?: IsoDate): Part {
  const spans = new Spans(body, today);
  const unknownPairs: UnknownPair[] = [];
  const asked = new Set<Intent>();
  readPairs(spans, unknownPairs);
  const unknownModels: string[] = [];
  readModels(spans, unknownModels);
  readTeacherFacts(spans);
  readDeadline(spans);
  readServing(spans);
  readTeacherTokens(spans);
  readBudget(spans);
  readGpus(spans);
  readTeacherSize(spans);
  readStudents(spans);
  readSettings(spans);
  readIntentWords(spans, asked);
  return { values: spans.values, unread: [...unknownModels, ...leftover(spans.rest, body)], unknownPairs, asked };
}

/** A rule's pattern, built once when the module loads: global, as Spans.take runs it over the whole text. */
function rule(source: string, flags = ''): RegExp {
  return new RegExp(source, `${flags}g`);
}

const PAIR_UNIT = String.raw`(?:\s+(?:[a-z0-9]+-)?(?:gpu[- ]?hours?|hours?|hrs?|gpu時間|時間|flops?|pf-days?|${CURRENCY_WORDS}))?`;
const PAIR = rule(String.raw`([^\s=、。,]+)=([^\s、。]*?${PAIR_UNIT})(?=$|[\s、。])`, 'i');

/**
 * budget=3M CHF, budget=3M YEX: a code in capitals after a budget's amount is its currency, read with it, so core
 * checks it against ISO 4217 and refuses an unknown one naming the codes, as the CLI and Sheets do (never a stray
 * word). Capitals only: budget=$20k for a chatbot keeps "for" a word of the sentence.
 */
const PAIR_CODE = rule(
  String.raw`([^\s=、。,]+)=([$¥€£]?\d[\d,]*(?:\.\d+)?\s*(?:[kKmMbBtT]|mn|bn|MM)?\s+([A-Z]{3}))(?=$|[\s、。])`,
);

/** key=value words (English or Japanese keys); a budget's unit may follow after a space (budget=500 GPU-hours). */
function readPairs(spans: Spans, unknownPairs: UnknownPair[]): void {
  spans.take(PAIR_CODE, (match) => {
    if (questionKeyFor(match[1]!) !== 'budget' || !isCodeShaped(match[3]!)) return false;
    spans.add('budget', match[2]!, undefined, match[1]!);
    return true;
  });
  spans.take(PAIR, (match) => {
    const key = questionKeyFor(match[1]!);
    // A question mark or comma closing the sentence is not part of the value (budget=$20k?).
    const value = match[2]!.replace(/[,?!]+$/, '');
    if (key === undefined) {
      unknownPairs.push({ pair: `${match[1]}=${value}`, at: match.index! });
      return true;
    }
    const model =
      key === 'teacher' ? findNamedModels(value).find((named) => named.typed.length === value.length) : undefined;
    spans.add(key, value, model?.model, match[1]!);
    return true;
  });
}

/** A teacher named by its model (Llama-3.1-8B, Qwen2.5-7B, Gemma 2 9B): its size and tokens from the catalogue. */
function readModels(spans: Spans, unread: string[]): void {
  for (const named of findNamedModels(spans.rest)) {
    // A family with a size the catalogue lacks (Llama 13B) is named back, never read as a bare size.
    if (named.model === undefined) unread.push(named.typed);
    else spans.add('teacher', named.typed, named.model, undefined, named.start);
    spans.blank(named.start, named.end);
  }
  // "teacher", "from", "の教師", "から" around a named model are part of the phrase, read with it.
}

const TEACHER_LOSS = rule(
  String.raw`(?:teacher(?:'s)?\s+)?(?:cross-entropy\s+)?loss\s*(?:of|is|=|:)?\s*(${NUM})${END}`,
  'i',
);
const TEACHER_LOSS_JA = rule(String.raw`教師(?:モデル)?の?損失\s*(?:は|が|:)?\s*(${NUM})`);
const SIZE_AT_TOKENS = rule(String.raw`(${SIZE}@${SIZE})`, 'i');
const TRAINED_ON = rule(String.raw`(?:trained|pre-?trained)\s+(?:on\s+)?(${SIZE})\s*${TOKENS_WORD}`, 'i');
const TRAINED_ON_JA = rule(
  String.raw`(${SIZE})\s*${TOKENS_WORD}\s*(?:で|を|の)?\s*(?:事前)?(?:学習|訓練)(?:済み?|した|された)?`,
  'i',
);

function readTeacherFacts(spans: Spans): void {
  spans.take(TEACHER_LOSS, (m) => {
    spans.add('teacher-loss', m[1]!);
    return true;
  });
  spans.take(TEACHER_LOSS_JA, (m) => {
    spans.add('teacher-loss', m[1]!);
    return true;
  });
  // 7B@2T in a sentence: a teacher by size and tokens.
  spans.take(SIZE_AT_TOKENS, (m) => {
    spans.add('teacher', m[1]!);
    return true;
  });
  spans.take(TRAINED_ON, (m) => {
    spans.add('teacher-tokens', m[1]!);
    return true;
  });
  spans.take(TRAINED_ON_JA, (m) => {
    spans.add('teacher-tokens', m[1]!);
    return true;
  });
}

const TOKENS = rule(String.raw`(?:with\s+|on\s+)?(${SIZE})\s*${TOKENS_WORD}(?:\s*の)?`, 'i');

/** Tokens read by no serving rule are the teacher's ("a 7B teacher with 2T tokens", "2兆トークンの教師"). */
function readTeacherTokens(spans: Spans): void {
  spans.take(TOKENS, (m) => {
    if (spans.has('teacher-tokens')) return false;
    spans.add('teacher-tokens', m[1]!);
    return true;
  });
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const DURATION_EN = String.raw`(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(days?|weeks?|months?)`;
const DURATION_JA = String.raw`(\d+(?:\.\d+)?)\s*(日間?|週間?|[ヶかカヵケ箇]月)`;
/**
 * A deadline, as a meeting says one: "in 30 days", "within 2 weeks", "deadline of a month", "30日以内",
 * "2週間で", "期限は1ヶ月". A bare "30日で" stays serving days (1日2Bトークンを365日): only 以内, 週間/か月
 * with で, or a deadline word make it a deadline.
 */
const DEADLINES: readonly RegExp[] = [
  rule(
    String.raw`(?:deadline(?:\s+(?:of|is))?:?\s+(?:in\s+|within\s+)?|(?:finish(?:ed)?\s+|done\s+|ready\s+)?(?:with)?in\s+)${DURATION_EN}${END}`,
    'i',
  ),
  rule(String.raw`(?:期限|納期|締め?切り?)\s*(?:は|が|:)?\s*${DURATION_JA}\s*(?:以内|で|まで)?`),
  rule(String.raw`${DURATION_JA}\s*以内(?:に)?`),
  rule(String.raw`(\d+(?:\.\d+)?)\s*(週間?|[ヶかカヵケ箇]月)\s*(?:で|のうちに)`),
];

const DATE_EN = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:the\s+)?end\s+of\s+(?:(?:the|this|next)\s+)?(?:month|year)|(?:the\s+)?end\s+of\s+(?:${MONTH_NAMES_SOURCE})\.?(?:\s+\d{4})?|(?:${MONTH_NAMES_SOURCE})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES_SOURCE})\.?(?:,?\s+\d{4})?)`;
const DATE_JA = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|末|中|いっぱい|の終わり)|(?:今月|来月|再来月)(?:末|中|いっぱい|の終わり)|(?:今年|来年)(?:末|中|いっぱい)|年末|年内)`;
const UNTIL_JA = String.raw`(?:までに|まで|迄に?)`;
/**
 * A deadline said as a date: "by 2027-03-01", "before March 1", "deadline end of next month", "3月末まで",
 * "2027年3月1日までに", "期限は来月末", "来月末までに". A date with no deadline word (2027-03-01 alone) is no deadline.
 */
const DEADLINE_DATES: readonly RegExp[] = [
  rule(
    String.raw`(?:(?:deadline(?:\s+(?:of|is))?:?\s+|(?:finish(?:ed)?|done|ready)\s+)?(?:by|before|until|till|no\s+later\s+than)|deadline(?:\s+(?:of|is))?:?)\s+${DATE_EN}${END}`,
    'i',
  ),
  rule(String.raw`(?:期限|納期|締め?切り?)\s*(?:は|が|:)?\s*${DATE_JA}\s*${UNTIL_JA}?`),
  rule(String.raw`${DATE_JA}\s*${UNTIL_JA}`),
  rule(String.raw`(?:今月|来月|再来月)(?:末|中|いっぱい)|年内`),
];

function readDeadline(spans: Spans): void {
  // A date keeps by/まで (by 2027-03-01, 3月末まで); a duration drops its particle (in 30 days, 30日以内, 2週間).
  takeDeadline(spans, DEADLINE_DATES, (said) => said.replace(/までに$/, 'まで').replace(/迄に$/, '迄'));
  takeDeadline(spans, DEADLINES, (said) => said.replace(/\s*(?:で|に|まで|のうちに)$/, ''));
}

/** The first deadline one of `patterns` finds, as the person said it (read back in their form), key words taken off. */
function takeDeadline(spans: Spans, patterns: readonly RegExp[], ending: (said: string) => string): void {
  for (const pattern of patterns)
    spans.take(pattern, (m) => {
      if (spans.has('deadline')) return false;
      const said = m[0]
        .replace(/^(?:deadline(?:\s+(?:of|is))?:?|finish(?:ed)?|done|ready)\s*/i, '')
        .replace(/^(?:期限|納期|締め?切り?)\s*(?:は|が|:)?\s*/, '');
      spans.add('deadline', ending(said), undefined, keyWordIn(m[0], ['期限', '納期', 'deadline']));
      return true;
    });
}

const PER_DAY = String.raw`(?:a|per|each|every|/)\s*day`;
const SERVE = rule(String.raw`(?:serv(?:e|es|ing)\s+)?(${SIZE})\s*${TOKENS_WORD}\s*${PER_DAY}`, 'i');
const SERVE_JA = rule(
  String.raw`(?:1日|毎日|一日)(?:あたり|に)?\s*(${SIZE})\s*${TOKENS_WORD}(?:を)?(?:推論|配信|生成|処理)?`,
);
const FOR_DAYS = rule(String.raw`for\s+(?:(\d+)\s*days|(a|one|\d+)\s+years?)${END}`, 'i');
const DAYS_JA = rule(String.raw`(\d+)\s*(日間|年間|年|日)(?:で|の|間)?`);

function readServing(spans: Spans): void {
  spans.take(SERVE, (m) => {
    spans.add('serve', m[1]!);
    return true;
  });
  spans.take(SERVE_JA, (m) => {
    spans.add('serve', m[1]!);
    return true;
  });
  spans.take(FOR_DAYS, (m) => {
    spans.add('days', m[1] ? `${m[1]} days` : `${m[2]} year`);
    return true;
  });
  spans.take(DAYS_JA, (m) => {
    spans.add('days', `${m[1]}${m[2]}`);
    return true;
  });
}

const AMOUNT = String.raw`\d[\d,]*(?:\.\d+)?`;
const MONEY_SCALE = String.raw`(?:\s*(?:百万|千万|万|億|兆|thousand|million|billion|mn|bn|[kmb](?![a-z])))?`;
const BUDGET_INTRO = String.raw`(?:(?:a|an|the|our|with|of|budget(?:\s+(?:of|is))?|予算(?:は|が|:)?)\s*)?`;
/** Budgets in the order they are tried: money ($20k, ¥3M, 300万円, 1.2億円, 50k USD, 200 thousand dollars), GPU-hours, FLOPs. */
const BUDGETS: readonly RegExp[] = [
  rule(String.raw`${BUDGET_INTRO}([$¥€£]\s*${AMOUNT}${MONEY_SCALE}(?:\s*${CURRENCY_WORDS})?)`, 'i'),
  rule(String.raw`${BUDGET_INTRO}(${AMOUNT}${MONEY_SCALE}\s*${CURRENCY_WORDS})`, 'i'),
  rule(
    String.raw`${BUDGET_INTRO}(${AMOUNT}${MONEY_SCALE}\s*(?:[a-z0-9]+[- ]?)?(?:gpu[- ]?hours?|hours?|gpu時間|時間))`,
    'i',
  ),
  rule(String.raw`${BUDGET_INTRO}(${NUM}(?:e[+-]?\d+)?\s*(?:flops?|pf-days?))`, 'i'),
  rule(String.raw`${BUDGET_INTRO}(\d(?:\.\d+)?e\+?\d{2})${END}`, 'i'),
  // A budget named but with no unit (予算3000万, budget 50k): read as typed; the budget rules then ask which unit.
  rule(String.raw`(?:budget(?:\s+(?:of|is))?|予算(?:は|が|:)?)\s*(${AMOUNT}${MONEY_SCALE})`, 'i'),
];
const BUDGET_WORD = rule(String.raw`\bbudget\b|予算`, 'i');

function readBudget(spans: Spans): void {
  const add = firstOf(spans, 'budget', ['予算', 'budget']);
  for (const pattern of BUDGETS) spans.take(pattern, add);
  // "budget" after the amount ("$200k budget") is the budget word, read with it.
  spans.take(BUDGET_WORD, () => spans.has('budget'));
}

/**
 * A rule's reader for a key read once (the first budget, the first teacher): later matches are left unread. A
 * problem with the value names the field the way the phrase asked for it (予算, budget).
 */
function firstOf(spans: Spans, key: QuestionKey, keyWords: readonly string[]): (match: RegExpExecArray) => boolean {
  return (m) => {
    if (spans.has(key)) return false;
    spans.add(key, m[1]!, undefined, keyWordIn(m[0], keyWords));
    return true;
  };
}

/** The key word a phrase used (予算, budget): a problem with the value names the field the way it was asked. */
function keyWordIn(phrase: string, words: readonly string[]): string | undefined {
  return words.find((word) => phrase.toLowerCase().includes(word));
}

const GPU_COUNT = rule(
  String.raw`(?:on|with|using)?\s*(\d+)\s*(?:x\s*)?(${GPU_NAMES})s?(?![- ]?(?:hours?|時間))${END}`,
  'i',
);
const GPU_COUNT_JA = rule(String.raw`(?:(${GPU_NAMES})\s*(?:を|が)?\s*)?(\d+)\s*台(?:で|の|を)?`, 'i');

function readGpus(spans: Spans): void {
  spans.take(GPU_COUNT, (m) => {
    if (spans.has('gpus')) return false;
    spans.add('gpus', m[1]!);
    if (m[2]!.toLowerCase() !== 'gpu') spans.add('gpu', m[2]!);
    return true;
  });
  spans.take(GPU_COUNT_JA, (m) => {
    if (spans.has('gpus')) return false;
    spans.add('gpus', m[2]!);
    if (m[1] && m[1].toLowerCase() !== 'gpu') spans.add('gpu', m[1]);
    return true;
  });
}

const NO_TEACHER = rule(
  String.raw`\b(?:no|without\s+(?:a|any)?)\s*teacher\b|教師(?:モデル)?(?:は|が)?\s*(?:なし|無し|いない|ない|不要)`,
  'i',
);
/** A teacher by its size: "7B teacher", "teacher of 7B", "from a 7B model", "70億のモデルから". */
const TEACHER_SIZES: readonly RegExp[] = [
  rule(String.raw`(${SIZE})${PARAMS_WORD}?\s*(?:の)?\s*(?:existing\s+)?(?:teacher|教師)(?:\s*model|モデル)?`, 'i'),
  rule(String.raw`(?:teacher|教師)(?:\s*model|モデル)?\s*(?:of|is|=|:|は|が)?\s*(${SIZE})${PARAMS_WORD}?`, 'i'),
  rule(
    String.raw`from\s+(?:an?\s+|the\s+|our\s+)?(?:existing\s+)?(${SIZE})${PARAMS_WORD}?(?:\s*(?:model|teacher))?`,
    'i',
  ),
  rule(String.raw`(${SIZE})${PARAMS_WORD}?\s*(?:の)?\s*(?:モデル)?\s*から`, 'i'),
];
const TEACHER_WORDS = rule(String.raw`\bfrom\b|\bteacher\b|教師(?:モデル)?(?:は|が)?|から`, 'i');

function readTeacherSize(spans: Spans): void {
  spans.take(NO_TEACHER, (m) => {
    spans.add('teacher', /教師/.test(m[0]) ? 'なし' : 'none');
    return true;
  });
  const addTeacher = firstOf(spans, 'teacher', ['教師', 'teacher']);
  for (const pattern of TEACHER_SIZES) spans.take(pattern, addTeacher);
  // The words around a named teacher: "from Llama 8B", "Qwen2.5-7Bから", "教師は".
  if (spans.has('teacher')) spans.take(TEACHER_WORDS, () => true);
}

const STUDENT_COUNT = rule(
  String.raw`(\d+)\s*(?:students|student models)\b|生徒(?:モデル)?\s*(?:を|が)?\s*(\d+)\s*(?:個|つ|体)`,
  'i',
);
const STUDENT = rule(
  String.raw`(?:(?:student|生徒)(?:\s*model|モデル)?\s*(?:of|is|=|:|は|が)?\s*)?(${SIZE})${PARAMS_WORD}?(?:\s*(?:student|model)s?|\s*の?\s*(?:生徒|モデル))?`,
  'i',
);

function readStudents(spans: Spans): void {
  spans.take(STUDENT_COUNT, (m) => {
    spans.add('students', m[1] ?? m[2]!);
    return true;
  });
  spans.take(STUDENT, (m) => {
    spans.add('student', m[1]!, undefined, keyWordIn(m[0], ['生徒', 'student']));
    return true;
  });
}

const IN_LANGUAGE = rule(String.raw`\bin\s+(japanese|english)\b|(日本語|英語)で?`, 'i');
const RATE = rule(
  String.raw`(?:1\s*(?:ドル|\$|usd)\s*(?:=|は|:)?\s*(${NUM})\s*円)|(?:(?:at|rate(?:\s+of)?|レート|為替)\s*(?:は|:)?\s*(${NUM})(?:\s*(?:yen|円))?(?:\s*(?:per|/|to\s+the|a)\s*(?:dollar|usd|\$))?)`,
  'i',
);
const IN_CURRENCY = rule(String.raw`\bin\s+(yen|jpy|dollars|usd)\b|(円|ドル)(?:で|建て)`, 'i');

function readSettings(spans: Spans): void {
  spans.take(IN_LANGUAGE, (m) => {
    spans.add('lang', (m[1] ?? m[2])!);
    return true;
  });
  spans.take(RATE, (m) => {
    spans.add('rate', (m[1] ?? m[2])!);
    return true;
  });
  spans.take(IN_CURRENCY, (m) => {
    spans.add('currency', (m[1] ?? m[2])!);
    return true;
  });
}

const INTENT_WORDS: readonly [RegExp, Intent][] = [
  // "pilot", "small runs first", パイロット, 小規模な検証: the runs that settle the call before the budget is spent.
  [
    rule(
      String.raw`\bpilot(?:\s+runs?|\s+first)?\b|\bpilots\b|\bsmall\s+runs?\s+first\b|パイロット(?:実験|ラン)?|試験運用|小規模(?:な)?(?:実験|検証|試験)|事前検証|お試し`,
      'i',
    ),
    'pilot',
  ],
  // "which provider", "cheapest cloud", "across providers", どのクラウド, プロバイダ別: every offer of the price table.
  [
    rule(
      String.raw`\bscenarios\b|\b(?:which|what|every|each|all|across|compare)\s+(?:the\s+)?(?:(?:gpu\s+)?clouds?\s+)?(?:providers?|clouds?|offers?|offerings?)\b|\b(?:(?:cloud|gpu)\s+)?(?:providers|clouds)\b|\bcheapest\s+(?:provider|cloud|offer|gpu)s?\b|\bprice\s+table\b|(?:クラウド|プロバイダ(?:ー)?)(?:各社|事業者)?(?:を|で|の)?(?:別|ごと|各社|比較|比べて?|間)|どの(?:クラウド|プロバイダ(?:ー)?|GPU|オファー)|どこ(?:が|で)(?:一番)?安い|価格表|全オファー`,
      'i',
    ),
    'scenarios',
  ],
  [rule(String.raw`\bhow\s+much\b|\bcost(?:s)?\b|いくら|費用|コスト|金額|値段`, 'i'), 'cost'],
  [rule(String.raw`\bcompare\b|比較|比べて?`, 'i'), 'compare'],
  [rule(String.raw`\bplan\b|計画|プラン`, 'i'), 'plan'],
  [rule(String.raw`\bmodels\b|モデル一覧`, 'i'), 'models'],
];

function readIntentWords(spans: Spans, asked: Set<Intent>): void {
  for (const [pattern, intent] of INTENT_WORDS)
    spans.take(pattern, () => {
      asked.add(intent);
      return true;
    });
}

/**
 * What is left after every rule: filler words are fine, anything else is named back — an English word as
 * the whole word typed (student$200k, not the "student$" left of it), a Japanese one as what remains.
 */
function leftover(rest: string, typed: string): string[] {
  const unread: string[] = [];
  for (const match of rest.matchAll(/[^\s、。,?!()「」:;]+/g)) {
    const word = match[0];
    if (hasJapaneseScript(word)) {
      const left = japaneseLeftover(word);
      if (left !== '') unread.push(left);
    } else if (!isFiller(word)) {
      const whole = wholeWord(typed, match.index!, match.index! + word.length);
      if (whole !== '' && !isFiller(whole) && !unread.includes(whole)) unread.push(whole);
    }
  }
  return unread;
}

function wholeWord(text: string, start: number, end: number): string {
  const edge = /[\s、。()「」]/;
  let from = start;
  let to = end;
  while (from > 0 && !edge.test(text[from - 1]!)) from--;
  while (to < text.length && !edge.test(text[to]!)) to++;
  return text
    .slice(from, to)
    .replace(/[,;:?!=]+$/, '')
    .replace(/^=+/, '');
}

// ---- Values in the form the parsers read -------------------------------------------------------

const NONE_WORDS = ['none', 'no', 'なし', '無し', 'いない', 'ない', '不要'];

/** A teacher value that says "no teacher yet" once read (none, なし, 無し): the one test every face makes. */
export function isNoTeacher(value: string): boolean {
  return ['none', 'なし', '無し'].includes(value.trim().toLowerCase());
}

/** One value as read: its canonical form, and for a deadline said as a date the days until it from today. */
function readValue(
  key: QuestionKey,
  typed: string,
  how: { model?: OpenModel; typedKey?: string; at: number; today?: IsoDate },
): ReadValue {
  const { model, typedKey, at, today } = how;
  const days = key === 'deadline' ? dateDays(typed, today) : undefined;
  return {
    key,
    value: canonicalValue(key, typed, model, today),
    typed,
    ...(model ? { model } : {}),
    ...(typedKey ? { typedKey } : {}),
    at,
    ...(days === undefined ? {} : { days }),
  };
}

/** The days until a deadline said as a date, or undefined (no date, no today, or a day not ahead: the parser says which). */
function dateDays(typed: string, today: IsoDate | undefined): number | undefined {
  if (today === undefined || !isDeadlineDate(typed)) return undefined;
  try {
    return deadlineDaysOf(typed, today);
  } catch {
    return undefined;
  }
}

export function canonicalValue(key: QuestionKey, typed: string, model?: OpenModel, today?: IsoDate): string {
  switch (key) {
    case 'student':
    case 'teacher-tokens':
    case 'serve':
      return countOf(typed);
    case 'teacher':
      return teacherValue(typed, model);
    case 'budget':
      return budgetValue(typed);
    case 'gpus':
    case 'students':
      return typed.replace(/\s*(?:台|個|つ|体|gpus?|students?)$/i, '');
    case 'days':
      return daysValue(typed);
    case 'deadline':
      return deadlineValue(typed, today);
    case 'currency':
      return currencyValue(typed);
    case 'lang':
      return /^(?:ja|jp|ja-jp|japanese|日本語)$/i.test(typed)
        ? 'ja'
        : /^(?:en|english|英語|en-us|en-gb)$/i.test(typed)
          ? 'en'
          : typed;
    default:
      return typed;
  }
}

/** 10億 → 1B, 10億パラメータ → 1B, 2兆トークン → 2T, 7 billion → 7B; other forms as typed. */
const COUNT_WORDS = rule(String.raw`${PARAMS_WORD}|\s*${TOKENS_WORD}`, 'i');

function countOf(typed: string): string {
  const bare = typed.replace(COUNT_WORDS, '').trim();
  return foldScaledCount(bare) ?? bare;
}

function teacherValue(typed: string, model: OpenModel | undefined): string {
  if (model) {
    const params = String(model.nonEmbeddingParams);
    return model.trainingTokens === undefined ? params : `${params}@${countText(model.trainingTokens)}`;
  }
  // なし stays as typed (the parsers read it); no, none → none.
  if (NONE_WORDS.includes(typed.toLowerCase())) return /^(?:なし|無し)$/.test(typed) ? typed : 'none';
  const at = typed.indexOf('@');
  if (at < 0) return countOf(typed);
  return `${countOf(typed.slice(0, at))}@${countOf(typed.slice(at + 1))}`;
}

/** 五百万円 (folded to 500万円) stays for the money reader; 5万 GPU時間 → 50000 GPU時間; 200 thousand dollars → 200k dollars. */
function budgetValue(typed: string): string {
  let text = typed.replace(/^(?:a|an|the|our|with|of)\s+/i, '');
  const unitAfter = /^(\d+(?:\.\d+)?)\s*(万|億|兆)\s*(?!円)(\S.*)$/.exec(text);
  if (unitAfter) text = `${scaledNumber(unitAfter[1]!, unitAfter[2]!)} ${unitAfter[3]}`;
  const english = /^(\d+(?:\.\d+)?)\s*(thousand|million|billion)\s*(.*)$/i.exec(text);
  if (english) {
    const suffix = { thousand: 'k', million: 'M', billion: 'B' }[english[2]!.toLowerCase() as 'thousand'];
    text = `${english[1]}${suffix} ${english[3]}`.trim();
  }
  // yen, dollars stay as typed: core reads them (one list of currency words), and questions quote them as typed.
  return text.replace(/^\$\s+/, '$');
}

function daysValue(typed: string): string {
  const years = /^(a|one|\d+)\s*(?:years?|年間?)$/i.exec(typed);
  if (years) return String(365 * (/^\d+$/.test(years[1]!) ? Number(years[1]) : 1));
  return typed.replace(/\s*(?:days?|日間?)$/i, '');
}

/**
 * in 30 days → 30, 2週間 → 14, within two weeks → 14, 1ヶ月 → 30; a date (by 2027-03-01, 3月末まで) → its day,
 * 2027-03-01 with today's date (the parsers count the days from it, and a question resent later still names the
 * day); a form no rule reads stays as typed.
 */
function deadlineValue(typed: string, today?: IsoDate): string {
  if (isDeadlineDate(typed)) return (today && deadlineDateOf(typed, today)) ?? typed;
  const match =
    /(\d+(?:\.\d+)?|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\s*([a-z]+|日間?|週間?|[ヶかカヵケ箇]月)?\s*(?:以内|まで)?$/i.exec(
      typed.trim(),
    );
  if (!match) return typed;
  const word = match[1]!.toLowerCase();
  const amount = Object.hasOwn(WORD_NUMBERS, word) ? String(WORD_NUMBERS[word]) : word;
  const days = deadlineDaysOf(`${amount}${match[2] ?? ''}`);
  return days === undefined ? typed : String(Number(days.toPrecision(12)));
}

/** yen, 円, dollars, ドル, jpy → core's one list of currencies; anything else stays as typed for the parser to refuse. */
function currencyValue(typed: string): string {
  return currencyCodeOf(typed) ?? typed;
}

export { KEY_ALIASES };

/**
 * A form's fields as a reading (the Sheets sidebar): every non-empty field as typed, so its answer states the
 * question back in the person's own forms, as /distil's read-back does.
 */
export function readingOfFields(
  intent: Intent,
  fields: readonly (readonly [QuestionKey, string])[],
  options: ReadOptions = {},
): QuestionReading {
  const values = fields.flatMap(([key, typed], at): ReadValue[] => {
    const text = normaliseQuestion(typed);
    if (text === '') return [];
    return [readValue(key, text, { model: modelFilling(key, text), at, today: options.today })];
  });
  return { intent, values, unread: [], unknownPairs: [] };
}

/**
 * One form field read as /distil reads its key=value word (the Sheets sidebar's student, budget, teacher and
 * GPUs): 10億 → 1B, 五百万円 → 500万円, Llama-3.1-8B → its size@tokens from the catalogue, なし as no teacher.
 */
export function readField(key: QuestionKey, typed: string): string {
  const text = normaliseQuestion(typed);
  return text === '' ? '' : canonicalValue(key, text, modelFilling(key, text));
}

/** A teacher field that is exactly one open model's name (Llama-3.1-8B): that model; any other field or text, none. */
function modelFilling(key: QuestionKey, text: string): OpenModel | undefined {
  if (key !== 'teacher') return undefined;
  return findNamedModels(text).find((found) => found.start === 0 && found.end === text.length)?.model;
}
