/**
 * `--costs PATH.json`: a team's cost profile. The file's size is checked
 * before it is read (a profile is a page of settings), and core checks every
 * field, so a bad file gets a coded error naming the field.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { type Accepted, type CostProfile, InputError, MAX_COST_PROFILE_BYTES, readCostProfile } from '../core/index.js';

const ACCEPTED: Accepted = { form: 'cost-profile', rule: 'format' };

export function costProfileFrom(path: string | undefined): CostProfile | undefined {
  if (path === undefined) return undefined;
  let text: string;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (stat.size > MAX_COST_PROFILE_BYTES)
      throw new InputError('costs', { code: 'file-too-large', file: path, maxBytes: MAX_COST_PROFILE_BYTES }, ACCEPTED);
    text = readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    throw new InputError('costs', { code: 'file-unreadable', file: path, reason: String(code) }, ACCEPTED);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError('costs', { code: 'not-json', file: path }, ACCEPTED);
  }
  return readCostProfile(json, `--costs ${path}`);
}
