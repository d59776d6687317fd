/**
 * What a request must show before any of it is read, and what its body must
 * be before Bolt sees it. In order, cheapest first:
 *  1. one x-slack-signature of the exact form v0=<64 hex> and one numeric
 *     x-slack-request-timestamp within 5 minutes of now, past or future;
 *  2. a declared Content-Length within the limit, then a streamed body within it;
 *  3. the HMAC of v0:timestamp:body equal to the signature (constant time);
 *  4. a body Bolt can route: a JSON object, or a form without repeated keys
 *     whose `payload`, if any, is a JSON object (null, arrays, `text` twice
 *     crashed or stalled Bolt);
 *  5. not seen before: the replay store claims the HMAC that matched.
 * Anything else is answered 4xx/503 at once and the connection closed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RejectionLog } from './rejections.js';
import { type ReplayStore, WINDOW_SECONDS } from './replay-store.js';

/**
 * Slack's slash-command and button payloads are 1–4 KB (the command text is at
 * most a few thousand characters; our buttons sit on ephemeral messages, whose
 * payloads do not repeat the message). 64 KiB is ten times that, and caps
 * what a forger can make the bot buffer per connection.
 */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** Slack's unsigned `ssl_check=1&token=…` is tiny; nothing else unsigned is read. */
const SSL_CHECK_LIMIT_BYTES = 512;

const SIGNATURE = /^v0=([0-9a-f]{64})$/;
const TIMESTAMP = /^\d{1,12}$/;
const FORM = 'application/x-www-form-urlencoded';

export interface GuardSettings {
  signingSecret: string;
  bodyLimitBytes: number;
  store: ReplayStore;
  rejections: RejectionLog;
  now?: () => number;
}

/** A request that passed: the buffered body (Bolt reuses `rawBody`) and the key the store claimed. */
type Verdict = { pass: true } | { pass: false; status: number; reason: string };

/** Checks `request`; true when it may go to Bolt (its body is then in `rawBody`), else it was answered. */
export async function guard(request: IncomingMessage, response: ServerResponse, settings: GuardSettings) {
  let verdict: Verdict;
  try {
    verdict = await check(request, response, settings);
  } catch {
    verdict = { pass: false, status: 400, reason: 'broken request stream' };
  }
  if (verdict.pass) return true;
  if (verdict.status !== 200) settings.rejections.record(verdict.status, verdict.reason);
  refuse(request, response, verdict.status);
  return false;
}

async function check(request: IncomingMessage, response: ServerResponse, settings: GuardSettings): Promise<Verdict> {
  const signature = single(request, 'x-slack-signature');
  const timestampText = single(request, 'x-slack-request-timestamp');
  if (signature === undefined) return sslCheck(request, response);
  const hex = SIGNATURE.exec(signature)?.[1];
  if (hex === undefined) return no(401, 'malformed signature header');
  if (timestampText === undefined || !TIMESTAMP.test(timestampText)) return no(401, 'missing or malformed timestamp');
  const timestamp = Number(timestampText);
  const nowSeconds = Math.floor((settings.now ?? Date.now)() / 1000);
  if (Math.abs(nowSeconds - timestamp) > WINDOW_SECONDS)
    return no(401, timestamp > nowSeconds ? 'timestamp more than 5 minutes in the future' : 'stale timestamp');
  const body = await readLimited(request, settings.bodyLimitBytes);
  if (body === undefined) return no(413, `body over ${settings.bodyLimitBytes} bytes`);
  const expected = createHmac('sha256', settings.signingSecret).update(`v0:${timestampText}:`).update(body).digest();
  if (!timingSafeEqual(expected, Buffer.from(hex, 'hex'))) return no(401, 'signature does not match');
  const shape = shapeProblem(request.headers['content-type'], body.toString('utf8'));
  if (shape) return no(400, shape);
  const claimed = await settings.store.claim(hex, timestamp + WINDOW_SECONDS);
  if (claimed === 'replay') return no(401, 'replayed request');
  if (claimed === 'full') return no(503, 'replay store full (every request of the window is held)');
  if (claimed === 'unavailable') return no(503, 'replay store unavailable');
  (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
  return { pass: true };
}

/** Unsigned: only Slack's ssl_check, answered here; everything else is refused unread. */
async function sslCheck(request: IncomingMessage, response: ServerResponse): Promise<Verdict> {
  if (request.headers['content-type'] !== FORM) return no(401, 'no signature');
  const body = await readLimited(request, SSL_CHECK_LIMIT_BYTES);
  if (body === undefined || new URLSearchParams(body.toString('utf8')).get('ssl_check') !== '1')
    return no(401, 'no signature');
  response.writeHead(200);
  response.end();
  return no(200, 'ssl_check');
}

/** The body, or undefined as soon as it is (or is declared) over `limit` bytes. */
async function readLimited(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = request.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= limit)) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Why Bolt could not route this body, or undefined if it can. Mirrors Bolt's
 * parseHTTPRequestBody, then asks what Bolt's dispatch assumes: a `command` or
 * a `type` (else it waits for an ack that never comes), and a `user` object on
 * interactive payloads (Bolt reads body.user.id before any listener: a 500).
 */
export function shapeProblem(contentType: string | undefined, body: string): string | undefined {
  if (contentType === FORM) {
    const form = new URLSearchParams(body);
    const keys = [...form.keys()];
    if (new Set(keys).size !== keys.length) return 'a form key is repeated';
    const payload = form.get('payload');
    if (payload === null) return typeof form.get('command') === 'string' ? undefined : 'a form without a command';
    const parsed = objectOf(payload);
    if (typeof parsed === 'string') return `payload ${parsed}`;
    if (typeof parsed.type !== 'string') return 'payload without a type';
    if (!isObject(parsed.user)) return 'interactive payload without a user';
    return boltCanType(parsed) ? undefined : `a ${clipped(parsed.type)} payload Bolt cannot dispatch`;
  }
  const parsed = objectOf(body);
  if (typeof parsed === 'string') return `body ${parsed}`;
  if (typeof parsed.type !== 'string') return 'body without a type';
  // The receiver answers url_verification itself, before any dispatch.
  if (parsed.type === 'url_verification' || boltCanType(parsed)) return undefined;
  return `a ${clipped(parsed.type)} body Bolt cannot dispatch`;
}

/**
 * Mirrors Bolt's getTypeAndConversation: a body it cannot type (block_actions without `actions`,
 * event_callback without `event`) reaches no middleware, so nothing would ack it and Bolt would answer 404
 * after its unhandled timeout. Refused at once instead.
 */
function boltCanType(body: Record<string, unknown>): boolean {
  const typed = [
    'block_suggestion',
    'dialog_submission',
    'shortcut',
    'message_action',
    'view_submission',
    'view_closed',
  ];
  return (
    body.event !== undefined ||
    body.command !== undefined ||
    body.name !== undefined ||
    body.actions !== undefined ||
    typed.includes(body.type as string)
  );
}

/** A type as logged: short, and only what a type name holds. */
function clipped(type: unknown): string {
  return String(type)
    .replace(/[^\w.-]/g, '?')
    .slice(0, 40);
}

/** The JSON object in `json`, or what is wrong with it. */
function objectOf(json: string): Record<string, unknown> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return 'is not JSON';
  }
  return isObject(parsed) ? parsed : 'is not a JSON object';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function single(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function no(status: number, reason: string): Verdict {
  return { pass: false, status, reason };
}

/** Answers without a body and closes the connection, so the rest of an upload is never read. */
function refuse(request: IncomingMessage, response: ServerResponse, status: number): void {
  if (!response.headersSent) {
    response.writeHead(status, { connection: 'close' });
    response.end();
  }
  const close = () => {
    if (!request.complete) request.socket?.destroy();
  };
  if (response.writableFinished) close();
  else response.once('finish', close);
}
