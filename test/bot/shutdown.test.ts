/**
 * `npm start` as a supervisor runs it: npm's only child is node on the built
 * bundle (no shell, no tsx), so SIGTERM sent to the npm process reaches the
 * bot. Sent while a command is in flight (its users.info call held open by the
 * fake Slack), the bot stops accepting connections, still answers that
 * command, and exits 0 with nothing left running, no Redis connection either.
 * Its JSON log parses and holds neither the signing secret nor the bot token.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createClient } from '@redis/client';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fakeSlackApi.js';
import { type RunningRedis, startRedis } from '../helpers/redisServer.js';
import { commandForm, postSigned } from '../helpers/slackSign.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'shutdown-test-signing-secret-not-real';
const TOKEN = 'xoxb-shutdown-test-not-real';
const TEXT = 'decide student=1B budget=1e21 teacher=7B@2T';

let api: FakeSlackApi;
let redis: RunningRedis;
let npm: ChildProcess;
const out: string[] = [];
let exited: Promise<number | null>;

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True once a connection to `port` is refused, polling every 50 ms for at most `timeoutMs`. */
async function refusedWithin(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Resolves with the first JSON log line `match` accepts (the process writes one object per line). */
function logLine(match: (record: Record<string, unknown>) => boolean, timeoutMs = 60_000) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such log line in:\n${out.join('')}`)), timeoutMs);
    const check = (): boolean => {
      for (const line of out.join('').split('\n')) {
        if (!line.startsWith('{')) continue;
        const record = JSON.parse(line) as Record<string, unknown>;
        if (match(record)) {
          clearTimeout(timer);
          resolve(record);
          return true;
        }
      }
      return false;
    };
    if (check()) return;
    const onData = (): void => {
      if (check()) {
        npm.stdout?.off('data', onData);
        npm.stderr?.off('data', onData);
      }
    };
    npm.stdout?.on('data', onData);
    npm.stderr?.on('data', onData);
  });
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  api = await startFakeSlackApi();
  api.locale = 'ja-JP';
  redis = await startRedis();
  npm = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_API_URL: api.url,
      PORT: '0',
      REDIS_URL: redis.url,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npm.stdout?.on('data', (data: Buffer) => out.push(data.toString()));
  npm.stderr?.on('data', (data: Buffer) => out.push(data.toString()));
  exited = new Promise((resolve) => npm.once('exit', (code) => resolve(code)));
}, 120_000);

afterAll(async () => {
  if (npm.exitCode === null) npm.kill('SIGKILL');
  await api?.close();
  await redis?.stop();
  nock.enableNetConnect();
});

describe('SIGTERM to the npm process', () => {
  it('drains: the command in flight is answered, new connections are refused, exit 0, nothing left', async () => {
    const listening = await logLine((record) => String(record.msg).startsWith('/distil is listening'));
    await logLine((record) => record.msg === 'Redis connected');
    const port = Number(/port (\d+)/.exec(String(listening.msg))?.[1]);
    // npm's one child is node on the bundle: no shell or TypeScript loader in between to swallow the signal.
    const [bot, ...others] = childrenOf(npm.pid!);
    expect(others).toEqual([]);
    expect(commandLine(bot!)).toBe('node dist/bot/index.js');
    expect(childrenOf(bot!)).toEqual([]);

    let release: () => void = () => {};
    api.hold = new Promise((resolve) => {
      release = resolve;
    });
    const asked = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (api.calls.some((call) => call.method === 'users.info')) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });
    const reply = postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, commandForm(TEXT));
    await asked;
    npm.kill('SIGTERM');
    await logLine((record) => String(record.msg).startsWith('SIGTERM'), 10_000);
    // The listener closes as the drain starts; a busy machine may run the close a moment after the log line.
    const refused = await refusedWithin(port, 2_000);
    release();
    const answered = await reply;
    expect(answered.status).toBe(200);
    // Japanese when the held users.info (ja-JP) came back inside the lookup's 1.2 s, English when a loaded
    // machine took longer: either way the whole answer.
    expect([answer(`${TEXT} lang=ja`), answer(TEXT)]).toContainEqual(answered.json);
    expect(refused).toBe(true);
    expect(await exited).toBe(0);
    expect(alive(bot!)).toBe(false);
    // No connection of the bot is left in Redis: only the one asking.
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      expect((await client.clientList()).length).toBe(1);
      // The request was claimed in Redis (replay store shared by replicas).
      expect((await client.keys('distilplan:replay:*')).length).toBe(1);
    } finally {
      await client.close();
    }
    // users.info went to the fake Slack with the bot token.
    expect(api.calls.find((call) => call.method === 'users.info')?.token).toBe(TOKEN);
  }, 120_000);

  it('wrote JSON lines only, with the request line, and neither the signing secret nor the token', () => {
    const lines = out.join('').split('\n').filter(Boolean);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.find((record) => record.msg === 'request')).toMatchObject({
      kind: 'command:decide',
      workspace: 'T0TEST',
      outcome: 'answered',
    });
    expect(records.at(-1)?.msg).toBe('Stopped cleanly');
    // The command was answered after the signal was taken: it was in flight, and drained.
    const signal = records.findIndex((record) => String(record.msg).startsWith('SIGTERM'));
    const request = records.findIndex((record) => record.msg === 'request');
    expect(signal).toBeGreaterThan(-1);
    expect(request).toBeGreaterThan(signal);
    const all = lines.join('\n');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('budget=1e21');
  });
});
