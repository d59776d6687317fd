/**
 * Coefficient-set files for Slack: `preset=NAME` reads NAME.json from the
 * folder DISTILPLAN_PRESETS_DIR names (files written by `distilplan fit --out`),
 * and `/distil presets` lists them. Files are read as folder-files.ts reads
 * them (names only, regular files inside the folder, size checked before
 * reading, each version parsed once, broken ones included), and core checks
 * every field (readSetFile), so a bad file gets a coded error naming the field.
 */
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
import { folderFileReader, isSetName, jsonNamesIn } from './folder-files.js';

export const PRESETS_DIR_ENV = 'DISTILPLAN_PRESETS_DIR';

/** Set files are read up to core's limit (MAX_SET_FILE_BYTES), checked on the folder entry before opening. */
/** A plain set name (folder-files.ts). */
export { isSetName, MAX_SET_FILE_BYTES };
/** Files listed by `/distil presets` (a Slack message holds 50 blocks). */
export const MAX_LISTED = 40;

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

function presetsDir(env: Env): string | undefined {
  const dir = env[PRESETS_DIR_ENV]?.trim();
  return dir ? dir : undefined;
}

/** preset= as typed → a shipped id (core looks it up) or the set read from the folder. */
export function slackPreset(typed: string | undefined, env: Env = process.env): Preset | undefined {
  if (typed === undefined) return undefined;
  const name = typed.trim();
  if (COEFFICIENT_SET_IDS.includes(name.toLowerCase())) return typed;
  const dir = presetsDir(env);
  const names = jsonNamesIn(dir);
  const accepted = { form: 'preset-name', ids: COEFFICIENT_SET_IDS, names, folder: dir !== undefined } as const;
  if (!isSetName(name)) throw new InputError('preset', { code: 'not-a-set-name', value: clipTyped(name) }, accepted);
  if (dir === undefined || !names.includes(name))
    throw new InputError('preset', { code: 'unknown-coefficient-set', value: clipTyped(name) }, accepted);
  return readSet(dir, name);
}

/** The shipped sets, then every set file in the folder, each read or with the error that stops it. */
export function listPresets(shipped: readonly FittedSet[], env: Env = process.env): PresetList {
  const dir = presetsDir(env);
  const names = jsonNamesIn(dir);
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

/** Errors name the file and the field inside it (pilot.json: supervised.gamma); answers name the set as typed. */
const readSet = folderFileReader<FittedSet>({
  field: 'preset',
  accepted: { form: 'set-file', rule: 'object' },
  maxBytes: MAX_SET_FILE_BYTES,
  parse: (json, file, name) => ({ ...readSetFile(json, file), id: name }),
});
