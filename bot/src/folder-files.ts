/**
 * NAME.json files from a folder an operator names (DISTILPLAN_PRESETS_DIR for `preset=`,
 * DISTILPLAN_COSTS_DIR for `costs=`), read the one safe way both use. A name is a name, never a path:
 * letters, digits, `.`, `_`, `-`, no `..`, and none of the names every JavaScript object inherits; the
 * folder's listing decides which names exist. Only a regular file inside the folder is read (a link may
 * point to one there): a FIFO would block the whole bot on open, a device never end, a link lead anywhere.
 * Its size is checked before reading; it is opened without blocking and must still be the file that was
 * checked. Files are looked at on each request (a new file dropped in is used at once) and each version
 * (device, inode, size, modification time) is parsed once, a broken one staying refused without being
 * read again until it changes.
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
import { type Accepted, type FieldId, InputError, isInputError, type Problem } from '../../core/index.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A plain file name without `.json`: no path, no `..`, nothing Object.prototype has. */
export function isSetName(name: string): boolean {
  return NAME.test(name) && !name.includes('..') && !(name in Object.prototype);
}

/** The names the folder holds (NAME.json files with plain names), sorted; none when it is unset or unreadable. */
export function jsonNamesIn(dir: string | undefined): string[] {
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

/** What one kind of folder file is: the field its errors name, their accepted form, its size limit, its reader. */
export interface FolderFileKind<T> {
  field: FieldId;
  accepted: Accepted;
  maxBytes: number;
  /** The parsed JSON → the value; throws InputError naming the file and the field inside it. */
  parse(json: unknown, file: string, name: string): T;
}

type Read<T> = { value: T } | { error: InputError };

const CACHE_SIZE = 64;

/** A reader of `kind`'s files, `(dir, name) → value`, with its own cache of parsed versions. */
export function folderFileReader<T>(kind: FolderFileKind<T>): (dir: string, name: string) => T {
  const cache = new Map<string, { version: string; read: Read<T> }>();
  const refuse = (problem: Problem) => new InputError(kind.field, problem, kind.accepted);
  const unreadable = (file: string, error: unknown) =>
    refuse({ code: 'file-unreadable', file, reason: errorCode(error) });

  function readOnce(full: string, checked: Stats, file: string, name: string): Read<T> {
    let fd: number;
    try {
      fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      return { error: unreadable(file, error) };
    }
    try {
      const stat = fstatSync(fd);
      // Swapped between the check and the open (a FIFO put in its place): refuse rather than read it.
      if (!stat.isFile() || stat.ino !== checked.ino || stat.dev !== checked.dev || stat.size > kind.maxBytes)
        return { error: refuse({ code: 'not-a-regular-file', file }) };
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(fd, 'utf8'));
      } catch {
        return { error: refuse({ code: 'not-json', file }) };
      }
      return { value: kind.parse(json, file, name) };
    } catch (error) {
      if (isInputError(error)) return { error };
      return { error: unreadable(file, error) };
    } finally {
      closeSync(fd);
    }
  }

  return (dir, name) => {
    const file = `${name}.json`;
    const full = path.join(dir, file);
    let stat: Stats;
    try {
      stat = statSync(insideFolder(dir, full));
    } catch (error) {
      throw error instanceof InputError ? error : unreadable(file, error);
    }
    if (!stat.isFile()) throw refuse({ code: 'not-a-regular-file', file });
    if (stat.size > kind.maxBytes) throw refuse({ code: 'file-too-large', file, maxBytes: kind.maxBytes });
    const version = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    let entry = cache.get(full);
    if (entry?.version !== version) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      entry = { version, read: readOnce(full, stat, file, name) };
      cache.set(full, entry);
    }
    if ('error' in entry.read) throw entry.read.error;
    return entry.read.value;
  };

  /** The path itself, or where its link leads, as long as that is inside `dir`. */
  function insideFolder(dir: string, full: string): string {
    if (!lstatSync(full).isSymbolicLink()) return full;
    const target = realpathSync(full);
    const relative = path.relative(realpathSync(dir), target);
    if (relative.startsWith('..') || path.isAbsolute(relative))
      throw refuse({ code: 'link-out-of-folder', file: path.basename(full) });
    return target;
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unreadable';
}
