/**
 * "Nearest valid example" for a bad command: the user's own words with the
 * one that is wrong replaced (or added, or dropped), checked by actually
 * answering it; failing that, the subcommand's canonical example.
 */
import { InfeasibleBudgetError, type InputError, isInputError } from '../../../core/index.js';
import { SLACK_KEYS } from '../../../messages/index.js';
import { closest, EXAMPLE_VALUE, type Key, keyFor, SUBCOMMANDS, type Subcommand } from './keys.js';
import { detectLang } from './parse.js';
import { normaliseText, splitWords, type Word } from './words.js';

export const CANONICAL: Record<Exclude<Subcommand, 'help'>, string> = {
  decide: 'decide student=1B budget=$200k teacher=7B@2T',
  plan: 'plan student=1B budget=1e21 scenario=teacher-inference',
  cost: 'cost budget=1e22 gpu=h100',
  compare: 'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200',
};

/** Answers a candidate command or throws; injected so this module does not depend on the answer code. */
export type Check = (text: string) => void;

export function suggestFix(text: string, error: InputError, check: Check): string {
  const normal = normaliseText(text);
  const fallback = CANONICAL[subcommandIn(normal)] + (detectLang(normal) === 'ja' ? ' lang=ja' : '');
  try {
    return repaired(normal, error, check, 3) ?? fallback;
  } catch (unfixable) {
    // Words the grammar cannot even split (a lone `==`) have no repair built from them: the example stands.
    if (isInputError(unfixable)) return fallback;
    throw unfixable;
  }
}

/** Tries each fix of `error`; a fix that runs into another error is repaired in turn, `rounds` deep. */
function repaired(text: string, error: InputError, check: Check, rounds: number): string | undefined {
  const failures: Array<[string, InputError]> = [];
  for (const candidate of candidates(text, subcommandIn(text), error)) {
    if (candidate === text) continue;
    try {
      check(candidate);
      return candidate;
    } catch (next) {
      if (isInputError(next) && next.field !== error.field) failures.push([candidate, next]);
    }
  }
  if (rounds <= 1) return undefined;
  for (const [candidate, next] of failures) {
    const fixed = repaired(candidate, next, check, rounds - 1);
    if (fixed !== undefined) return fixed;
  }
  return undefined;
}

function subcommandIn(text: string): Exclude<Subcommand, 'help'> {
  const first = text.split(' ')[0]!.toLowerCase();
  const known = (SUBCOMMANDS as readonly string[]).includes(first) ? first : closest(first, SUBCOMMANDS);
  return known === undefined || known === 'help' ? 'decide' : (known as Exclude<Subcommand, 'help'>);
}

function* candidates(text: string, subcommand: Exclude<Subcommand, 'help'>, error: InputError): Generator<string> {
  const [first = ''] = text.split(' ');
  const hasSubcommand = !first.includes('=');
  const rest = hasSubcommand ? text.slice(first.length).trim() : text;
  const head = hasSubcommand ? subcommand : '';
  // An error in the scenario labelled b of a compare fixes that scenario.
  const parts = subcommand === 'compare' ? rest.split('|').map((part) => part.trim()) : [rest];
  const index = error.scope !== undefined ? scenarioIndex(parts, error.scope) : 0;
  for (const fixed of fixesOf(parts[index] ?? '', error)) {
    const next = [...parts];
    next[index] = fixed;
    yield [head, next.join(' | ')].filter((piece) => piece !== '').join(' ');
  }
}

/** The part labelled `label:`, or for default labels (A, B, …) the part at that position. */
function scenarioIndex(parts: readonly string[], label: string): number {
  const labelled = parts.findIndex((part) => part.startsWith(`${label}:`));
  if (labelled >= 0) return labelled;
  const position = /^[A-D]$/.test(label) ? label.charCodeAt(0) - 65 : 0;
  return position < parts.length ? position : 0;
}

function* fixesOf(part: string, error: InputError): Generator<string> {
  const label = /^([^\s=:]{1,20}):\s*/.exec(part)?.[0] ?? '';
  const words = splitWords(part.slice(label.length));
  const rebuild = (pairs: Word[]): string => label + pairs.map((pair) => `${pair.typedKey}=${pair.value}`).join(' ');
  const typedKey = error.problem.code === 'unknown-key' ? error.typed : undefined;
  if (typedKey !== undefined) {
    const near = closest(typedKey.toLowerCase(), ALL_KEYS);
    if (near)
      yield rebuild(words.pairs.map((pair) => (pair.typedKey === typedKey ? { ...pair, typedKey: near } : pair)));
    yield rebuild(words.pairs.filter((pair) => pair.typedKey !== typedKey));
    return;
  }
  const key = error.field === 'word' || error.field === 'subcommand' ? undefined : keyFor(SLACK_KEYS[error.field]);
  if (error.problem.code === 'given-twice' || error.problem.code === 'student-twice')
    yield rebuild(
      words.pairs.filter((pair, i) => words.pairs.findIndex((other) => keyFor(other.key) === keyFor(pair.key)) === i),
    );
  if (key === undefined) {
    yield rebuild(words.pairs);
    return;
  }
  const value = exampleFor(key, words.pairs.find((pair) => keyFor(pair.key) === key)?.value, error);
  const present = words.pairs.some((pair) => keyFor(pair.key) === key);
  yield present
    ? rebuild(words.pairs.map((pair) => (keyFor(pair.key) === key ? { ...pair, value } : pair)))
    : rebuild(withAdded(words.pairs, { key, typedKey: key, value }));
  yield rebuild(words.pairs.filter((pair) => keyFor(pair.key) !== key));
}

const ALL_KEYS = Object.keys(EXAMPLE_VALUE);

/** A missing word goes before lang=, which reads best last. */
function withAdded(pairs: readonly Word[], added: Word): Word[] {
  const lang = pairs.findIndex((pair) => keyFor(pair.key) === 'lang');
  return lang < 0 ? [...pairs, added] : [...pairs.slice(0, lang), added, ...pairs.slice(lang)];
}

/** A valid value of the same kind as the one typed: money for money, hours for hours, enough FLOPs when too few. */
function exampleFor(key: Key, typed: string | undefined, error: InputError): string {
  if (key === 'budget' && error instanceof InfeasibleBudgetError) return roundUp(error.minimumCompute);
  if (key === 'budget' && typed !== undefined) {
    if (/[$¥€£円]|usd|jpy|eur|gbp/i.test(typed)) return '$200k';
    if (/hours?|時間/i.test(typed)) return '500 GPU-hours';
  }
  if (key === 'teacher' && typed !== undefined) {
    const size = typed.split('@')[0]!;
    if (/^\d/.test(size) && !typed.includes('@')) return `${size}@2T`;
  }
  return EXAMPLE_VALUE[key];
}

/** 3.21e20 → "3.3e20": two significant figures, rounded up so it is enough. */
function roundUp(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = Math.ceil((value / 10 ** exponent) * 10) / 10;
  return `${mantissa}e${exponent}`;
}
