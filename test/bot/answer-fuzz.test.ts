/**
 * The answer builder cannot throw (issue 8): ≥10,000 commands generated from the real grammar (subcommands,
 * `presets` among them, keys and their aliases, values people type, in English and Japanese) plus noise (typos,
 * stray `=` and spaces, punctuation, Slack markup, prototype names), with a fixed seed. Every command gets an
 * answer and none apologises for an internal error; over a thousand of them are error replies, so the error
 * path is exercised, and every error reply names a word the person typed: the field as they spelled it, or
 * the offending value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { parseRequest } from '../../bot/src/command/parse.js';
import { normaliseText } from '../../bot/src/command/words.js';
import { misspeltSubcommand, readText } from '../../bot/src/question/read.js';
import { compute } from '../../bot/src/results/compute.js';
import { type InputError, isInputError, normaliseQuestion } from '../../core/index.js';
import { SLACK_KEYS } from '../../messages/index.js';

const SUBCOMMANDS = ['decide', 'plan', 'cost', 'compare', 'help', 'ヘルプ', 'decid', 'presets', ''];
const KEYS = [
  'student',
  'params',
  'ns',
  'budget',
  'compute',
  'flops',
  'teacher',
  'teacher-params',
  'teacher-loss',
  'lt',
  'teacher-tokens',
  'students',
  'k',
  'scenario',
  'gpu',
  'provider',
  'mfu',
  'price',
  'currency',
  'rate',
  'precision',
  'preset',
  'counting',
  'lang',
  'gpus',
  '生徒',
  '予算',
  'studnet',
  'constructor',
  '__proto__',
];
const VALUES = [
  '1B',
  '150M',
  '3B',
  '7e9',
  '1.5B',
  '１．５Ｂ',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '1e308',
  '1e-300',
  '',
  '$200k',
  '$50k',
  '¥30M',
  '300万円',
  '3百万円',
  '1億円',
  '€100k',
  '50k',
  '100',
  '1e21',
  '1e21 FLOPs',
  '500 GPU-hours',
  '3 PF-days',
  '8B@15T',
  '7B@2T',
  '8B',
  '2.1',
  '12',
  'best',
  'inference',
  'teacher-inference',
  'both',
  'h100',
  'h200',
  'a100',
  'aws',
  'lambda',
  'JPY',
  'USD',
  'EUR',
  'valueOf',
  'toString',
  '150',
  '0.4',
  '2',
  'ja',
  'en',
  'bf16',
  '<!channel>',
  '<@U123>',
  '&amp;',
  'a|b',
  '=',
  '==',
];
const NOISE = ['', ' ', '  ', '=', ' = ', ' =', '= ', '|', ':', ',', '、', '？', '<!here>', '\t', '\u3000'];

const pair = fc
  .tuple(fc.constantFrom(...KEYS), fc.constantFrom('=', ' = ', ' =', '= ', '＝', ''), fc.constantFrom(...VALUES))
  .map(([key, eq, value]) => `${key}${eq}${value}`);
const word = fc.oneof({ weight: 6, arbitrary: pair }, { weight: 1, arbitrary: fc.constantFrom(...NOISE, ...VALUES) });
const command = fc
  .tuple(fc.constantFrom(...SUBCOMMANDS), fc.array(word, { minLength: 0, maxLength: 6 }), fc.boolean())
  .map(([sub, words, compare]) => {
    const body = words.join(' ');
    const text = compare ? `compare A: ${body} | B: ${words.slice(0, 2).join(' ')}` : `${sub} ${body}`;
    return text.trim();
  });

function allText(message: ReturnType<typeof answer>): string {
  return JSON.stringify(message);
}

/** The parser's error for what the reader made of the text, or 'question' when words were not read at all. */
function inputErrorOf(text: string): InputError | 'question' | undefined {
  const { reading, command } = readText(text);
  if (reading.unread.length > 0 && !misspeltSubcommand(text, reading)) return 'question';
  try {
    compute(parseRequest(command));
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  return undefined;
}

/** Every word as typed (after the normalisation the parser applies): whole tokens, keys, values, pieces. */
function typedWords(text: string): { words: Set<string>; keys: Set<string> } {
  const words = new Set<string>();
  const keys = new Set<string>();
  for (const token of normaliseText(text).toLowerCase().split(' ')) {
    // A compare label may be glued to what follows it (A:= after normalising "A: =").
    for (const word of [token, token.replace(/^[^:=]*:/, '')]) {
      words.add(word);
      for (const piece of word.split(/[=|]/)) if (piece !== '') words.add(piece);
      if (word.indexOf('=') > 0) keys.add(word.slice(0, word.indexOf('=')));
    }
  }
  return { words, keys };
}

/**
 * What the problem line names: its subject (the field or word, without a compare label) and each quoted value;
 * and, as `fields`, the line's bare words, where another field a problem mentions appears (teacher is needed
 * with lt).
 */
function namedWords(message: ReturnType<typeof answer>): { named: string[]; fields: string[] } {
  const section = message.blocks[0] as { text: { text: string } };
  const line = section.text.text.split('\n')[0]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const subject = /^:warning: \*(?:[^*:"「]+: )?([^*]*)\*/.exec(line)?.[1] ?? '';
  const quoted = [...line.matchAll(/"([^"]*)"|「([^」]*)」/g)].map((match) => match[1] ?? match[2]!);
  const words = [subject, ...quoted].map((word) => word.toLowerCase().replace(/^["「](.*)["」]$/, '$1'));
  // An unknown key is shown as typed with its = (studnet=): the word is the key before it.
  const named = [...words, ...words.filter((word) => word.endsWith('=')).map((word) => word.slice(0, -1))];
  const fields = line.toLowerCase().split(/[\s*()（）、。]+/);
  return { named, fields };
}

/** A named word matches a typed one, or is a clipped one's start ("abc..." for a longer word). */
function namesTypedWord(text: string, message: ReturnType<typeof answer>): boolean {
  const typed = typedWords(text);
  const { named, fields } = namedWords(message);
  // Free text has no word boundaries in Japanese (予算1B): a named piece of it counts as typed.
  const question = normaliseQuestion(text).toLowerCase();
  const matches = (word: string) =>
    typed.words.has(word) ||
    (word.length >= 2 && question.includes(word)) ||
    (word.endsWith('...') && [...typed.words].some((each) => each.startsWith(word.slice(0, -3))));
  return named.some(matches) || fields.some((word) => typed.keys.has(word));
}

/** The message's words with Slack's escapes undone. */
function plainText(message: ReturnType<typeof answer>): string {
  return allText(message).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('answer() over generated commands', () => {
  it('never throws, never apologises, and every error reply names a word the person typed', {
    timeout: 600_000,
  }, () => {
    let errors = 0;
    fc.assert(
      fc.property(command, (text) => {
        const message = answer(text);
        const shown = allText(message);
        expect(shown).not.toMatch(/something went wrong|問題が発生/);
        const error = inputErrorOf(text);
        if (error === undefined) return;
        errors += 1;
        const typed = namesTypedWord(text, message);
        // A question back names the words it could not read: each is a piece of what was typed, and shown.
        if (error === 'question') {
          const { reading } = readText(text);
          for (const word of reading.unread) {
            expect(normaliseQuestion(text)).toContain(word);
            expect(plainText(message)).toContain(word);
          }
          return;
        }
        const subject = namedWords(message).named[0];
        // A key left out was not typed (unless under another spelling elsewhere): the reply names the key to add.
        if (error.problem.code === 'missing-for-subcommand' && !typed) expect(subject).toBe(SLACK_KEYS[error.field]);
        else expect(typed, `${text} → ${(message.blocks[0] as { text: { text: string } }).text.text}`).toBe(true);
      }),
      { seed: 20261201, numRuns: 10_000 },
    );
    expect(errors).toBeGreaterThan(1_000);
  });
});
