/**
 * Every file the CLI reads goes through here: read up to a limit core sets
 * (MAX_RUNS_CSV_BYTES, MAX_SET_FILE_BYTES) and refused with a coded error
 * naming the limit as soon as it is passed. The size is checked before reading
 * where the file has one; a pipe or a device (`--preset /dev/zero` reached
 * 8.5 GB in 60 s) is read in chunks and stopped one byte past the limit.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type Accepted, type FieldId, InputError } from '../core/index.js';

const CHUNK_BYTES = 64 * 1024;

export function readCapped(field: FieldId, file: string, maxBytes: number, accepted: Accepted): string {
  const tooLarge = () => new InputError(field, { code: 'file-too-large', file, maxBytes }, accepted);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputError(field, { code: 'file-unreadable', file, reason: errorCode(error) }, accepted);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(field, { code: 'not-a-regular-file', file }, accepted);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(field, { code: 'file-unreadable', file, reason: errorCode(error) }, accepted);
  } finally {
    closeSync(fd);
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unreadable';
}
