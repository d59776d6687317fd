/**
 * The words around a corrected command: how to offer it, and the name of a value the person has to fill in
 * (a corrected command never invents a number the person did not give: it asks for it by name, ‹teacher's
 * training tokens›).
 */
import type { FieldId } from '../core/index.js';

/** What a blank in a corrected command stands for; `currency` and `rate` say which rate or currency. */
export interface BlankParams {
  currency?: string;
  rate?: string;
}

export interface CorrectionWords {
  /** Before one of several commands, each reading the person's words one way. */
  orThis: string;
  /** Before a command with a ‹blank› to fill in. */
  fillIn: string;
  /** The name inside a blank; fields without their own name use the face's name for the field. */
  blank: Partial<Record<FieldId, (p: BlankParams) => string>>;
}
