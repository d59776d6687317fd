/**
 * Where the server starts closing idle connections: 2,048 by default, three
 * quarters of the open-file limit where that is lower (each socket is a file),
 * 1,024 where the limit cannot be read; read from Linux's /proc/self/limits.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMaxConnections } from '../../bot/src/http/connections.js';

const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-limits-'));
const HEADER = 'Limit                     Soft Limit           Hard Limit           Units     \n';

function limits(soft: string, hard: string): string {
  const file = path.join(dir, `${soft}-${hard}`);
  writeFileSync(
    file,
    `${HEADER}Max cpu time              unlimited            unlimited            seconds   \nMax open files            ${soft.padEnd(21)}${hard.padEnd(21)}files     \n`,
  );
  return file;
}

describe('the connection count where shedding starts', () => {
  it.each([
    ['20000', '20000', 2_048],
    ['4096', '4096', 2_048],
    ['1024', '4096', 768],
    ['unlimited', 'unlimited', 2_048],
  ])('open-file limit %s (hard %s): %i', (soft, hard, expected) => {
    expect(defaultMaxConnections(limits(soft, hard))).toBe(expected);
  });

  it('1,024 where the limit cannot be read', () => {
    expect(defaultMaxConnections(path.join(dir, 'none'))).toBe(1_024);
  });
});
