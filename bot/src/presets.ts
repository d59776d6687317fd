/**
 * Coefficient-set files for Slack: `preset=NAME` reads NAME.json from the
 * folder DISTILPLAN_PRESETS_DIR names (files written by `distilplan fit --out`),
 * and `/distil presets` lists them. A name is a name, never a path: letters,
 * digits, `.`, `_`, `-`, no `..`, and none of the names every JavaScript object
 * inherits. A file's size is checked before it is read, and core checks every
 * field (readSetFile), so a bad file gets a coded error naming the field.
 * Files are read on each request (a new fit dropped in is used at once),
 * parsed once per version (size and modification time).
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  COEFFICIENT_SET_IDS,
  clipTyped,
  type FittedSet,
  InputError,
  isInputError,
  type Preset,
  readSetFile,
} from '../../core/index.js';

export const PRESETS_DIR_ENV = 'DISTILPLAN_PRESETS_DIR';

/**
 * A fit's file is small: 200 bootstrap samples of 9 coefficients are ~40 KB,
 * and core's cap of 10,000 resamples makes ~2 MB. 4 MiB holds any file `fit`
 * writes and stops a stray large file from being read into the bot's memory.
 */
export const MAX_SET_FILE_BYTES = 4 * 1024 * 1024;
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

const cache = new Map<string, { version: string; set: FittedSet }>();
const CACHE_SIZE = 64;

/** NAME.json from `dir`: its size checked before reading, then JSON, then every field (core). */
function readSet(dir: string, name: string): FittedSet {
  const file = `${name}.json`;
  const accepted = { form: 'set-file', rule: 'object' } as const;
  let fd: number;
  try {
    fd = openSync(path.join(dir, file), 'r');
  } catch (error) {
    throw new InputError('preset', { code: 'file-unreadable', file, reason: errorCode(error) }, accepted);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError('preset', { code: 'file-unreadable', file, reason: 'EISDIR' }, accepted);
    if (stat.size > MAX_SET_FILE_BYTES)
      throw new InputError('preset', { code: 'file-too-large', file, maxBytes: MAX_SET_FILE_BYTES }, accepted);
    const version = `${stat.size}:${stat.mtimeMs}`;
    const key = path.join(dir, file);
    const cached = cache.get(key);
    if (cached?.version === version) return cached.set;
    const set = parse(readFileSync(fd, 'utf8'), file, name);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, { version, set });
    return set;
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
