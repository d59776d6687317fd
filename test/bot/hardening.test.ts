/**
 * The HTTP endpoint under hostile traffic, over real HTTP on 127.0.0.1 with
 * Bolt's App and the production receiver (processBeforeResponse off, as in
 * `npm start`): what is refused before any body is read, the body limit for
 * declared and streamed bodies, the server's timeouts and how it makes room for new connections, the
 * rate-limited rejection log, the replay key, and every payload shape getting a
 * clean 2xx/4xx in under 3 s while the process keeps serving.
 */
import { createHmac } from 'node:crypto';
import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import { BODY_LIMIT_BYTES } from '../../bot/src/http/guard.js';
import type { ReplayGuardedReceiver } from '../../bot/src/http/receiver.js';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, postSigned, slackSign } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
const logger = fakeLogger();
let app: App;
let receiver: ReplayGuardedReceiver;
let server: Server;
let port: number;
let url: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  process.on('unhandledRejection', onUnhandled);
  ({ app, receiver } = createApp({ signingSecret: SECRET, logger, maxConnections: 40 }) as {
    app: App;
    receiver: ReplayGuardedReceiver;
  });
  server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await app.stop();
  process.off('unhandledRejection', onUnhandled);
  nock.enableNetConnect();
});

const now = (): number => Math.floor(Date.now() / 1000);

interface Outcome {
  status?: number;
  /** Bytes of the body written before the server answered or closed. */
  written: number;
  closed: boolean;
}

/**
 * Sends headers, then streams up to `totalBytes` of body in 16 KiB chunks while
 * watching for the answer: stops writing as soon as the server answers or closes.
 */
function upload(headers: Record<string, string>, totalBytes: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let written = 0;
    let status: number | undefined;
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      resolve({ status, written, closed });
    };
    const req = httpRequest({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers });
    req.on('response', (response: IncomingMessage) => {
      status = response.statusCode;
      response.resume();
      response.on('end', () => setTimeout(() => finish(req.socket?.destroyed ?? true), 50));
    });
    req.on('error', () => finish(true));
    req.flushHeaders();
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const pump = () => {
      while (!done && status === undefined && written < totalBytes) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (written >= totalBytes && !done) req.end();
    };
    setTimeout(pump, 1000); // give the server a moment (a busy machine needs more than 100 ms) to answer on the headers alone
  });
}

const signedHeaders = (extra: Record<string, string> = {}) => ({
  ...slackSign(SECRET, 'not the body', now()),
  ...extra,
});

describe('read nothing before it is allowed', () => {
  const hundredMb = 100 * 1024 * 1024;
  // What the client managed to write before it saw the answer includes what loopback socket buffers absorb
  // (a few MB); the point is that it stops far short of 100 MB. The bench measures the server's memory.
  const unread = 16 * 1024 * 1024;

  it('no signature: 401 and the connection closed, before the body is read', async () => {
    for (const headers of [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/x-www-form-urlencoded' },
    ]) {
      const outcome = await upload(headers, hundredMb);
      expect(outcome.status).toBe(401);
      expect(outcome.written).toBeLessThan(unread);
      expect(outcome.closed).toBe(true);
    }
  });

  it('a malformed signature or timestamp header: 401 before the body', async () => {
    for (const headers of [
      signedHeaders({ 'x-slack-signature': 'v0=abc' }),
      signedHeaders({ 'x-slack-request-timestamp': 'soon' }),
      { ...signedHeaders(), 'x-slack-request-timestamp': '' },
    ]) {
      const outcome = await upload(headers, hundredMb);
      expect(outcome.status).toBe(401);
      expect(outcome.written).toBeLessThan(unread);
    }
  });

  it('a stale or far-future timestamp: 401 before the body', async () => {
    for (const timestamp of [now() - 6 * 60, now() + 6 * 60]) {
      const outcome = await upload(slackSign(SECRET, 'x', timestamp), hundredMb);
      expect(outcome.status).toBe(401);
      expect(outcome.written).toBeLessThan(unread);
    }
  });

  it('a declared body over the limit: 413 on the headers alone, connection closed', async () => {
    const outcome = await upload(signedHeaders({ 'content-length': String(hundredMb) }), hundredMb);
    expect(outcome.status).toBe(413);
    expect(outcome.written).toBeLessThan(unread);
    expect(outcome.closed).toBe(true);
  });

  it('a streamed (chunked) body over the limit: 413 once it passes the limit, connection closed', async () => {
    const outcome = await upload(signedHeaders({ 'transfer-encoding': 'chunked' }), hundredMb);
    expect(outcome.status === 413 || outcome.closed).toBe(true);
    expect(outcome.written).toBeLessThan(unread);
    expect(outcome.closed).toBe(true);
  });

  it('a signed request just under the limit is read and answered', async () => {
    const text = `help ${'x'.repeat(BODY_LIMIT_BYTES - 2000)}`;
    const reply = await postSigned(url, SECRET, commandForm(text));
    expect(reply.status).toBe(200);
  });
});

describe('the server itself', () => {
  it('has short header and request timeouts and no fixed cap that refuses connections', () => {
    expect(server.headersTimeout).toBe(5_000);
    expect(server.requestTimeout).toBe(10_000);
    expect(server.keepAliveTimeout).toBe(5_000);
    expect(server.maxConnections ?? Number.POSITIVE_INFINITY).toBe(Number.POSITIVE_INFINITY);
  });

  it('closes a connection that never finishes its headers', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\n');
    const started = performance.now();
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(performance.now() - started));
      socket.on('error', () => {});
      socket.resume();
    });
    expect(closedAfter).toBeLessThan(8_000); // headersTimeout 5 s, checked every second
  }, 15_000);

  it('past the cap, a new connection closes the connection idle longest and is answered', async () => {
    const idle: Socket[] = [];
    const closed: number[] = [];
    for (let i = 0; i < 40; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.once('close', () => closed.push(i));
      await new Promise((resolve) => socket.once('connect', resolve));
      idle.push(socket);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shedBefore = receiver.connections!.shed;
    const extra = connect(port, '127.0.0.1');
    extra.on('error', () => {});
    extra.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const answered = await new Promise<boolean>((resolve) => {
      extra.once('data', () => resolve(true));
      extra.once('close', () => resolve(false));
    });
    expect(answered).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toEqual([0]); // the oldest idle connection, and only it
    expect(receiver.connections!.shed).toBe(shedBefore + 1);
    expect((await postSigned(url, SECRET, commandForm('help'))).status).toBe(200);
    extra.destroy();
    for (const socket of idle) socket.destroy();
  });

  it('a connection with a request in progress is never closed for room, however old', async () => {
    const busy = connect(port, '127.0.0.1');
    busy.on('error', () => {});
    await new Promise((resolve) => busy.once('connect', resolve));
    const busyClosed = new Promise<boolean>((resolve) => {
      busy.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 1_500);
    });
    // Headers sent, body still to come: the server has a request in progress on it.
    const headers = Object.entries({ ...signedHeaders(), 'content-length': '100', host: 'x' })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n');
    busy.write(`POST /slack/events HTTP/1.1\r\n${headers}\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const idle: Socket[] = [];
    for (let i = 0; i < 60; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((resolve) => socket.once('connect', resolve));
      idle.push(socket);
    }
    expect(receiver.connections!.open).toBeLessThanOrEqual(41);
    expect(await busyClosed).toBe(false);
    // Its refusal is logged before the next test counts log lines.
    const broken = () => receiver.rejections.totals.get('400 broken request stream') ?? 0;
    const brokenBefore = broken();
    busy.destroy();
    for (let wait = 0; wait < 50 && broken() === brokenBefore; wait++) await new Promise((r) => setTimeout(r, 20));
    for (const socket of idle) socket.destroy();
  });
});

describe('the log of refused requests', () => {
  it('is rate-limited: 300 forged requests make at most two lines, the second with the count', async () => {
    receiver.rejections.flush();
    const before = logger.warn.mock.calls.length;
    const forged = Array.from({ length: 300 }, (_, i) => postSigned(url, 'forger', commandForm(`help ${i}`)));
    expect(new Set((await Promise.all(forged)).map((reply) => reply.status))).toEqual(new Set([401]));
    receiver.rejections.flush();
    const lines = logger.warn.mock.calls.slice(before).map((call) => String(call[0]));
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toBe('Refused a request (401): signature does not match');
    expect(lines[1]).toMatch(/^Refused 299 more requests \(401\) in the last 10 s: signature does not match$/);
    expect(lines.join('\n')).not.toMatch(/v0=|forger|help/);
  });
});

describe('the replay key is what was verified', () => {
  it('a valid signature with "=anything" appended is refused, and so is its replay', async () => {
    const body = commandForm('cost budget=1e21');
    const headers = slackSign(SECRET, body);
    const first = await fetch(url, { method: 'POST', headers, body });
    expect(first.status).toBe(200);
    for (const suffix of ['=anything', '=', ' ', 'A']) {
      const changed = { ...headers, 'x-slack-signature': `${headers['x-slack-signature']}${suffix}` };
      expect((await fetch(url, { method: 'POST', headers: changed, body })).status, suffix).toBe(401);
    }
    const upper = { ...headers, 'x-slack-signature': headers['x-slack-signature']!.toUpperCase() };
    expect((await fetch(url, { method: 'POST', headers: upper, body })).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers, body })).status).toBe(401);
  });

  it('when the store is full it refuses with 503 instead of forgetting, and answers again once there is room', async () => {
    let clock = Date.now();
    const seen = new SeenSignatures({ capacity: 2, now: () => clock });
    const small = createApp({ signingSecret: SECRET, logger: fakeLogger(), seen });
    const smallServer = (await small.app.start({ port: 0, host: '127.0.0.1' })) as Server;
    const smallUrl = `http://127.0.0.1:${(smallServer.address() as AddressInfo).port}/slack/events`;
    try {
      const bodies = ['help', 'help lang=ja', 'cost budget=1e21'].map((text) => commandForm(text));
      const stamped = bodies.map((body) => ({ body, headers: slackSign(SECRET, body) }));
      const statuses = [];
      for (const { body, headers } of stamped)
        statuses.push((await fetch(smallUrl, { method: 'POST', headers, body })).status);
      expect(statuses).toEqual([200, 200, 503]);
      // The two it holds are still refused as replays.
      expect((await fetch(smallUrl, { method: 'POST', ...stamped[0]! })).status).toBe(401);
      clock += 301_000; // the window has passed for the held ones
      expect(seen.remember('later', clock / 1000)).toBe('first');
    } finally {
      await small.app.stop();
    }
  });
});

/** A signed delivery with its own timestamp (so equal bodies are not replays of each other). */
let offset = 0;
async function deliver(body: string, contentType?: string): Promise<{ status: number; ms: number; text: string }> {
  offset = (offset + 1) % 250;
  const headers = {
    ...slackSign(SECRET, body, now() - offset),
    ...(contentType ? { 'content-type': contentType } : {}),
  };
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, text };
}

const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const payload = (value: unknown): string => form({ payload: JSON.stringify(value) });
const JSON_TYPE = 'application/json';
const button = {
  type: 'button',
  action_id: 'distil_post_to_channel',
  block_id: 'b',
  value: '{"text":"help"}',
  action_ts: '1',
};

describe('never die, never hang on a signed request', () => {
  const shapes: Array<[string, string, string?]> = [
    ['payload=null', 'payload=null'],
    ['JSON null', 'null', JSON_TYPE],
    ['JSON array', '[]', JSON_TYPE],
    ['JSON string', '"text"', JSON_TYPE],
    ['JSON number', '5', JSON_TYPE],
    ['not JSON', '{', JSON_TYPE],
    ['empty body', ''],
    ['payload is an array', payload([1, 2])],
    ['payload is empty', 'payload='],
    ['payload without type', payload({ user: { id: 'U1' } })],
    ['payload type is a number', payload({ type: 5, user: { id: 'U1' } })],
    ['repeated text', `${commandForm('help')}&text=again`],
    ['repeated payload', `${payload({ type: 'block_actions' })}&payload=x`],
    ['command without user, channel or response_url', form({ command: '/distil', text: 'help' })],
    ['command without text', form({ command: '/distil', user_id: 'U1' })],
    ['form without command', form({ text: 'help' })],
    ['another command', commandForm('help', { command: '/other' })],
    [
      'button without user',
      payload({ type: 'block_actions', actions: [button], response_url: 'https://hooks.slack.com/a' }),
    ],
    ['button without response_url', payload({ type: 'block_actions', user: { id: 'U1' }, actions: [button] })],
    [
      'button without value',
      payload({ type: 'block_actions', user: { id: 'U1' }, actions: [{ ...button, value: undefined }] }),
    ],
    ['block_actions without actions', payload({ type: 'block_actions', user: { id: 'U1' } })],
    ['block_actions with no action', payload({ type: 'block_actions', user: { id: 'U1' }, actions: [] })],
    [
      'an action not ours',
      payload({ type: 'block_actions', user: { id: 'U1' }, actions: [{ ...button, action_id: 'x' }] }),
    ],
    ['view_submission', payload({ type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1', callback_id: 'c' } })],
    ['view_closed', payload({ type: 'view_closed', user: { id: 'U1' }, view: { id: 'V1', callback_id: 'c' } })],
    ['global shortcut', payload({ type: 'shortcut', callback_id: 'c', user: { id: 'U1' } })],
    [
      'message shortcut',
      payload({ type: 'message_action', callback_id: 'c', user: { id: 'U1' }, channel: { id: 'C1' } }),
    ],
    ['block_suggestion', payload({ type: 'block_suggestion', action_id: 'a', user: { id: 'U1' }, value: 'x' })],
    [
      'interactive_message',
      payload({ type: 'interactive_message', callback_id: 'c', actions: [{ name: 'n' }], user: { id: 'U1' } }),
    ],
    ['dialog_submission', payload({ type: 'dialog_submission', callback_id: 'c', user: { id: 'U1' } })],
    [
      'event_callback',
      JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        event: { type: 'app_mention', user: 'U1', channel: 'C1', text: 'hi' },
      }),
      JSON_TYPE,
    ],
    ['event_callback without event', JSON.stringify({ type: 'event_callback' }), JSON_TYPE],
    ['url_verification', JSON.stringify({ type: 'url_verification', challenge: 'c' }), JSON_TYPE],
    ['invalid UTF-8', '\udcff\udcfe'],
    ['text with NUL and controls', commandForm('help \u0000\u0007\u202e')],
  ];

  it.each(shapes)('%s: a clean 2xx/4xx in under 3 s', async (_name, body, contentType) => {
    const reply = await deliver(body, contentType);
    expect(reply.status).toBeGreaterThanOrEqual(200);
    expect(reply.status).toBeLessThan(500);
    expect(reply.ms).toBeLessThan(3_000);
  });

  it('the malformed shapes Bolt crashed or stalled on are refused with 400 at once', async () => {
    for (const [, body, contentType] of shapes.slice(0, 13)) {
      const reply = await deliver(body, contentType);
      expect(reply.status, body).toBe(400);
      expect(reply.ms, body).toBeLessThan(1_000);
    }
  });

  it('payloads no listener answers get an empty 200 at once, not a 404 after the unhandled timeout', async () => {
    const unlistened = [
      'another command',
      'an action not ours',
      'view_submission',
      'view_closed',
      'global shortcut',
      'message shortcut',
      'block_suggestion',
      'interactive_message',
      'dialog_submission',
      'event_callback',
    ];
    for (const name of unlistened) {
      const [, body, contentType] = shapes.find(([shape]) => shape === name)!;
      const reply = await deliver(body, contentType);
      expect(reply.status, name).toBe(200);
      expect(reply.text, name).toBe('');
      // Bolt's unhandled timeout here is 2 s: well under it even on a loaded machine.
      expect(reply.ms, name).toBeLessThan(1_000);
    }
  });

  it('bodies Bolt cannot dispatch (no actions, no event) are refused with 400 at once, not a 404 after 2 s', async () => {
    for (const name of ['block_actions without actions', 'event_callback without event']) {
      const [, body, contentType] = shapes.find(([shape]) => shape === name)!;
      const reply = await deliver(body, contentType);
      expect(reply.status, name).toBe(400);
      expect(reply.ms, name).toBeLessThan(1_000);
    }
  });

  it('afterwards the process still serves, with no unhandled rejection', async () => {
    expect((await postSigned(url, SECRET, commandForm('cost budget=1e22'))).status).toBe(200);
    expect(unhandled.map(String)).toEqual([]);
  });

  it('answers the unsigned ssl_check Slack sends, and nothing else unsigned', async () => {
    const check = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=legacy',
    });
    expect(check.status).toBe(200);
    const smuggled = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: commandForm('help'),
    });
    expect(smuggled.status).toBe(401);
  });
});

it('HMAC test vector: the guard verifies what Slack signs (v0:timestamp:body)', async () => {
  const body = commandForm('help');
  const timestamp = now();
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const reply = await fetch(url, {
    method: 'POST',
    headers: {
      'x-slack-signature': signature,
      'x-slack-request-timestamp': String(timestamp),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });
  expect(reply.status).toBe(200);
});
