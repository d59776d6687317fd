/**
 * Bolt's HTTPReceiver plus what it leaves out: a replayed request (the same
 * signature and timestamp a second time) is refused with 401, and so is a
 * timestamp more than 5 minutes in the future (Slack's guidance is
 * |now − ts| ≤ 300 s; Bolt only checks the past). Everything else — parsing,
 * verification, acks, error hooks — stays Bolt's: this wrapper verifies the
 * signature itself only to decide whether to remember it, then hands Bolt the
 * already-buffered request, which Bolt verifies again.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  isValidSlackRequest,
  type Logger,
} from '@slack/bolt';
import { SeenSignatures, WINDOW_SECONDS } from './seen-signatures.js';

export interface GuardedReceiverOptions extends HTTPReceiverOptions {
  seen?: SeenSignatures;
}

export class ReplayGuardedReceiver extends HTTPReceiver {
  readonly seen: SeenSignatures;
  private readonly guardedPaths: readonly string[];

  constructor(options: GuardedReceiverOptions) {
    const { seen, ...httpOptions } = options;
    super(httpOptions);
    this.seen = seen ?? new SeenSignatures();
    const endpoints = options.endpoints ?? '/slack/events';
    this.guardedPaths = typeof endpoints === 'string' ? [endpoints] : endpoints;
    const boltListener = this.requestListener;
    const guard = makeGuard({
      signingSecret: options.signingSecret,
      bodyLimit: options.bodyLimit,
      seen: this.seen,
      logger: options.logger,
      verify: options.signatureVerification !== false,
    });
    // Bolt's server calls this.requestListener; unknown paths still throw synchronously into Bolt's dispatch handler.
    this.requestListener = (request, response) => {
      if (request.method !== 'POST' || !this.guardedPaths.includes(pathOf(request)))
        return boltListener(request, response);
      void guard(request, response, boltListener);
    };
  }
}

interface GuardOptions {
  signingSecret: string;
  bodyLimit?: number | string;
  seen: SeenSignatures;
  logger?: Logger;
  verify: boolean;
}

function makeGuard(options: GuardOptions) {
  return async (request: IncomingMessage, response: ServerResponse, next: RequestListener): Promise<void> => {
    if (!options.verify) return void next(request, response);
    let body: string;
    try {
      body = (await HTTPModuleFunctions.bufferIncomingMessage(request, options.bodyLimit)).rawBody.toString();
    } catch {
      // Too large or a broken stream: let Bolt answer it the way it always does (413/401).
      return void next(request, response);
    }
    const signature = header(request, 'x-slack-signature');
    const timestamp = Number(header(request, 'x-slack-request-timestamp'));
    const verified =
      signature !== '' &&
      isValidSlackRequest({
        signingSecret: options.signingSecret,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
    // Unverified requests (and Slack's unsigned ssl_check) go to Bolt, which rejects or answers them itself.
    if (!verified) return void next(request, response);
    if (timestamp > Math.floor(Date.now() / 1000) + WINDOW_SECONDS)
      return refuse(response, options.logger, 'timestamp is more than 5 minutes in the future');
    if (!options.seen.remember(signature, timestamp))
      return refuse(response, options.logger, 'replayed request (signature already seen)');
    next(request, response);
  };
}

function refuse(response: ServerResponse, logger: Logger | undefined, reason: string): void {
  // The reason only: never the signature, the body or any header value.
  logger?.warn(`Refused a signed request: ${reason}`);
  HTTPModuleFunctions.buildNoBodyResponse(response, 401);
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function pathOf(request: IncomingMessage): string {
  return new URL(request.url ?? '/', 'http://localhost').pathname;
}
