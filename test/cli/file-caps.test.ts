/**
 * Every file the CLI reads is capped: `--preset /dev/zero` (a device with no
 * end), a 50 MB preset and a 50 MB runs CSV end with exit 2 and a coded error
 * naming the limit, in under 2 s, in-process through run(argv) and as a
 * person runs it (bin/distilplan.mjs, timed for the record).
 */
import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_RUNS_CSV_BYTES, MAX_SET_FILE_BYTES } from '../../core/index.js';
import { runCli, spawnCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-caps-'));
const bigCsv = path.join(dir, 'runs.csv');
const bigSet = path.join(dir, 'big.json');

/** A file of `bytes` bytes: a valid header, then rows (CSV), or spaces (JSON). */
function writeBig(file: string, head: string, line: string, bytes: number): void {
  const fd = openSync(file, 'w');
  const block = Buffer.from(line.repeat(Math.ceil((1024 * 1024) / line.length)));
  writeSync(fd, head);
  for (let written = head.length; written < bytes; written += block.length) writeSync(fd, block);
  closeSync(fd);
}

beforeAll(() => {
  writeBig(bigCsv, 'params,tokens,loss\n', '1e9,2e10,2.5\n', 50 * 1024 * 1024);
  writeBig(bigSet, '{', ' ', 50 * 1024 * 1024);
});

const CASES = [
  {
    name: '--preset /dev/zero',
    args: ['decide', '--student-params', '1B', '--compute', '1e21', '--preset', '/dev/zero'],
    message: `--preset file /dev/zero is over ${(MAX_SET_FILE_BYTES / 1e6).toFixed(2)}M bytes`,
  },
  {
    name: 'a 50 MB --preset file',
    args: ['decide', '--student-params', '1B', '--compute', '1e21', '--preset', bigSet],
    message: `--preset file ${bigSet} is over 4.19M bytes`,
  },
  {
    name: 'a 50 MB --runs CSV',
    args: ['fit', 'supervised', '--runs', bigCsv],
    message: `--runs file ${bigCsv} is over ${(MAX_RUNS_CSV_BYTES / 1e6).toFixed(2)}M bytes`,
  },
];

describe('the CLI caps every file it reads', () => {
  it.each(CASES)('$name: exit 2, the limit named, in under 2 s', async ({ args, message }) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.ms).toBeLessThan(2_000);
  });

  it.each(CASES)(
    '$name, as a person runs it: exit 2 and the same message',
    async ({ name, args, message }) => {
      const result = await spawnCli(args);
      console.log(`distilplan ${name}: exit ${result.code} in ${result.ms.toFixed(0)} ms (process start included)`);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    },
    60_000,
  );

  it('a file just under the limit is read (the cap is not a smaller one)', async () => {
    const file = path.join(dir, 'edge.csv');
    writeBig(file, 'params,tokens,loss\n', ' \n', MAX_RUNS_CSV_BYTES - 2 * 1024 * 1024);
    const result = await runCli(['fit', 'supervised', '--runs', file]);
    expect(result.stderr).not.toContain('bytes');
  });
});
