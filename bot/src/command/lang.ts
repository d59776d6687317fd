/** Which language to answer in: lang=ja anywhere in the text, even when the rest does not parse. */
import type { Lang } from './request.js';
import { normaliseText } from './words.js';

/** The language asked for anywhere in the text, so even a parse error answers in it. */
export function detectLang(text: string): Lang {
  const match = /(?:^|\s)(?:lang|language)\s*=\s*(\S+)/i.exec(normaliseText(text));
  return match && isJapanese(match[1]!) ? 'ja' : 'en';
}

export function isJapanese(value: string): boolean {
  return ['ja', 'jp', 'ja-jp', 'japanese', '日本語'].includes(value.toLowerCase());
}
