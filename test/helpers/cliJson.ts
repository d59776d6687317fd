/**
 * The CLI run in-process with --json, its one JSON object read from stdout: what the Slack and Sheets tests
 * compare their answers with. A run that does not exit 0 fails the test, naming what it printed on stderr.
 */
import { expect, vi } from 'vitest';
import { run } from '../../cli/main.js';

export async function cliJson(argv: readonly string[]): Promise<Record<string, unknown>> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  let code: number;
  try {
    code = await run([...argv, '--json'], {});
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  expect(code, `distilplan ${argv.join(' ')} --json: ${err}`).toBe(0);
  return JSON.parse(out) as Record<string, unknown>;
}

export interface PilotRun {
  kind: string;
  params: number;
  tokens: number;
  flops: number;
}

/** `distilplan pilot … --worlds 4 --json`: the pilot's runs (only its design is compared, so few worlds). */
export async function cliPilotRuns(argv: readonly string[]): Promise<PilotRun[]> {
  return (await cliJson(['pilot', ...argv, '--worlds', '4'])).runs as PilotRun[];
}
