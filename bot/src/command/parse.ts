/**
 * What someone typed after /distil → a typed request. Parsing only: numbers
 * are read with the core's parseCount (the CLI's forms); budgets stay text
 * here because money and GPU-hours need the GPU and price to become FLOPs.
 */
import { InputError, type IsoDate, intentOfWord } from '../../../core/index.js';
import { parseCompare } from './compare.js';
import { costInputs, decideInputs, pilotInputs, planInputs, scenarioInputs } from './inputs.js';
import { closest, keyFor, SUBCOMMANDS, type Subcommand } from './keys.js';
import { detectLang } from './lang.js';
import { collect } from './pairs.js';
import type { Request } from './request.js';
import { clip, normaliseText, splitWords } from './words.js';

export { detectLang } from './lang.js';
export * from './request.js';

/** `today` (YYYY-MM-DD, the request's date): a deadline said as a date (deadline=2027-03-01) counts its days from it. */
export function parseRequest(text: string, today?: IsoDate): Request {
  const normal = normaliseText(text);
  const lang = detectLang(normal);
  const [first = '', ...rest] = normal.split(' ');
  // `presets` lists the coefficient sets preset= takes; it reads no key=value words.
  if (intentOfWord(first) === 'presets') return presetsRequest(rest.join(' '), lang);
  const subcommand = subcommandOf(first.toLowerCase());
  if (subcommand === 'help') return { kind: 'help', lang };
  const body = subcommand === undefined ? normal : rest.join(' ');
  const kind = subcommand ?? 'decide';
  if (kind === 'compare') return { kind, lang, scenarios: parseCompare(body, lang, today) };
  const pairs = collect(body, kind);
  if (kind === 'decide') return { kind, lang, inputs: decideInputs(pairs, lang, 'decide', today) };
  if (kind === 'pilot') return { kind, lang, inputs: pilotInputs(pairs, lang, today) };
  if (kind === 'plan') return { kind, lang, inputs: planInputs(pairs, lang) };
  if (kind === 'scenarios') return { kind, lang, inputs: scenarioInputs(pairs, lang) };
  return { kind, lang, inputs: costInputs(pairs, lang) };
}

/** `presets` takes lang= only; any other word is named back rather than ignored. */
function presetsRequest(body: string, lang: Request['lang']): Request {
  const words = splitWords(body);
  if (words.bare.length > 0)
    throw new InputError('word', { code: 'not-key-value' }, { form: 'key-value' }, { typed: clip(words.bare[0]!) });
  const other = words.pairs.find((word) => keyFor(word.key) !== 'lang');
  if (other)
    throw new InputError(
      'key',
      { code: 'unknown-key', value: clip(other.typedKey), subcommand: 'presets' },
      { form: 'keys', keys: ['lang'] },
      { typed: clip(other.typedKey) },
    );
  return { kind: 'presets', lang };
}

/**
 * The subcommand, or undefined when the text starts straight with key=value
 * words (read as decide). A first bare word that is no subcommand is an error
 * that suggests the closest one.
 */
function subcommandOf(first: string): Subcommand | undefined {
  // help's words are core's (help, ?, usage, ヘルプ, 使い方 …); `help` itself is also a subcommand below.
  if (first === '' || (first !== 'help' && intentOfWord(first) === 'help')) return 'help';
  if ((SUBCOMMANDS as readonly string[]).includes(first)) return first as Subcommand;
  if (first.includes('=')) return undefined;
  const near = closest(first, SUBCOMMANDS);
  throw new InputError(
    'subcommand',
    { code: 'unknown-subcommand', value: clip(first), ...(near ? { near } : {}) },
    { form: 'one-of', ids: SUBCOMMANDS },
    { typed: clip(first) },
  );
}
