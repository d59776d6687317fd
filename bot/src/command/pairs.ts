/** key=value words → a map of known keys, each once, none empty; and readers for single words. */
import { type Accepted, InputError, parseCount } from '../../../core/index.js';
import { closest, EXAMPLE_VALUE, FIELD_OF_KEY, KEYS_OF, type Key, keyFor, type Subcommand } from './keys.js';
import { clip, splitWords, type Word } from './words.js';

export type Pairs = Map<Key, Word>;

/** key=value words of one subcommand: known keys, each once, none empty. */
export function collect(body: string, subcommand: Exclude<Subcommand, 'help'>): Pairs {
  const words = splitWords(body);
  if (words.bare.length > 0) throw strayWord(words.bare[0]!);
  const allowed = KEYS_OF[subcommand];
  const pairs: Pairs = new Map();
  for (const word of words.pairs) {
    const key = keyFor(word.key);
    if (key === undefined || !allowed.includes(key)) throw unknownKey(word, subcommand, key);
    if (pairs.has(key)) throw givenTwice(key, pairs.get(key)!.value, word.value);
    if (word.value.trim() === '') throw new InputError(FIELD_OF_KEY[key], { code: 'empty' }, exampleOf(key));
    pairs.set(key, { ...word, value: word.value.trim() });
  }
  return pairs;
}

/** A key given twice; two students become a suggestion to compare them. */
function givenTwice(key: Key, first: string, second: string): InputError {
  if (key === 'student' && first.trim() !== '' && second.trim() !== '')
    return new InputError(
      'studentParams',
      { code: 'student-twice', first: clip(first), second: clip(second) },
      { form: 'compare-students', value: clip(second) },
    );
  return new InputError(FIELD_OF_KEY[key], { code: 'given-twice' }, { form: 'each-once' });
}

function exampleOf(key: Key): Accepted {
  return { form: 'example', field: FIELD_OF_KEY[key], value: EXAMPLE_VALUE[key] };
}

function strayWord(word: string): InputError {
  return new InputError('word', { code: 'not-key-value' }, { form: 'key-value' }, { typed: clip(word) });
}

function unknownKey(word: Word, subcommand: Exclude<Subcommand, 'help'>, known: Key | undefined): InputError {
  const allowed = KEYS_OF[subcommand];
  if (known !== undefined)
    return new InputError(
      FIELD_OF_KEY[known],
      { code: 'key-not-for-subcommand', subcommand },
      { form: 'keys-of', subcommand, keys: allowed },
    );
  const near = closest(word.key, allowed);
  return new InputError(
    'key',
    { code: 'unknown-key', value: clip(word.typedKey), subcommand, ...(near ? { near } : {}) },
    { form: 'keys', keys: allowed },
    { typed: clip(word.typedKey) },
  );
}

export function required(pairs: Pairs, key: Key, subcommand: string): string {
  const word = pairs.get(key);
  if (word === undefined)
    throw new InputError(FIELD_OF_KEY[key], { code: 'missing-for-subcommand', subcommand }, exampleOf(key));
  return word.value;
}

export function count(pairs: Pairs, key: Key): number {
  return parseCount(FIELD_OF_KEY[key], pairs.get(key)!.value);
}

export function students(pairs: Pairs): number {
  return pairs.has('students') ? count(pairs, 'students') : 1;
}
