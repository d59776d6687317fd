/**
 * What a person sees when the command cannot be answered: which word is
 * wrong, what would be accepted, and a corrected command to copy. Never a
 * stack trace. The words come from messages/ (core's error codes in English
 * or Japanese), the field named by its Slack key.
 */
import type { InputError } from '../../../core/index.js';
import { renderError } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import { type Built, context, escapeMrkdwn, section } from './kit.js';

/** `suggestion` is a whole corrected command (without /distil). */
export function errorBlocks(error: InputError, lang: Lang, suggestion: string): Built {
  const ja = lang === 'ja';
  const { subject, predicate, short, accepted } = renderError(error, lang, 'slack');
  const tryLine = `${ja ? 'こう入力してみてください' : 'Try'}: \`/distil ${escapeMrkdwn(suggestion)}\``;
  return {
    text: escapeMrkdwn(`${short} — ${ja ? '例' : 'try'}: /distil ${suggestion}`),
    blocks: [
      section(
        `:warning: *${escapeMrkdwn(subject)}*${escapeMrkdwn(predicate)}\n${ja ? '使える形式' : 'Accepted'}: ${escapeMrkdwn(accepted)}`,
      ),
      section(tryLine),
      context([ja ? '`/distil help` ですべての書き方を表示します' : '`/distil help` shows every form']),
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
