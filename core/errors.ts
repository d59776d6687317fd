import { formatScientific } from './format.js';

/**
 * The one error type every face turns into a user message. `field` is the
 * input's name as the user typed it (a CLI flag, a Slack key, a Sheets
 * argument); `problem` says what is wrong and `accepted` what would be valid.
 * `short` ("tokens must be > 0") fits in a spreadsheet cell; `message` adds
 * the accepted form.
 */
export class InputError extends Error {
  readonly field: string;
  readonly problem: string;
  readonly accepted: string;

  constructor(field: string, problem: string, accepted: string) {
    super(`${field} ${problem}. Accepted: ${accepted}`);
    this.name = 'InputError';
    this.field = field;
    this.problem = problem;
    this.accepted = accepted;
  }

  get short(): string {
    return `${this.field} ${this.problem}`;
  }

  /** The same error under another field name (faces rename core fields to their own words). */
  renamed(field: string): this {
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    return Object.assign(copy, this, { field, message: `${field} ${this.problem}. Accepted: ${this.accepted}` });
  }
}

/** A budget too small to buy any plan inside the law's bounds; says the smallest one that would. */
export class InfeasibleBudgetError extends InputError {
  readonly minimumCompute: number;

  constructor(field: string, problem: string, minimumCompute: number) {
    super(field, problem, `a budget of at least ${formatScientific(minimumCompute)} FLOPs`);
    this.name = 'InfeasibleBudgetError';
    this.minimumCompute = minimumCompute;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
