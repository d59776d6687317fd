/**
 * Bolt's HTTPReceiver behind a guard (guard.ts) that decides from the headers
 * alone whether to read a request at all, limits what it reads, verifies the
 * signature itself, refuses bodies Bolt cannot route, and refuses replays
 * through a replay store shared by every replica (replay-store.ts). Whatever
 * passes is handed to Bolt, which parses, verifies again and dispatches as usual.
 *
 * The server itself is bounded too: short header and request timeouts (Node's
 * defaults held slow connections 60 s / 300 s), and past `maxConnections` a new
 * connection closes the one idle longest instead of being refused
 * (connections.ts), so idle sockets cannot keep Slack out.
 */
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import type { Server as HTTPSServer, ServerOptions as HTTPSServerOptions } from 'node:https';
import type { ListenOptions } from 'node:net';
import { HTTPModuleFunctions, HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';
import { InFlight } from '../lifecycle/in-flight.js';
import { type ConnectionStats, defaultMaxConnections, shedOldestIdle } from './connections.js';
import { BODY_LIMIT_BYTES, guard } from './guard.js';
import { RejectionLog } from './rejections.js';
import type { ReplayStore } from './replay-store.js';
import { SeenSignatures } from './seen-signatures.js';

/**
 * Server bounds; Slack sends a whole request in milliseconds. `maxConnections`
 * is where idle connections start being closed (oldest first), not a refusal:
 * 2,048, or less where the open-file limit is low (connections.ts).
 */
export const SERVER_LIMITS = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: defaultMaxConnections(),
};

export interface GuardedReceiverOptions extends HTTPReceiverOptions {
  /** Where verified requests are remembered; default one process's memory. */
  seen?: ReplayStore;
  /** Connections held before the oldest idle one is closed for each new one. */
  maxConnections?: number;
  /** Interval of the rejected-request log line, default 10 s. */
  rejectionLogIntervalMs?: number;
}

export class ReplayGuardedReceiver extends HTTPReceiver {
  readonly seen: ReplayStore;
  readonly rejections: RejectionLog;
  private readonly guardedPaths: readonly string[];
  private readonly maxConnections: number;
  private httpServer?: Server;
  /** Open connections and idle ones closed for room, once started. */
  connections?: ConnectionStats;
  /** HTTP requests received and not yet answered (shutdown waits for them). */
  readonly inFlight = new InFlight();
  private closing?: Promise<void>;

  constructor(options: GuardedReceiverOptions) {
    const { seen, maxConnections, rejectionLogIntervalMs, ...httpOptions } = options;
    const bodyLimit = Number(options.bodyLimit ?? BODY_LIMIT_BYTES);
    // Unrouted requests (no listener acks) get their 404 inside Slack's 3 s, not after Bolt's default 3.001 s.
    super({ unhandledRequestTimeoutMillis: 2_000, ...httpOptions, bodyLimit });
    this.seen = seen ?? new SeenSignatures();
    this.rejections = new RejectionLog(options.logger, rejectionLogIntervalMs);
    this.maxConnections = maxConnections ?? SERVER_LIMITS.maxConnections;
    const endpoints = options.endpoints ?? '/slack/events';
    this.guardedPaths = typeof endpoints === 'string' ? [endpoints] : endpoints;
    const boltListener = this.requestListener;
    const settings = {
      signingSecret: options.signingSecret,
      bodyLimitBytes: bodyLimit,
      store: this.seen,
      rejections: this.rejections,
    };
    const verify = options.signatureVerification !== false;
    // Bolt's server calls this.requestListener; unknown paths still throw synchronously into Bolt's dispatch handler.
    this.requestListener = (request: IncomingMessage, response: ServerResponse) => {
      this.inFlight.enter();
      response.once('close', () => this.inFlight.leave());
      if (!verify || request.method !== 'POST' || !this.guardedPaths.includes(pathOf(request)))
        return boltListener(request, response);
      void guard(request, response, settings).then(
        (pass) => pass && boltListener(request, response),
        () => HTTPModuleFunctions.buildNoBodyResponse(response, 500),
      );
    };
  }

  override start(port: number): Promise<Server>;
  override start(port: string): Promise<Server>;
  override start(listen: number | string | ListenOptions, serverOptions?: ServerOptions): Promise<Server>;
  override start(listen: number | string | ListenOptions, httpsOptions?: HTTPSServerOptions): Promise<HTTPSServer>;
  override async start(
    listen: number | string | ListenOptions,
    serverOptions?: ServerOptions | HTTPSServerOptions,
  ): Promise<Server> {
    const server = await super.start(listen, {
      headersTimeout: SERVER_LIMITS.headersTimeoutMs,
      requestTimeout: SERVER_LIMITS.requestTimeoutMs,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
      // Node checks the two timeouts above only this often (default 30 s).
      connectionsCheckingInterval: 1_000,
      ...serverOptions,
    });
    this.connections = shedOldestIdle(server, this.maxConnections);
    this.httpServer = server;
    return server;
  }

  /**
   * Shutdown, first half: stop accepting connections, let requests in flight get their answers (at most
   * `timeoutMs`), then close whatever connection is left. Resolves true when nothing was cut off.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    const server = this.httpServer;
    if (!server) return true;
    this.closing ??= new Promise((resolve) => server.close(() => resolve()));
    // Idle keep-alive connections would otherwise hold close() open; busy ones finish their request first.
    server.closeIdleConnections();
    const finished = await this.inFlight.idle(timeoutMs);
    server.closeAllConnections();
    await this.closing;
    return finished;
  }

  override async stop(): Promise<void> {
    this.rejections.close();
    if (this.closing) await this.closing;
    else {
      this.httpServer?.closeAllConnections();
      await super.stop();
    }
    await this.seen.close();
  }
}

function pathOf(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}
