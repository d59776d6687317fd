/**
 * Socket Mode as a process (node on the bundle, as `npm start` runs it): it
 * connects to a loopback fake of Slack (SLACK_API_URL → apps.connections.open
 * → a local WebSocket server), serves GET /health and GET /ready on PORT,
 * answers a slash command over the socket, and on SIGTERM stops cleanly with
 * exit code 0.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { answer } from '../../bot/src/answer/answer.js';
import { commandBody } from '../helpers/slackFakes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let api: Server;
let sockets: WebSocketServer;
let bot: ChildProcess;
const out: string[] = [];
let connected: Promise<WebSocket>;

function waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = pattern.exec(out.join(''));
      if (found) {
        clearInterval(poll);
        resolve(found);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} in:\n${out.join('')}`));
      }
    }, 20);
  });
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  // The bundle of the sources under test (npm test builds it too; this keeps the file runnable alone).
  expect(spawnSync(process.execPath, ['scripts/build-bot.mjs'], { cwd: ROOT }).status).toBe(0);
  sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => sockets.once('listening', resolve));
  connected = new Promise((resolve) =>
    sockets.once('connection', (socket) => {
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
      resolve(socket);
    }),
  );
  const wsPort = (sockets.address() as AddressInfo).port;
  api = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' });
    if (request.url === '/api/apps.connections.open')
      return void response.end(JSON.stringify({ ok: true, url: `ws://127.0.0.1:${wsPort}/link/` }));
    response.end(JSON.stringify({ ok: true, user: { locale: 'en-US' } }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  bot = spawn(process.execPath, ['dist/bot/index.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SLACK_APP_TOKEN: 'xapp-1-socket-health-not-real',
      SLACK_BOT_TOKEN: 'xoxb-socket-health-not-real',
      SLACK_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`,
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stdout?.on('data', (data: Buffer) => out.push(data.toString()));
  bot.stderr?.on('data', (data: Buffer) => out.push(data.toString()));
}, 120_000);

afterAll(async () => {
  if (bot.exitCode === null) bot.kill('SIGKILL');
  for (const client of sockets.clients) client.terminate();
  await new Promise((resolve) => sockets.close(resolve));
  await new Promise((resolve) => api.close(resolve));
  nock.enableNetConnect();
});

describe('Socket Mode process', () => {
  it('serves /health and /ready on PORT, answers over the socket, and exits 0 on SIGTERM', async () => {
    const port = Number((await waitFor(/\/health and \/ready on port (\d+)/))[1]);
    const socket = await connected;
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).status).toBe(404);

    const ack = await new Promise<{ payload?: unknown }>((resolve) => {
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { envelope_id?: string; payload?: unknown };
        if (message.envelope_id === 'env-h') resolve(message);
      });
      socket.send(
        JSON.stringify({
          envelope_id: 'env-h',
          type: 'slash_commands',
          accepts_response_payload: true,
          payload: commandBody('help'),
        }),
      );
    });
    expect(ack.payload).toEqual(answer('help'));

    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.join('')).toContain('Stopped cleanly');
    expect(out.join('')).not.toContain('xoxb-socket-health-not-real');
  }, 120_000);
});
