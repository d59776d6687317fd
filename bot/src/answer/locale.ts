/**
 * The person's Slack locale as the answer's language when the command says
 * nothing about language: lang= still wins, then Japanese script, then the
 * locale (ja-JP → Japanese). The locale stands in for a typed lang=ja, so the
 * Post to channel button (which carries the command text) shares the answer in
 * the same language.
 */
import { languageAsked } from '../command/lang.js';
import { normaliseText } from '../command/words.js';

/** ja, ja-JP, ja_JP: Slack's IETF tags for Japanese. */
export function isJapaneseLocale(locale: string | undefined): boolean {
  return typeof locale === 'string' && /^ja(?:[-_][a-z]{2})?$/i.test(locale.trim());
}

/** The command text the answer reads: as typed, or with ` lang=ja` when only the locale says Japanese. */
export function withLocale(text: string, locale: string | undefined): string {
  if (!isJapaneseLocale(locale) || languageAsked(text) !== undefined) return text;
  const normal = normaliseText(text);
  // An empty command is the help; "lang=ja" alone would read as a decide with no student.
  return `${normal === '' ? 'help' : normal} lang=ja`;
}
