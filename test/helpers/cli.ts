/**
 * The CLI as the tests run it, two ways:
 * - `runCli`: in this process through `run(argv)` (the function bin/distilplan.mjs calls), stdout and stderr
 *   captured, so every flag's bad input can be checked without a process per case;
 * - `spawnCli` / `spawnCliSync`: `node bin/distilplan.mjs …` from the repo root, as a person runs it (the
 *   esbuild bundle the global setup builds), with DISTILPLAN_RATES taken from the test, never from the shell.
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { run } from '../../cli/main.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(REPO_ROOT, 'bin', 'distilplan.mjs');

export interface CliRun {
  /** The exit code (null when a spawned process was killed). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds the run took. */
  ms: number;
}

/** The locale variables a run sees: none unless a test gives them, so the shell's LANG never picks the language. */
export type LocaleEnv = { LANG?: string; LC_ALL?: string; LC_MESSAGES?: string };

/** Runs the CLI in-process (with `locale` as its whole locale) and returns its exit code and everything it printed. */
export async function runCli(args: readonly string[], locale: LocaleEnv = {}): Promise<CliRun & { code: number }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const started = performance.now();
  try {
    const code = await run(args, locale);
    return { code, stdout, stderr, ms: performance.now() - started };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A parsed --json answer: the tests read into it freely. */
// biome-ignore lint/suspicious/noExplicitAny: JSON as printed, checked value by value by the tests
export type CliJson = Record<string, any>;

/** `args` with --json, in-process: expects exit 0 and nothing on stderr, and returns the one JSON object. */
export async function runCliJson(args: readonly string[]): Promise<CliJson> {
  const result = await runCli([...args, '--json']);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  return JSON.parse(result.stdout) as CliJson;
}

export interface SpawnOptions {
  /** DISTILPLAN_RATES for the process; unset when not given. */
  rates?: string;
  /** LANG, LC_ALL, LC_MESSAGES for the process; unset when not given (the CLI speaks English). */
  locale?: LocaleEnv;
  timeoutMs?: number;
}

function envFor(options: SpawnOptions): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DISTILPLAN_RATES', 'LANG', 'LC_ALL', 'LC_MESSAGES']) delete env[name];
  if (options.rates !== undefined) env.DISTILPLAN_RATES = options.rates;
  return { ...env, ...options.locale };
}

/** `node bin/distilplan.mjs …args` from the repo root, as a person runs it. */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: REPO_ROOT, env: envFor(options), timeout: options.timeoutMs ?? 60_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
          ms: performance.now() - started,
        }),
    );
  });
}

/** The same, blocking: for tests that run one process at a time. */
export function spawnCliSync(args: readonly string[], options: SpawnOptions = {}): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: envFor(options),
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}
