/** A language named by the person: the one list Slack's lang= and the Sheets lang argument both read. */
import { describe, expect, it } from 'vitest';
import { languageNamed, parseLanguage } from '../../core/index.js';
import { wordsOf } from '../helpers/words.js';

describe('a language by name', () => {
  it('reads the names of Japanese and English, ignoring case and spaces', () => {
    for (const name of ['ja', 'JP', 'ja-JP', 'Japanese', '日本語', ' ja '])
      expect(languageNamed(name), name).toBe('ja');
    for (const name of ['en', 'English', 'en-US', 'en-gb']) expect(languageNamed(name), name).toBe('en');
    for (const name of ['', 'fr', 'jap', 'eng']) expect(languageNamed(name), name).toBeUndefined();
  });

  it('refuses any other name under the field, in both languages, never reading it as English', () => {
    expect(parseLanguage('lang', 'Japanese')).toBe('ja');
    expect(wordsOf(() => parseLanguage('lang', 'français'), 'en', 'sheets')).toMatch(
      /^lang "français" is not a language .*Accepted: en or ja/,
    );
    expect(wordsOf(() => parseLanguage('lang', 'français'), 'ja', 'sheets')).toMatch(/^lang の「français」には対応/);
  });
});
