/**
 * Coefficient names as the paper writes them (E, A, B, alpha, beta, gamma;
 * A', B', alpha', beta', gamma', c0, c1, f1, d1), with the spellings people
 * can type: Ad or A_d for A', the prime as ′, Greek letters, any case.
 */
import { type Accepted, clipTyped, type FieldId, InputError } from '../errors.js';
import {
  type CoefficientName,
  DISTILLATION_NAMES,
  type DistillationName,
  type Law,
  SUPERVISED_NAMES,
  type SupervisedName,
} from './models.js';

const GREEK: Record<string, string> = { α: 'alpha', β: 'beta', γ: 'gamma' };
const PRIMED = /^(a|b|alpha|beta|gamma)(?:'|′|d|_d|prime)$/;

/** The canonical name of one typed coefficient name, or undefined. */
export function canonicalName(typed: string): CoefficientName | undefined {
  let text = typed.trim().toLowerCase();
  for (const [letter, name] of Object.entries(GREEK)) text = text.replace(letter, name);
  const primed = PRIMED.exec(text);
  if (primed) {
    const stem = primed[1]!;
    return `${stem.length === 1 ? stem.toUpperCase() : stem}'` as DistillationName;
  }
  if (text === 'e' || text === 'a' || text === 'b') return text.toUpperCase() as SupervisedName;
  return [...SUPERVISED_NAMES, ...DISTILLATION_NAMES].find((name) => name === text);
}

export function namesOf(law: Law): readonly CoefficientName[] {
  return law === 'supervised' ? SUPERVISED_NAMES : DISTILLATION_NAMES;
}

/** Parses a comma-separated list of the law's coefficient names (blank: none). */
export function parseCoefficientNames(field: FieldId, text: string, law: Law): CoefficientName[] {
  const allowed = namesOf(law);
  const accepted: Accepted = { form: 'coefficient-names', law, names: allowed };
  const names: CoefficientName[] = [];
  for (const typed of text.split(',')) {
    if (typed.trim() === '') continue;
    const name = canonicalName(typed);
    if (!name)
      throw new InputError(field, { code: 'unknown-coefficient-name', value: clipTyped(typed.trim()) }, accepted);
    if (!allowed.includes(name)) throw new InputError(field, { code: 'coefficient-not-of-law', name, law }, accepted);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
