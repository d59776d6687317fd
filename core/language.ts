/**
 * The language a person asked for by name (lang=ja in Slack, a lang argument in Sheets): one list of the names
 * each face accepts, so `Japanese` or `ja-JP` is Japanese everywhere and an unknown name is refused the same way.
 */
import { clipTyped, type FieldId, InputError } from './errors.js';

export type Language = 'en' | 'ja';

const NAMES: Record<Language, readonly string[]> = {
  ja: ['ja', 'jp', 'ja-jp', 'japanese', '日本語'],
  en: ['en', 'english', 'en-us', 'en-gb'],
};

/** The language a name means, or undefined for a name that is neither (case and spaces ignored). */
export function languageNamed(typed: string): Language | undefined {
  const name = typed.trim().toLowerCase();
  if (NAMES.ja.includes(name)) return 'ja';
  if (NAMES.en.includes(name)) return 'en';
  return undefined;
}

/** A language typed under `field`; anything else is refused naming the field, never read as English. */
export function parseLanguage(field: FieldId, typed: string): Language {
  const language = languageNamed(typed);
  if (language) return language;
  throw new InputError(field, { code: 'unknown-language', value: clipTyped(typed.trim()) }, { form: 'language' });
}

/** The language of a locale a browser or a spreadsheet reports (ja, ja-JP, ja_JP → Japanese; anything else English). */
export function languageOfLocale(locale: string): Language {
  return /^ja(?:[-_]|$)/i.test(locale.trim()) ? 'ja' : 'en';
}

/** The locale variables that name a language, in the order the C library reads them for messages. */
export interface LocaleVariables {
  LC_ALL?: string;
  LC_MESSAGES?: string;
  LANG?: string;
}

/**
 * The language of a terminal's locale: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty decides,
 * as the C library does (so LC_ALL=C over LANG=ja_JP.UTF-8 is English). ja, ja_JP, ja_JP.UTF-8 are Japanese;
 * C, POSIX, unset and every other language are English, the language every answer is also written in.
 */
export function localeLanguage(vars: LocaleVariables): Language {
  const locale = [vars.LC_ALL, vars.LC_MESSAGES, vars.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^ja(?:[_.@-]|$)/i.test(locale) ? 'ja' : 'en';
}
