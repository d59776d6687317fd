/**
 * The answer builder cannot throw (issue 8): ≥10,000 commands generated from the real grammar (subcommands,
 * keys and their aliases, values people type, in English and Japanese) plus noise (typos, stray `=` and
 * spaces, punctuation, Slack markup, prototype names), with a fixed seed. Every command gets an answer and
 * none apologises for an internal error; over a thousand of them are error replies, so the error path is exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';

const SUBCOMMANDS = ['decide', 'plan', 'cost', 'compare', 'help', 'ヘルプ', 'decid', ''];
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

describe('answer() over generated commands', () => {
  it('never throws and never apologises', { timeout: 600_000 }, () => {
    let errors = 0;
    fc.assert(
      fc.property(command, (text) => {
        const message = answer(text);
        const shown = allText(message);
        expect(shown).not.toMatch(/something went wrong|問題が発生/);
        if (message.blocks.some((block) => JSON.stringify(block).includes(':warning:'))) errors += 1;
      }),
      { seed: 20261201, numRuns: 10_000 },
    );
    expect(errors).toBeGreaterThan(1_000);
  });
});
