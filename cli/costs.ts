/**
 * `--costs PATH.json`: a team's cost profile. The file is read through readCapped (its size checked before it is
 * read: a profile is a page of settings), and core checks every field, so a bad file gets a coded error naming
 * the field.
 */
import { type Accepted, type CostProfile, InputError, MAX_COST_PROFILE_BYTES, readCostProfile } from '../core/index.js';
import { readCapped } from './files.js';

const ACCEPTED: Accepted = { form: 'cost-profile', rule: 'format' };

export function costProfileFrom(path: string | undefined): CostProfile | undefined {
  if (path === undefined) return undefined;
  const text = readCapped('costs', path, MAX_COST_PROFILE_BYTES, ACCEPTED);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError('costs', { code: 'not-json', file: path }, ACCEPTED);
  }
  return readCostProfile(json, `--costs ${path}`);
}
