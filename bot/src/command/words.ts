/**
 * Splits what someone typed after /distil into a subcommand and key=value
 * words, order free. People type on phones and in Japanese IMEs, so the text
 * is normalised first: full-width characters (＝, １．５Ｂ, ￥) become ASCII by
 * NFKC, smart quotes become plain ones, and Slack's &amp;/&lt;/&gt; escapes
 * are undone. A bare word after a key=value word continues its value, so
 * `budget=500 GPU-hours` and `budget=1e22 FLOPs` read as one value.
 */
import { InputError, normaliseMessageText } from '../../../core/index.js';

export interface Word {
  key: string;
  value: string;
  /** The key as typed, for messages and for rebuilding a corrected example. */
  typedKey: string;
}

export interface Words {
  /** Bare words before the first key=value word (the subcommand, normally). */
  bare: string[];
  pairs: Word[];
}

/** The message text as core reads it (normaliseMessageText), trimmed. */
export function normaliseText(text: string): string {
  return normaliseMessageText(text).trim();
}

/** Whitespace-separated tokens; "double" or 'single' quotes keep spaces inside one token. */
export function tokens(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:[^\s"']+|"[^"]*"?|'[^']*'?)+/g;
  for (const match of text.matchAll(pattern)) found.push(match[0].replace(/["']/g, ''));
  return found.filter((token) => token !== '');
}

/** Lower-case, `_` as `-`: `Teacher_Loss` and `teacher-loss` are one key. */
export function canonicalKey(key: string): string {
  return key.trim().toLowerCase().replace(/_/g, '-');
}

export function splitWords(text: string): Words {
  const words: Words = { bare: [], pairs: [] };
  for (const token of tokens(text)) {
    const equals = token.indexOf('=');
    if (equals > 0) {
      const typedKey = token.slice(0, equals);
      words.pairs.push({ key: canonicalKey(typedKey), typedKey, value: token.slice(equals + 1) });
    } else if (equals === 0) {
      throw new InputError('word', { code: 'word-without-key' }, { form: 'key-value' }, { typed: clip(token) });
    } else if (words.pairs.length > 0) {
      const last = words.pairs[words.pairs.length - 1]!;
      last.value = last.value === '' ? token : `${last.value} ${token}`;
    } else {
      words.bare.push(token);
    }
  }
  return words;
}

export function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 3)}...` : text;
}
