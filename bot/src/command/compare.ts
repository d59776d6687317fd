/** compare: 2–4 scenarios separated by |, later ones inheriting the first. */
import { InputError, type IsoDate, isInputError } from '../../../core/index.js';
import { decideInputs } from './inputs.js';
import type { Key } from './keys.js';
import { collect, type Pairs } from './pairs.js';
import { type CompareScenario, type Lang, MAX_COMPARE } from './request.js';

/**
 * compare: scenarios separated by `|`, each optionally labelled `a:`. Later
 * scenarios inherit the first one's words and override what they name; naming
 * any teacher word replaces all the teacher words, and naming gpu= drops an
 * inherited provider= and price= (they belong to the first GPU).
 */
export function parseCompare(body: string, lang: Lang, today?: IsoDate): CompareScenario[] {
  const parts = body.split('|').map((part) => part.trim());
  if (parts.length < 2 || parts.length > MAX_COMPARE || parts.some((part) => part === '')) {
    throw new InputError(
      'compare',
      { code: 'compare-count', count: parts.filter((p) => p !== '').length, max: MAX_COMPARE },
      { form: 'compare-form' },
    );
  }
  const scenarios: CompareScenario[] = [];
  let first: Pairs | undefined;
  parts.forEach((part, index) => {
    const { label, rest } = labelOf(part, index);
    try {
      const own = collect(rest, 'compare');
      const pairs = first === undefined ? own : inherit(first, own);
      first ??= own;
      scenarios.push({ label, inputs: decideInputs(pairs, lang, 'decide', today) });
    } catch (error) {
      throw isInputError(error) ? error.within(label) : error;
    }
  });
  return scenarios;
}

function labelOf(part: string, index: number): { label: string; rest: string } {
  const match = /^([^\s=:]{1,20}):\s*(.*)$/.exec(part);
  if (match) return { label: match[1]!, rest: match[2]! };
  return { label: String.fromCharCode(65 + index), rest: part };
}

const TEACHER_KEYS: readonly Key[] = ['teacher', 'teacher-loss', 'teacher-tokens', 'students'];

function inherit(first: Pairs, own: Pairs): Pairs {
  const merged: Pairs = new Map(first);
  const ownKeys = [...own.keys()];
  if (ownKeys.some((key) => TEACHER_KEYS.includes(key))) for (const key of TEACHER_KEYS) merged.delete(key);
  if (own.has('gpu')) {
    merged.delete('provider');
    merged.delete('price');
  }
  if (own.has('provider')) merged.delete('price');
  if (own.has('price')) merged.delete('provider');
  for (const [key, word] of own) merged.set(key, word);
  return merged;
}
