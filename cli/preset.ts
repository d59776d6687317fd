/**
 * `--preset` and `--base` take a shipped set's id or the path of a
 * coefficient-set file (written by `distilplan fit --out`); the face reads
 * the file and core checks every field.
 */
import { readFileSync } from 'node:fs';
import { COEFFICIENT_SET_IDS, InputError, type Preset, readSetFile } from '../core/index.js';

const ACCEPTED = `one of ${COEFFICIENT_SET_IDS.join(', ')}, or the path of a .json file written by distilplan fit --out`;

/** A path is anything ending in .json or holding a path separator; anything else is a set id for core to check. */
export function isSetFilePath(value: string): boolean {
  return /\.json$/i.test(value.trim()) || /[\\/]/.test(value);
}

export function presetFrom(value: string | undefined, flag = '--preset'): Preset | undefined {
  if (value === undefined || !isSetFilePath(value)) return value;
  let text: string;
  try {
    text = readFileSync(value, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(flag, `file ${value} cannot be read (${code === 'ENOENT' ? 'no such file' : code})`, ACCEPTED);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(flag, `file ${value} is not valid JSON`, ACCEPTED);
  }
  return readSetFile(json, `${flag} ${value}`);
}
