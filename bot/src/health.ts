/**
 * GET /health and GET /ready for a load balancer or an orchestrator.
 * /health: 200 while the process serves. /ready: 200 when it can answer —
 * every dependency it was configured with is reachable (Redis) and it is not
 * shutting down — else 503 with what it is waiting for. Each check reads the
 * current state, so /ready follows a change as soon as the client notices it.
 * HTTP mode serves these on the Slack port (Bolt custom routes); Socket Mode,
 * which has no HTTP endpoint of its own, on PORT (`startHealthServer`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';

export interface Readiness {
  /** Names of what is missing right now (empty: ready). */
  missing(): string[];
}

export class ReadinessChecks implements Readiness {
  private readonly checks: Array<{ name: string; ok: () => boolean }> = [];
  private draining = false;

  add(name: string, ok: () => boolean): this {
    this.checks.push({ name, ok });
    return this;
  }

  /** From now on /ready answers 503: the load balancer stops sending new requests. */
  startDraining(): void {
    this.draining = true;
  }

  missing(): string[] {
    const missing = this.checks.filter((check) => !check.ok()).map((check) => check.name);
    return this.draining ? ['shutting down', ...missing] : missing;
  }
}

export const HEALTH_PATH = '/health';
export const READY_PATH = '/ready';

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

export function health(_request: IncomingMessage, response: ServerResponse): void {
  reply(response, 200, { status: 'ok' });
}

export function ready(readiness: Readiness) {
  return (_request: IncomingMessage, response: ServerResponse): void => {
    const missing = readiness.missing();
    if (missing.length === 0) reply(response, 200, { status: 'ready' });
    else reply(response, 503, { status: 'not ready', waiting: missing });
  };
}

/** The two routes for Bolt's HTTPReceiver (customRoutes). */
export function healthRoutes(readiness: Readiness): CustomRoute[] {
  return [
    { path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: health },
    { path: READY_PATH, method: ['GET', 'HEAD'], handler: ready(readiness) },
  ];
}

/** Socket Mode: a server answering only the two routes (404 for anything else). */
export async function startHealthServer(port: number, readiness: Readiness, host?: string): Promise<Server> {
  const answerReady = ready(readiness);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (read && path === HEALTH_PATH) return health(request, response);
    if (read && path === READY_PATH) return answerReady(request, response);
    response.writeHead(404).end();
  });
  server.headersTimeout = 5_000;
  server.requestTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
