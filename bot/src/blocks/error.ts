/**
 * What a person sees when the command cannot be answered: which word is
 * wrong, what would be accepted, and a corrected command to copy. Never a
 * stack trace. Core errors are in English; the common ones are put into
 * Japanese by pattern, the rest keep the core's wording under Japanese labels.
 */
import type { InputError } from '../../../core/index.js';
import { isCommandError } from '../command/errors.js';
import type { Lang } from '../command/parse.js';
import { type Built, context, escapeMrkdwn, section } from './kit.js';

const PROBLEM_JA: ReadonlyArray<readonly [RegExp, string]> = [
  [/^is missing$/, 'がありません'],
  [/^is empty$/, 'が空です'],
  [/^"(.*)" is not a number$/, '「$1」は数値ではありません'],
  [/^"(.*)" is not a budget$/, '「$1」は予算の形ではありません'],
  [/^"(.*)" is not a known GPU$/, '「$1」は既知の GPU ではありません'],
  [/^"(.*)" is not a known provider$/, '「$1」は既知のプロバイダではありません'],
  [/^"(.*)" is not a scenario$/, '「$1」はシナリオ名ではありません'],
  [/^"(.*)" is not a coefficient set$/, '「$1」は係数セットではありません'],
  [/^"(.*)" is not a currency code$/, '「$1」は通貨コードではありません'],
  [/^"(.*)" is not a known precision$/, '「$1」は既知の精度ではありません'],
  [/^"(.*)" is not a decimal number$/, '「$1」は小数ではありません'],
  [/^must be > (.*)$/, 'は $1 より大きい必要があります'],
  [/^must be ≥ (.*)$/, 'は $1 以上である必要があります'],
  [/^must be ≤ (.*)$/, 'は $1 以下である必要があります'],
  [/^must not be negative$/, 'は負の値にできません'],
  [/^must be a finite number$/, 'は有限の数値である必要があります'],
  [/^is too large$/, 'が大きすぎます'],
  [/^must be a whole number of students ≥ 1$/, 'は 1 以上の整数である必要があります'],
  [/^is needed to show costs in (\w+)$/, 'が必要です（$1 で費用を表示するため）'],
];

function problemJa(problem: string): string {
  for (const [pattern, japanese] of PROBLEM_JA) if (pattern.test(problem)) return problem.replace(pattern, japanese);
  return ` ${problem}`;
}

/** The problem worded to follow the field name directly ("budget is missing", "budget がありません"). */
export function wording(error: InputError, lang: Lang): { problem: string; accepted: string } {
  if (lang !== 'ja') return { problem: ` ${error.problem}`, accepted: error.accepted };
  const { problem, accepted } = isCommandError(error)
    ? error.ja
    : { problem: problemJa(error.problem), accepted: error.accepted };
  return { problem: /^[はがのにを ]/.test(problem) ? problem : `: ${problem}`, accepted };
}

/** `suggestion` is a whole corrected command (without /distil). */
export function errorBlocks(error: InputError, lang: Lang, suggestion: string): Built {
  const ja = lang === 'ja';
  const { problem, accepted } = wording(error, lang);
  const tryLine = `${ja ? 'こう入力してみてください' : 'Try'}: \`/distil ${escapeMrkdwn(suggestion)}\``;
  return {
    text: `${error.field}${problem} — ${ja ? '例' : 'try'}: /distil ${suggestion}`,
    blocks: [
      section(
        `:warning: *${escapeMrkdwn(error.field)}*${escapeMrkdwn(problem)}\n${ja ? '使える形式' : 'Accepted'}: ${escapeMrkdwn(accepted)}`,
      ),
      section(tryLine),
      context([ja ? '`/distil help lang=ja` ですべての書き方を表示します' : '`/distil help` shows every form']),
    ],
  };
}

/** For a fault of ours, not the user's: polite, and without any detail of the failure. */
export function failureBlocks(lang: Lang): Built {
  const text =
    lang === 'ja'
      ? '申し訳ありません。計算中に問題が発生しました（記録済みです）。もう一度お試しいただくか、`/distil help lang=ja` をご覧ください。'
      : 'Sorry — something went wrong while working that out. It has been logged; please try again, or see `/distil help`.';
  return { text: text.replace(/`/g, ''), blocks: [section(`:construction: ${text}`)] };
}
