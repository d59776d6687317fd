/** Errors and warnings (core's data) → words, in a language, naming fields as a face does. */
import type { InputError, Warning } from '../core/index.js';
import type { Catalogue, Face, Lang, Names } from './catalogue.js';
import { EN } from './en.js';
import { namesFor } from './faces.js';
import { JA } from './ja.js';

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: EN, ja: JA };

export interface RenderedError {
  /** The field as the face names it, or the word typed: "budget", "--compute", "\"hello\"", "b: gpu". */
  subject: string;
  /** What is wrong, following the subject: " is missing", " がありません". */
  predicate: string;
  /** subject + predicate: fits a spreadsheet cell. */
  short: string;
  accepted: string;
  /** One line: short and accepted. */
  full: string;
}

/** `face` names fields by its table; a face with its own naming (a Sheets function's arguments) passes Names. */
export function renderError(error: InputError, lang: Lang, face: Face | Names): RenderedError {
  const catalogue = CATALOGUES[lang];
  const names = typeof face === 'string' ? namesFor(face) : face;
  const named = error.typed === undefined ? names.name(error.field) : typedSubject(error, catalogue);
  const subject = error.scope !== undefined ? `${error.scope}: ${named}` : named;
  const problem = error.problem;
  const predicate = (catalogue.problems[problem.code] as (p: typeof problem, n: typeof names) => string)(
    problem,
    names,
  );
  const form = error.accepted;
  const accepted = (catalogue.accepted[form.form] as (p: typeof form, n: typeof names) => string)(form, names);
  const short = `${subject}${predicate}`;
  return { subject, predicate, short, accepted, full: catalogue.full(short, accepted) };
}

/** An unknown key reads as typed, studnet=; any other typed word is quoted. */
function typedSubject(error: InputError, catalogue: Catalogue): string {
  // A file and the path inside it, or a sheet's argument names, as written.
  if (error.field === 'setFile' || error.field === 'costs' || error.field === 'ranges') return error.typed!;
  return error.field === 'key' ? `${error.typed}=` : catalogue.quote(error.typed!);
}

export function renderWarning(warning: Warning, lang: Lang): string {
  const entry = CATALOGUES[lang].warnings[warning.code] as (p: typeof warning) => string;
  return entry(warning);
}
