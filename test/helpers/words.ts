/** Core errors are data; tests that read their words render them as a face would (Sheets names fields closest to core's ids). */
import { isInputError } from '../../core/index.js';
import { type Face, type Lang, renderError } from '../../messages/index.js';

/** The one-line message of the InputError `work` throws; fails the test when it throws nothing or something else. */
export function wordsOf(work: () => unknown, lang: Lang = 'en', face: Face = 'sheets'): string {
  try {
    work();
  } catch (error) {
    if (isInputError(error)) return renderError(error, lang, face).full;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
