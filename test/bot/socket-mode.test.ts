/**
 * Socket Mode end to end against a loopback fake of Slack: SLACK_API_URL points
 * the Web API client at a local HTTP server whose apps.connections.open returns
 * the ws:// URL of a local WebSocket server (ws). That server says hello, sends
 * a slash_commands envelope and checks the bot's acknowledgement carries the
 * answer; then it drops the connection, and the bot reconnects and answers again.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { modeFromEnv } from '../../bot/src/config.js';
import { commandBody, fakeLogger } from '../helpers/slackFakes.js';

const APP_TOKEN = 'xapp-1-test-not-real';
let api: Server;
let sockets: WebSocketServer;
let app: App;
const opened: string[] = [];
/** users.info calls (the person's locale) reaching the fake: SLACK_API_URL holds for every Web API call. */
const usersInfo: string[] = [];
const connections: WebSocket[] = [];
let connected: (socket: WebSocket) => void = () => {};

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => sockets.once('listening', resolve));
  const wsPort = (sockets.address() as AddressInfo).port;
  sockets.on('connection', (socket) => {
    connections.push(socket);
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
    connected(socket);
  });
  api = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' });
    if (request.url === '/api/users.info') {
      usersInfo.push(`${request.method} ${request.url} ${request.headers.authorization}`);
      return void response.end(JSON.stringify({ ok: true, user: { id: 'U0ALICE', locale: 'en-US' } }));
    }
    opened.push(`${request.method} ${request.url} ${request.headers.authorization}`);
    response.end(JSON.stringify({ ok: true, url: `ws://127.0.0.1:${wsPort}/link/?ticket=${opened.length}` }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const mode = modeFromEnv({
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_BOT_TOKEN: 'xoxb-test-not-real',
    SLACK_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`,
  });
  if (mode.kind !== 'socket') throw new Error('expected Socket Mode');
  const next = nextConnection();
  ({ app } = createApp({
    socketMode: true,
    appToken: mode.appToken,
    token: mode.token,
    logger: fakeLogger(),
    clientOptions: mode.clientOptions,
  }));
  await app.start();
  await next;
}, 20_000);

afterAll(async () => {
  await app?.stop();
  for (const socket of connections) socket.terminate();
  await new Promise((resolve) => sockets.close(resolve));
  await new Promise((resolve) => api.close(resolve));
  nock.enableNetConnect();
});

function nextConnection(): Promise<WebSocket> {
  return new Promise((resolve) => {
    connected = resolve;
  });
}

/** Sends a slash_commands envelope and resolves with the bot's acknowledgement of it. */
function command(
  socket: WebSocket,
  envelopeId: string,
  text: string,
): Promise<{ envelope_id: string; payload?: unknown }> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { envelope_id: string; payload?: unknown };
      if (message.envelope_id !== envelopeId) return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: commandBody(text),
      }),
    );
  });
}

describe('Socket Mode against a loopback Slack', () => {
  it('opens the connection through SLACK_API_URL with the app token', () => {
    expect(opened).toHaveLength(1);
    expect(opened[0]).toBe(`POST /api/apps.connections.open Bearer ${APP_TOKEN}`);
  });

  it('acknowledges a slash_commands envelope with the whole answer', async () => {
    const text = 'cost budget=1e22 gpu=h100';
    const ack = await command(connections.at(-1)!, 'env-1', text);
    expect(ack.payload).toEqual(answer(text));
    // The locale lookup went to the fake Slack with the bot token, not to slack.com.
    expect(usersInfo).toEqual(['POST /api/users.info Bearer xoxb-test-not-real']);
  });

  it('reconnects after the connection drops, and answers on the new one', async () => {
    const next = nextConnection();
    connections.at(-1)!.terminate();
    const socket = await next;
    expect(opened).toHaveLength(2);
    const text = 'decide student=1B budget=1e21 teacher=7B@2T lang=ja';
    const ack = await command(socket, 'env-2', text);
    expect(ack.payload).toEqual(answer(text));
  }, 20_000);

  it('reconnects when Slack asks it to (a disconnect message)', async () => {
    const next = nextConnection();
    connections.at(-1)!.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    const socket = await next;
    expect(opened).toHaveLength(3);
    const ack = await command(socket, 'env-3', 'help');
    expect(ack.payload).toEqual(answer('help'));
  }, 20_000);
});
