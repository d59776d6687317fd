/**
 * What a person sees when the command cannot be answered: which word is
 * wrong, what would be accepted, and a corrected command to copy. Never a
 * stack trace. The words come from messages/ (core's error codes in English
 * or Japanese), the field named by its Slack key.
 */
import type { InputError } from '../../../core/index.js';
import { CATALOGUES, type Names, renderError } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import { type Built, context, escapeMrkdwn, section } from './kit.js';

/** `suggestion` is a whole corrected command (without /distil); `names` spell fields as the person typed them. */
export function errorBlocks(error: InputError, lang: Lang, suggestion: string, names?: Names): Built {
  const catalogue = CATALOGUES[lang];
  const words = catalogue.answer;
  const { subject, predicate, short, accepted } = renderError(error, lang, names ?? 'slack');
  const tryLine = `${words.errorTry}: \`/distil ${escapeMrkdwn(suggestion)}\``;
  return {
    text: escapeMrkdwn(`${short} — ${words.errorExample}: /distil ${suggestion}`),
    blocks: [
      section(
        `:warning: *${escapeMrkdwn(subject)}*${escapeMrkdwn(predicate)}\n${catalogue.acceptedLabel}: ${escapeMrkdwn(accepted)}`,
      ),
      section(tryLine),
      context([words.errorHelp]),
    ],
  };
}

/** For a fault of ours, not the user's: polite, and without any detail of the failure. */
export function failureBlocks(lang: Lang): Built {
  const text = CATALOGUES[lang].answer.failure;
  return { text: text.replace(/`/g, ''), blocks: [section(`:construction: ${text}`)] };
}
