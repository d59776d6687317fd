import type {
  Accepted,
  AcceptedCode,
  AcceptedParams,
  FieldId,
  Problem,
  ProblemCode,
  ProblemParams,
} from './problems.js';

export * from './problems.js';

export interface ErrorPlace {
  /** The word as typed when it is not a known field (a stray word, an unknown key). */
  typed?: string;
  /** The compare scenario the error is in ("b"). */
  scope?: string;
}

/**
 * The one error type every face turns into a user message: data only. `field`
 * is a stable id (messages/ names it as the face does: `--compute`,
 * `budget=`, `compute`); `problem` and `accepted` are codes with parameters
 * that messages/ words in English or Japanese. The Error's own `message` is
 * for logs, never shown.
 */
export class InputError extends Error {
  readonly field: FieldId;
  readonly problem: Problem;
  readonly accepted: Accepted;
  readonly typed?: string;
  readonly scope?: string;

  constructor(field: FieldId, problem: Problem, accepted: Accepted, place: ErrorPlace = {}) {
    super(`${place.scope ? `${place.scope}: ` : ''}${field}: ${problem.code} (accepted: ${accepted.form})`);
    this.name = 'InputError';
    this.field = field;
    this.problem = problem;
    this.accepted = accepted;
    if (place.typed !== undefined) this.typed = place.typed;
    if (place.scope !== undefined) this.scope = place.scope;
  }

  /** The same error inside the compare scenario labelled `scope`. */
  within(scope: string): this {
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    return Object.assign(copy, this, { scope, message: `${scope}: ${this.message}` });
  }

  /** The same error about another field (a face that reads one field for another, e.g. budget= as compute). */
  about(field: FieldId): this {
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    return Object.assign(copy, this, { field });
  }
}

/** A budget too small to buy any plan inside the law's bounds; says the smallest one that would. */
export class InfeasibleBudgetError extends InputError {
  readonly minimumCompute: number;

  constructor(field: FieldId, problem: Problem, minimumCompute: number) {
    super(field, problem, { form: 'budget-at-least', minimumCompute });
    this.name = 'InfeasibleBudgetError';
    this.minimumCompute = minimumCompute;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** An InputError from a problem code and an accepted form, each with its parameters. */
export function inputError<C extends ProblemCode, A extends AcceptedCode>(
  field: FieldId,
  code: C,
  params: ProblemParams[C],
  form: A,
  acceptedParams: AcceptedParams[A],
  place: ErrorPlace = {},
): InputError {
  return new InputError(field, { code, ...params } as Problem, { form, ...acceptedParams } as Accepted, place);
}
