/**
 * What a person sees when the command cannot be answered: which word is
 * wrong, what would be accepted, and a corrected command to copy. Never a
 * stack trace. The words come from messages/ (core's error codes in English
 * or Japanese), the field named by its Slack key.
 */
import type { InputError } from '../../../core/index.js';
import { CATALOGUES, type Names, renderError } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import type { Suggestion } from '../command/suggest.js';
import { type Built, context, escapeMrkdwn, section } from './kit.js';

/**
 * `suggestions`: whole corrected commands (without /distil), several when the words read more than one way;
 * `names` spell fields as the person typed them.
 */
export function errorBlocks(
  error: InputError,
  lang: Lang,
  suggestions: string | readonly Suggestion[],
  names?: Names,
): Built {
  const catalogue = CATALOGUES[lang];
  const words = catalogue.answer;
  const offered = typeof suggestions === 'string' ? [{ command: suggestions, blank: false }] : suggestions;
  const suggestion = offered[0]?.command ?? 'help';
  const { subject, predicate, short, accepted } = renderError(error, lang, names ?? 'slack');
  const tryLine = offered.map((offer, i) => `${tryLabel(lang, offer, i)}: \`/distil ${escapeMrkdwn(offer.command)}\``);
  return {
    text: escapeMrkdwn(`${short} — ${words.errorExample}: /distil ${suggestion}`),
    blocks: [
      section(
        `:warning: *${escapeMrkdwn(subject)}*${escapeMrkdwn(predicate)}\n${catalogue.acceptedLabel}: ${escapeMrkdwn(accepted)}`,
      ),
      section(tryLine.join('\n')),
      context([words.errorHelp]),
    ],
  };
}

/** "Try", "Or" for another reading, or "Fill in the ‹…› and send" for a command with a blank. */
function tryLabel(lang: Lang, offer: Suggestion, index: number): string {
  const words = CATALOGUES[lang].corrections;
  if (offer.blank) return words.fillIn;
  return index === 0 ? CATALOGUES[lang].answer.errorTry : words.orThis;
}

/** For a fault of ours, not the user's: polite, and without any detail of the failure. */
export function failureBlocks(lang: Lang): Built {
  const text = CATALOGUES[lang].answer.failure;
  return { text: text.replace(/`/g, ''), blocks: [section(`:construction: ${text}`)] };
}
