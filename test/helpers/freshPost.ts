/**
 * A signed POST on a connection of its own (no keep-alive pool), with its
 * status and how long the answer took: load tests time each request alone,
 * and a pooled socket the server has just closed would read as a failure.
 */
import { request as httpRequest } from 'node:http';
import { slackSign } from './slackSign.js';

export interface Timed {
  /** 0 when the connection failed or timed out. */
  status: number;
  ms: number;
}

export function postFresh(url: string, secret: string, body: string, timeoutMs = 30_000): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = httpRequest(url, {
      method: 'POST',
      agent: false,
      headers: { ...slackSign(secret, body), 'content-length': String(Buffer.byteLength(body)) },
      timeout: timeoutMs,
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(body);
  });
}
