/**
 * Coefficient-set files for Slack: `preset=NAME` reads NAME.json from the
 * folder DISTILPLAN_PRESETS_DIR names (files written by `distilplan fit --out`),
 * and `/distil presets` lists them. A name is a name, never a path: letters,
 * digits, `.`, `_`, `-`, no `..`, and none of the names every JavaScript object
 * inherits. Only regular files in the folder are read, their size checked
 * before reading, and core checks every field (readSetFile), so a bad file gets
 * a coded error naming the field. Files are looked at on each request (a new
 * fit dropped in is used at once) and parsed once per version (inode, size and
 * modification time), broken versions included.
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
  type Stats,
  statSync,
} from 'node:fs';
import path from 'node:path';
import {
  COEFFICIENT_SET_IDS,
  clipTyped,
  type FittedSet,
  InputError,
  isInputError,
  MAX_SET_FILE_BYTES,
  type Preset,
  readSetFile,
} from '../../core/index.js';

export const PRESETS_DIR_ENV = 'DISTILPLAN_PRESETS_DIR';

/** Set files are read up to core's limit (MAX_SET_FILE_BYTES), checked on the folder entry before opening. */
export { MAX_SET_FILE_BYTES };
/** Files listed by `/distil presets` (a Slack message holds 50 blocks). */
export const MAX_LISTED = 40;

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

type Env = Readonly<Record<string, string | undefined>>;

export interface PresetEntry {
  name: string;
  /** The set, or why the file cannot be used. */
  read: { set: FittedSet } | { error: InputError };
}

export interface PresetList {
  /** The shipped sets, then the folder's files by name. */
  entries: PresetEntry[];
  /** Whether DISTILPLAN_PRESETS_DIR is set. */
  folder: boolean;
  /** Files beyond MAX_LISTED, not listed. */
  more: number;
}

/** A plain set name: no path, no `..`, nothing Object.prototype has. */
export function isSetName(name: string): boolean {
  return NAME.test(name) && !name.includes('..') && !(name in Object.prototype);
}

function presetsDir(env: Env): string | undefined {
  const dir = env[PRESETS_DIR_ENV]?.trim();
  return dir ? dir : undefined;
}

/** The set names the folder holds (NAME.json files with plain names), sorted. */
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

/** preset= as typed → a shipped id (core looks it up) or the set read from the folder. */
export function slackPreset(typed: string | undefined, env: Env = process.env): Preset | undefined {
  if (typed === undefined) return undefined;
  const name = typed.trim();
  if (COEFFICIENT_SET_IDS.includes(name.toLowerCase())) return typed;
  const dir = presetsDir(env);
  const names = namesIn(dir);
  const accepted = { form: 'preset-name', ids: COEFFICIENT_SET_IDS, names, folder: dir !== undefined } as const;
  if (!isSetName(name)) throw new InputError('preset', { code: 'not-a-set-name', value: clipTyped(name) }, accepted);
  if (dir === undefined || !names.includes(name))
    throw new InputError('preset', { code: 'unknown-coefficient-set', value: clipTyped(name) }, accepted);
  return readSet(dir, name);
}

/** The shipped sets, then every set file in the folder, each read or with the error that stops it. */
export function listPresets(shipped: readonly FittedSet[], env: Env = process.env): PresetList {
  const dir = presetsDir(env);
  const names = namesIn(dir);
  const entries: PresetEntry[] = shipped.map((set) => ({ name: set.id, read: { set } }));
  for (const name of names.slice(0, MAX_LISTED)) {
    try {
      entries.push({ name, read: { set: readSet(dir!, name) } });
    } catch (error) {
      if (!isInputError(error)) throw error;
      entries.push({ name, read: { error } });
    }
  }
  return { entries, folder: dir !== undefined, more: Math.max(0, names.length - MAX_LISTED) };
}

/** What a file's read came to, for as long as the file is unchanged (device, inode, size, modification time). */
const cache = new Map<string, { version: string; read: { set: FittedSet } | { error: InputError } }>();
const CACHE_SIZE = 64;

/**
 * NAME.json from `dir`, read only if it is a regular file inside the folder (a link may point to one there):
 * a FIFO would block the whole bot on open, a device never end, a link lead anywhere. Its size is checked
 * before reading; the file is opened without blocking and must still be the file that was checked. Each
 * version is parsed once, and a broken one stays refused without being read again until it changes.
 */
function readSet(dir: string, name: string): FittedSet {
  const file = `${name}.json`;
  const accepted = { form: 'set-file', rule: 'object' } as const;
  const unreadable = (reason: string) => new InputError('preset', { code: 'file-unreadable', file, reason }, accepted);
  const full = path.join(dir, file);
  let stat: Stats;
  try {
    stat = statSync(insideFolder(dir, full));
  } catch (error) {
    throw error instanceof InputError ? error : unreadable(errorCode(error));
  }
  if (!stat.isFile()) throw new InputError('preset', { code: 'not-a-regular-file', file }, accepted);
  if (stat.size > MAX_SET_FILE_BYTES)
    throw new InputError('preset', { code: 'file-too-large', file, maxBytes: MAX_SET_FILE_BYTES }, accepted);
  const version = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  const cached = cache.get(full);
  if (cached?.version !== version) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(full, { version, read: readOnce(full, stat, file, name, unreadable) });
  }
  const read = cache.get(full)!.read;
  if ('error' in read) throw read.error;
  return read.set;
}

/** The path itself, or where its link leads, as long as that is inside `dir`. */
function insideFolder(dir: string, full: string): string {
  if (!lstatSync(full).isSymbolicLink()) return full;
  const target = realpathSync(full);
  const folder = realpathSync(dir);
  if (path.relative(folder, target).startsWith('..') || path.isAbsolute(path.relative(folder, target)))
    throw new InputError(
      'preset',
      { code: 'link-out-of-folder', file: path.basename(full) },
      { form: 'set-file', rule: 'object' },
    );
  return target;
}

function readOnce(
  full: string,
  checked: Stats,
  file: string,
  name: string,
  unreadable: (reason: string) => InputError,
): { set: FittedSet } | { error: InputError } {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { error: unreadable(errorCode(error)) };
  }
  try {
    const stat = fstatSync(fd);
    // Swapped between the check and the open (a FIFO put in its place): refuse rather than read it.
    if (!stat.isFile() || stat.ino !== checked.ino || stat.dev !== checked.dev || stat.size > MAX_SET_FILE_BYTES)
      return {
        error: new InputError('preset', { code: 'not-a-regular-file', file }, { form: 'set-file', rule: 'object' }),
      };
    return { set: parse(readFileSync(fd, 'utf8'), file, name) };
  } catch (error) {
    if (isInputError(error)) return { error };
    return { error: unreadable(errorCode(error)) };
  } finally {
    closeSync(fd);
  }
}

function parse(text: string, file: string, name: string): FittedSet {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError('preset', { code: 'not-json', file }, { form: 'set-file', rule: 'object' });
  }
  // Errors name the file and the field inside it (pilot.json: supervised.gamma); answers name the set as typed.
  return { ...readSetFile(json, file), id: name };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unreadable';
}
