/**
 * An error names a field the way the person spelled it: `ns=abc` gets "ns …",
 * not "student …", and `lt=` makes "teacher is needed with lt". Every key the
 * text holds (under any alias, in any compare scenario) maps its field, and
 * its Slack key, to the spelling typed last (a core field such as `compute`
 * found through its Slack key `budget`); a field nobody typed keeps its Slack key.
 */
import type { Names } from '../../../messages/index.js';
import { namesFor, SLACK_KEYS } from '../../../messages/index.js';
import { FIELD_OF_KEY, keyFor } from './keys.js';
import { canonicalKey, normaliseText, tokens } from './words.js';

export function typedNames(text: string): Names {
  const slack = namesFor('slack');
  const byField = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const token of tokens(normaliseText(text))) {
    const equals = token.indexOf('=');
    if (equals <= 0) continue;
    const spelled = token.slice(0, equals);
    const key = keyFor(canonicalKey(spelled));
    if (key === undefined) continue;
    byField.set(FIELD_OF_KEY[key], spelled);
    byKey.set(key, spelled);
  }
  return { ...slack, name: (field) => byField.get(field) ?? byKey.get(SLACK_KEYS[field]) ?? slack.name(field) };
}
