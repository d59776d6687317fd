/**
 * Cost profiles for Slack: `costs=NAME` reads NAME.json from the folder
 * DISTILPLAN_COSTS_DIR names (files like examples/cost-profile.json), with the
 * safety of `preset=`: a name is a name, never a path (letters, digits, `.`,
 * `_`, `-`, no `..`, nothing every JavaScript object inherits); the folder's
 * listing decides which names exist; a file's size is checked before it is
 * read, and core checks every field (readCostProfile), so a bad file gets a
 * coded error naming the field. Parsed once per version (size and mtime).
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import {
  type Accepted,
  type CostProfile,
  clipTyped,
  InputError,
  MAX_COST_PROFILE_BYTES,
  readCostProfile,
} from '../../core/index.js';
import { isSetName } from './presets.js';

export const COSTS_DIR_ENV = 'DISTILPLAN_COSTS_DIR';

type Env = Readonly<Record<string, string | undefined>>;

function costsDir(env: Env): string | undefined {
  const dir = env[COSTS_DIR_ENV]?.trim();
  return dir ? dir : undefined;
}

function namesIn(dir: string | undefined): string[] {
  if (dir === undefined) return [];
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.json') && isSetName(file.slice(0, -5)))
      .map((file) => file.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/** costs= as typed → the profile read from the folder. */
export function slackCostProfile(typed: string | undefined, env: Env = process.env): CostProfile | undefined {
  if (typed === undefined) return undefined;
  const name = typed.trim();
  const dir = costsDir(env);
  const names = namesIn(dir);
  const accepted: Accepted = { form: 'cost-profile-name', names, folder: dir !== undefined };
  if (!isSetName(name)) throw new InputError('costs', { code: 'not-a-set-name', value: clipTyped(name) }, accepted);
  if (dir === undefined || !names.includes(name))
    throw new InputError('costs', { code: 'unknown-cost-profile', value: clipTyped(name) }, accepted);
  return readProfile(dir, name);
}

const cache = new Map<string, { version: string; profile: CostProfile }>();
const CACHE_SIZE = 64;

function readProfile(dir: string, name: string): CostProfile {
  const file = `${name}.json`;
  const accepted: Accepted = { form: 'cost-profile', rule: 'format' };
  let fd: number;
  try {
    // Opened without blocking, and only once known to be a regular file inside the folder (as preset files are).
    fd = openSync(regularFileIn(dir, file, accepted), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('costs', { code: 'file-unreadable', file, reason: errorCode(error) }, accepted);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError('costs', { code: 'not-a-regular-file', file }, accepted);
    if (stat.size > MAX_COST_PROFILE_BYTES)
      throw new InputError('costs', { code: 'file-too-large', file, maxBytes: MAX_COST_PROFILE_BYTES }, accepted);
    const version = `${stat.size}:${stat.mtimeMs}`;
    const key = path.join(dir, file);
    const cached = cache.get(key);
    if (cached?.version === version) return cached.profile;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(fd, 'utf8'));
    } catch {
      throw new InputError('costs', { code: 'not-json', file }, accepted);
    }
    const profile = readCostProfile(json, file);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, { version, profile });
    return profile;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file itself, or where its link leads while that stays inside `dir`; a FIFO, device or folder is refused
 * before it is opened (opening a FIFO would block the whole bot).
 */
function regularFileIn(dir: string, file: string, accepted: Accepted): string {
  const full = path.join(dir, file);
  let target = full;
  if (lstatSync(full).isSymbolicLink()) {
    target = realpathSync(full);
    const relative = path.relative(realpathSync(dir), target);
    if (relative.startsWith('..') || path.isAbsolute(relative))
      throw new InputError('costs', { code: 'link-out-of-folder', file }, accepted);
  }
  if (!statSync(target).isFile()) throw new InputError('costs', { code: 'not-a-regular-file', file }, accepted);
  return target;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unreadable';
}
