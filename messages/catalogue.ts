/**
 * The shape of a catalogue: every problem code, accepted form and warning code
 * of core (and of the faces' own parsers) worded in one language. The mapped
 * types make a missing entry a type error; test/messages checks the Japanese
 * one is Japanese.
 */
import type {
  AcceptedCode,
  AcceptedParams,
  FieldId,
  ProblemCode,
  ProblemParams,
  WarningCode,
  WarningParams,
} from '../core/index.js';
import type { AnswerWords } from './answer.js';
import type { HeadlineWords } from './headline.js';

export type Lang = 'en' | 'ja';
export type Face = 'cli' | 'slack' | 'sheets';

/** How a face names its inputs: `--compute`, `budget`, `compute`. */
export interface Names {
  face: Face;
  name(field: FieldId): string;
  /** An example of the field as typed on this face: `--student-params 1B`, `student=1B`, `1B`. */
  example(field: FieldId, value: string): string;
}

export interface Catalogue {
  lang: Lang;
  /** What follows the subject: " is missing" (en), "がありません" (ja). */
  problems: { [C in ProblemCode]: (p: ProblemParams[C], n: Names) => string };
  accepted: { [C in AcceptedCode]: (p: AcceptedParams[C], n: Names) => string };
  warnings: { [C in WarningCode]: (p: WarningParams[C]) => string };
  /** A word the person typed, quoted: "hello", 「hello」. */
  quote(typed: string): string;
  /** The label before the accepted form: "Accepted", "使える形式". */
  acceptedLabel: string;
  /** The one-line message: "budget is missing. Accepted: …". */
  full(short: string, accepted: string): string;
  /** The decide answer's first lines (core/headline.ts). */
  headline: HeadlineWords;
  /** The words of an answer around its numbers (Slack's blocks). */
  answer: AnswerWords;
}
