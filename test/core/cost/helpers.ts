/** One import point for the cost tests: the public API only. */
export * from '../../../core/cost/index.js';
export { InputError as InputErrorLike } from '../../../core/errors.js';
