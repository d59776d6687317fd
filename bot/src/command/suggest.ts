/**
 * Corrected commands for a bad one, built from the person's own words: the word that is wrong is renamed,
 * re-read or dropped, and each candidate is checked by actually answering it. A correction never puts a canned
 * example value in place of one the person typed; when a fix needs a value they did not give (a teacher's
 * tokens, a rate), the command holds a named blank (‹teacher's training tokens›) to fill in instead.
 */
import { type FieldId, InfeasibleBudgetError, type InputError, isInputError } from '../../../core/index.js';
import { CATALOGUES, namesFor, SLACK_KEYS } from '../../../messages/index.js';
import { closest, FIELD_OF_KEY, KEYS_OF, keyFor, SUBCOMMANDS, type Subcommand } from './keys.js';
import { detectLang } from './parse.js';
import type { Lang } from './request.js';
import { normaliseText, splitWords, type Word } from './words.js';

/** A whole command to offer (without /distil); `blank` when it holds a ‹name› the person fills in. */
export interface Suggestion {
  command: string;
  blank: boolean;
}

/** Answers a candidate command or throws; injected so this module does not depend on the answer code. */
export type Check = (text: string) => void;

/** One or more commands to offer; several when the person's words read more than one way ($50k or 50k hours). */
export function suggestFixes(text: string, error: InputError, check: Check): Suggestion[] {
  const normal = normaliseText(text);
  const lang = detectLang(normal);
  const help: Suggestion = { command: `help${lang === 'ja' ? ' lang=ja' : ''}`, blank: false };
  try {
    const found = repaired(normal, error, check, lang, 3);
    return found.length > 0 ? found : [help];
  } catch (unfixable) {
    // Words the grammar cannot even split (a lone `==`) have no repair built from them: help stands.
    if (isInputError(unfixable)) return [help];
    throw unfixable;
  }
}

/** The first suggestion's command (the one a one-line message quotes). */
export function suggestFix(text: string, error: InputError, check: Check): string {
  return suggestFixes(text, error, check)[0]!.command;
}

interface Candidate {
  text: string;
  blank: boolean;
}

/** Every checked candidate that answers, else a blank one; a fix into another error is repaired in turn. */
function repaired(text: string, error: InputError, check: Check, lang: Lang, rounds: number): Suggestion[] {
  const answering: Suggestion[] = [];
  const blanks: Suggestion[] = [];
  const failures: Array<[string, InputError]> = [];
  for (const candidate of candidates(text, subcommandIn(text), error, lang)) {
    if (candidate.text === text) continue;
    if (candidate.blank) {
      blanks.push({ command: candidate.text, blank: true });
      continue;
    }
    const many = MANY_READINGS.has(error.problem.code);
    try {
      check(candidate.text);
      answering.push({ command: candidate.text, blank: false });
    } catch (next) {
      if (!isInputError(next) || next.field === error.field) continue;
      // Each reading of a question is offered, completed if it needs more (300万円 needs a rate): one round. A
      // reading too small to plan with (5e4 FLOPs) is not offered: its repair would be another number.
      if (many && !(next instanceof InfeasibleBudgetError))
        answering.push(...repaired(candidate.text, next, check, lang, 1).slice(0, 1));
      else failures.push([candidate.text, next]);
    }
    // One reading is enough unless the error is a question with several readings.
    if (answering.length > 0 && !many) break;
  }
  if (answering.length > 0) return answering;
  if (blanks.length > 0) return blanks.slice(0, 1);
  if (rounds <= 1) return [];
  for (const [candidate, next] of failures) {
    const fixed = repaired(candidate, next, check, lang, rounds - 1);
    if (fixed.length > 0) return fixed;
  }
  return [];
}

/** Questions whose every reading is offered: "$50k, 50k GPU-hours or 5e4 FLOPs?", "¥3 or $3?". */
const MANY_READINGS = new Set(['budget-unit-unclear', 'price-currency-unclear']);

function subcommandIn(text: string): Exclude<Subcommand, 'help'> {
  const first = text.split(' ')[0]!.toLowerCase();
  const known = (SUBCOMMANDS as readonly string[]).includes(first) ? first : closest(first, SUBCOMMANDS);
  return known === undefined || known === 'help' ? 'decide' : (known as Exclude<Subcommand, 'help'>);
}

function* candidates(
  text: string,
  subcommand: Exclude<Subcommand, 'help'>,
  error: InputError,
  lang: Lang,
): Generator<Candidate> {
  const [first = ''] = text.split(' ');
  const hasSubcommand = !first.includes('=');
  const rest = hasSubcommand ? text.slice(first.length).trim() : text;
  const head = hasSubcommand ? subcommand : '';
  // A key given twice in a decide: compare both values rather than drop one.
  if (subcommand === 'decide') {
    const compared = compareTwice(rest, error);
    if (compared !== undefined) yield { text: `compare ${compared}`, blank: false };
  }
  // An error in the scenario labelled b of a compare fixes that scenario.
  const parts = subcommand === 'compare' ? rest.split('|').map((part) => part.trim()) : [rest];
  const index = error.scope !== undefined ? scenarioIndex(parts, error.scope) : 0;
  for (const fixed of fixesOf(parts[index] ?? '', error, lang)) {
    const next = [...parts];
    next[index] = fixed.text;
    yield { text: [head, next.join(' | ')].filter((piece) => piece !== '').join(' '), blank: fixed.blank };
  }
}

/** `student=1B student=3B budget=…` → `student=1B budget=… | student=3B`: the second value becomes scenario B. */
function compareTwice(rest: string, error: InputError): string | undefined {
  if (error.problem.code !== 'given-twice' && error.problem.code !== 'student-twice') return undefined;
  const words = splitWords(rest);
  const key = keyFor(SLACK_KEYS[error.field]);
  const same = words.pairs.filter((pair) => keyFor(pair.key) === key);
  if (key === undefined || same.length !== 2 || !KEYS_OF.compare.includes(key)) return undefined;
  const second = same[1]!;
  return `${join(words.pairs.filter((pair) => pair !== second))} | ${second.typedKey}=${second.value}`;
}

/** The part labelled `label:`, or for default labels (A, B, …) the part at that position. */
function scenarioIndex(parts: readonly string[], label: string): number {
  const labelled = parts.findIndex((part) => part.startsWith(`${label}:`));
  if (labelled >= 0) return labelled;
  const position = /^[A-D]$/.test(label) ? label.charCodeAt(0) - 65 : 0;
  return position < parts.length ? position : 0;
}

function join(pairs: readonly Word[]): string {
  return pairs.map((pair) => `${pair.typedKey}=${pair.value}`).join(' ');
}

function* fixesOf(part: string, error: InputError, lang: Lang): Generator<Candidate> {
  const label = /^([^\s=:]{1,20}):\s*/.exec(part)?.[0] ?? '';
  const words = splitWords(part.slice(label.length));
  const checked = (pairs: Word[]): Candidate => ({ text: label + join(pairs), blank: false });
  const typedKey = error.problem.code === 'unknown-key' ? error.typed : undefined;
  if (typedKey !== undefined) {
    const near = closest(typedKey.toLowerCase(), ALL_KEYS);
    if (near)
      yield checked(words.pairs.map((pair) => (pair.typedKey === typedKey ? { ...pair, typedKey: near } : pair)));
    yield checked(words.pairs.filter((pair) => pair.typedKey !== typedKey));
    return;
  }
  const key = error.field === 'word' || error.field === 'subcommand' ? undefined : keyFor(SLACK_KEYS[error.field]);
  if (error.problem.code === 'given-twice' || error.problem.code === 'student-twice')
    yield checked(
      words.pairs.filter((pair, i) => words.pairs.findIndex((other) => keyFor(other.key) === keyFor(pair.key)) === i),
    );
  if (key === undefined) {
    yield checked(words.pairs);
    return;
  }
  const typed = words.pairs.find((pair) => keyFor(pair.key) === key);
  const set = (value: string, blank = false): Candidate => ({
    text:
      label +
      join(
        typed
          ? words.pairs.map((pair) => (pair === typed ? { ...pair, value } : pair))
          : withAdded(words.pairs, { key, typedKey: key, value }),
      ),
    blank,
  });
  for (const value of readings(error, typed?.value)) yield set(value);
  // A word that does not go with the others is dropped (the rest still asks the same question).
  if (DROPPABLE.has(error.problem.code) && typed !== undefined) {
    yield checked(words.pairs.filter((pair) => pair !== typed));
    return;
  }
  // A currency for a rate that has none is asked for beside it.
  if (error.problem.code === 'rate-without-currency') {
    const currency: Word = { key: 'currency', typedKey: 'currency', value: blankFor('currency', lang, error) };
    yield { text: label + join(withAdded(words.pairs, currency)), blank: true };
    return;
  }
  const blank = blankFor(FIELD_OF_KEY[key], lang, error);
  // A teacher's size keeps its size; only its tokens are asked for.
  const teacherTokens = key === 'teacher' && typed !== undefined && TEACHER_NEEDS.has(error.problem.code);
  yield set(teacherTokens ? `${typed.value}@${blankFor('teacherTokens', lang, error)}` : blank, true);
}

const TEACHER_NEEDS = new Set(['teacher-needs-tokens-or-loss', 'teacher-needs-tokens']);
const DROPPABLE = new Set(['key-not-for-subcommand', 'only-without-teacher', 'no-teacher-with-teacher', 'conflicts']);

/** Values read from what the person typed (never a canned example): each reading of a question, or enough FLOPs. */
function readings(error: InputError, typed: string | undefined): string[] {
  const accepted = error.accepted;
  if (accepted.form === 'budget-with-unit') return [accepted.money, accepted.gpuHours, accepted.flops];
  if (accepted.form === 'price-with-currency') return [accepted.inCurrency, accepted.inUsd];
  // The smallest budget that answers, computed, when the one typed (FLOPs) buys no plan.
  if (error instanceof InfeasibleBudgetError) return [roundUp(error.minimumCompute)];
  const ids = accepted.form === 'one-of' || accepted.form === 'gpu' ? accepted.ids : undefined;
  const near = typed !== undefined && ids !== undefined ? closest(typed.toLowerCase(), ids) : undefined;
  return near === undefined ? [] : [near];
}

/** ‹teacher's training tokens›: a value to fill in, named in the person's language. */
function blankFor(field: FieldId, lang: Lang, error: InputError): string {
  const words = CATALOGUES[lang].corrections;
  const problem = error.problem;
  const params = {
    ...(problem.code === 'rate-needed' ? { currency: problem.currency } : {}),
    ...(problem.code === 'rate-without-currency' ? { rate: problem.rate } : {}),
  };
  const name = words.blank[field]?.(params) ?? namesFor('slack').name(field);
  return `‹${name}›`;
}

const ALL_KEYS = Object.keys(FIELD_OF_KEY);

/** A missing word goes before lang=, which reads best last. */
function withAdded(pairs: readonly Word[], added: Word): Word[] {
  const lang = pairs.findIndex((pair) => keyFor(pair.key) === 'lang');
  return lang < 0 ? [...pairs, added] : [...pairs.slice(0, lang), added, ...pairs.slice(lang)];
}

/** 3.21e20 → "3.3e20": two significant figures, rounded up so it is enough. */
function roundUp(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = Math.ceil((value / 10 ** exponent) * 10) / 10;
  return `${mantissa}e${exponent}`;
}
