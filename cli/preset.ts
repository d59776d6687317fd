/**
 * `--preset` and `--base` take a shipped set's id or the path of a
 * coefficient-set file (written by `distilplan fit --out`); the face reads
 * the file and core checks every field.
 */
import {
  type Accepted,
  COEFFICIENT_SET_IDS,
  type FieldId,
  InputError,
  MAX_SET_FILE_BYTES,
  type Preset,
  readSetFile,
} from '../core/index.js';
import { CLI_FLAGS } from '../messages/index.js';
import { readCapped } from './files.js';

const ACCEPTED: Accepted = { form: 'coefficient-set', ids: COEFFICIENT_SET_IDS };

/** A path is anything ending in .json or holding a path separator; anything else is a set id for core to check. */
export function isSetFilePath(value: string): boolean {
  return /\.json$/i.test(value.trim()) || /[\\/]/.test(value);
}

export function presetFrom(value: string | undefined, field: FieldId = 'preset'): Preset | undefined {
  if (value === undefined || !isSetFilePath(value)) return value;
  const text = readCapped(field, value, MAX_SET_FILE_BYTES, ACCEPTED);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(field, { code: 'not-json', file: value }, ACCEPTED);
  }
  return readSetFile(json, `${CLI_FLAGS[field]} ${value}`);
}
