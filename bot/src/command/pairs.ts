/** key=value words → a map of known keys, each once, none empty; and readers for single words. */
import { parseCount } from '../../../core/index.js';
import { CommandError } from './errors.js';
import { closest, EXAMPLE_VALUE, KEYS_OF, type Key, keyFor, type Subcommand } from './keys.js';
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
    if (pairs.has(key))
      throw new CommandError(
        key,
        { problem: 'is given twice', accepted: 'each key once' },
        { problem: 'が2回指定されています', accepted: '各キーは1回だけ' },
      );
    if (word.value.trim() === '')
      throw new CommandError(
        key,
        { problem: 'is empty', accepted: `${key}=${EXAMPLE_VALUE[key]}` },
        { problem: 'の値が空です', accepted: `${key}=${EXAMPLE_VALUE[key]}` },
      );
    pairs.set(key, { ...word, value: word.value.trim() });
  }
  return pairs;
}

function strayWord(word: string): CommandError {
  return new CommandError(
    `"${clip(word)}"`,
    {
      problem: 'is not a key=value word',
      accepted:
        'key=value words such as student=1B budget=1e21 (a space after = is fine; quotes keep spaces in a value)',
    },
    {
      problem: 'は key=値 の形ではありません',
      accepted: 'student=1B budget=1e21 のような key=値 の組',
    },
  );
}

function unknownKey(word: Word, subcommand: Exclude<Subcommand, 'help'>, known: Key | undefined): CommandError {
  const allowed = KEYS_OF[subcommand];
  if (known !== undefined) {
    return new CommandError(
      known,
      {
        problem: `does not go with ${subcommand}`,
        accepted: `for ${subcommand}: ${allowed.join(', ')}`,
      },
      {
        problem: `は ${subcommand} では使えません`,
        accepted: `${subcommand} で使えるキー: ${allowed.join('、')}`,
      },
    );
  }
  const near = closest(word.key, allowed);
  return new CommandError(
    `${clip(word.typedKey)}=`,
    {
      problem: `is not a key ${subcommand} understands${near ? ` (did you mean ${near}=?)` : ''}`,
      accepted: allowed.map((key) => `${key}=`).join(' '),
    },
    {
      problem: `は ${subcommand} のキーではありません${near ? `（${near}= のことですか？）` : ''}`,
      accepted: allowed.map((key) => `${key}=`).join(' '),
    },
  );
}

export function required(pairs: Pairs, key: Key, subcommand: string): string {
  const word = pairs.get(key);
  if (word === undefined) {
    throw new CommandError(
      key,
      { problem: `is missing (${subcommand} needs it)`, accepted: `${key}=${EXAMPLE_VALUE[key]}` },
      { problem: `がありません（${subcommand} に必要です）`, accepted: `${key}=${EXAMPLE_VALUE[key]}` },
    );
  }
  return word.value;
}

export function count(pairs: Pairs, key: Key): number {
  return parseCount(key, pairs.get(key)!.value);
}

export function students(pairs: Pairs): number {
  return pairs.has('students') ? count(pairs, 'students') : 1;
}
