/** Which language to answer in: lang=ja anywhere in the text, even when the rest does not parse. */
import { hasJapaneseScript, languageNamed } from '../../../core/index.js';
import type { Lang } from './request.js';
import { normaliseText } from './words.js';

/**
 * The language asked for anywhere in the text, so even a parse error answers in it: lang= wins; otherwise
 * Japanese script anywhere (蒸留すべき？, 予算=300万円, ヘルプ) means Japanese.
 */
export function detectLang(text: string): Lang {
  return languageAsked(text) ?? 'en';
}

/** The language the text itself asks for (lang=, or Japanese script); undefined when it says nothing. */
export function languageAsked(text: string): Lang | undefined {
  const normal = normaliseText(text);
  const match = /(?:^|\s)(?:lang|language)\s*=\s*(\S+)/i.exec(normal);
  if (match) return isJapanese(match[1]!) ? 'ja' : 'en';
  return hasJapaneseScript(normal) ? 'ja' : undefined;
}

export function isJapanese(value: string): boolean {
  return languageNamed(value) === 'ja';
}
