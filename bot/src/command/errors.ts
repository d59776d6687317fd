/**
 * Errors the bot raises about what was typed. They are core InputErrors (so
 * every face handles them alike) that also carry their Japanese wording; core
 * errors are translated by pattern in blocks/error.ts.
 */
import { InputError } from '../../../core/index.js';

export interface Wording {
  problem: string;
  accepted: string;
}

export class CommandError extends InputError {
  readonly ja: Wording;

  constructor(field: string, en: Wording, ja: Wording) {
    super(field, en.problem, en.accepted);
    this.name = 'CommandError';
    this.ja = ja;
  }
}

export function isCommandError(error: unknown): error is CommandError {
  return error instanceof CommandError;
}
