/**
 * One log line per request Slack delivers: a request id, the workspace (team
 * and enterprise ids), what kind of request it was (the /distil subcommand,
 * the button, the event type — never the text typed), the latency and the
 * outcome. The same middleware counts listener runs in flight, so shutdown
 * can wait for a button's post that continues after its ack.
 */
import { randomUUID } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { intentOfWord } from '../../../core/index.js';
import { SUBCOMMANDS } from '../command/keys.js';
import type { InFlight } from '../lifecycle/in-flight.js';
import type { AppLogger } from '../logger.js';

export type Outcome = 'answered' | 'failed' | 'no-installation';

/** The kind of a request from its body: `command:decide`, `action:post_to_channel`, `event:app_uninstalled`. */
export function requestKind(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'unknown';
  const fields = body as Record<string, unknown>;
  if (typeof fields.command === 'string') return `command:${subcommandOf(fields.text)}`;
  if (fields.type === 'block_actions' && Array.isArray(fields.actions)) {
    const id = (fields.actions[0] as { action_id?: unknown } | undefined)?.action_id;
    return `action:${typeof id === 'string' && /^[a-z0-9_:-]{1,40}$/i.test(id) ? id : 'other'}`;
  }
  if (fields.type === 'event_callback' && typeof fields.event === 'object' && fields.event !== null) {
    const type = (fields.event as { type?: unknown }).type;
    return `event:${typeof type === 'string' && /^[a-z_]{1,40}$/.test(type) ? type : 'other'}`;
  }
  return typeof fields.type === 'string' && /^[a-z_]{1,40}$/.test(fields.type) ? fields.type : 'unknown';
}

/** Only a known word is named; anything else the person typed stays out of the log. */
function subcommandOf(text: unknown): string {
  const first = (typeof text === 'string' ? text.trim().split(/\s+/)[0] : '')?.toLowerCase() ?? '';
  if (first === '' || intentOfWord(first) === 'help') return 'help';
  if ((SUBCOMMANDS as readonly string[]).includes(first)) return first;
  if (first.includes('=')) return 'decide';
  return 'other';
}

export function workspaceOfBody(body: unknown): { workspace?: string; enterprise?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const fields = body as Record<string, unknown>;
  const team = typeof fields.team_id === 'string' ? fields.team_id : (fields.team as { id?: unknown } | undefined)?.id;
  const enterprise =
    typeof fields.enterprise_id === 'string'
      ? fields.enterprise_id
      : (fields.enterprise as { id?: unknown } | undefined)?.id;
  return {
    ...(typeof team === 'string' ? { workspace: team } : {}),
    ...(typeof enterprise === 'string' ? { enterprise } : {}),
  };
}

export function logRequest(
  logger: AppLogger,
  fields: {
    requestId: string;
    kind: string;
    workspace?: string;
    enterprise?: string;
    startedMs: number;
    outcome: Outcome;
  },
): void {
  logger.record(fields.outcome === 'answered' ? LogLevel.INFO : LogLevel.WARN, 'request', {
    request_id: fields.requestId,
    workspace: fields.workspace,
    enterprise: fields.enterprise,
    kind: fields.kind,
    latency_ms: Math.round((performance.now() - fields.startedMs) * 10) / 10,
    outcome: fields.outcome,
  });
}

export const REQUEST_ID = 'distilplanRequestId';

export function requestLog(logger: AppLogger, inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const startedMs = performance.now();
    const requestId = randomUUID();
    context[REQUEST_ID] = requestId;
    const where = {
      workspace: context.teamId ?? workspaceOfBody(body).workspace,
      enterprise: context.enterpriseId ?? workspaceOfBody(body).enterprise,
    };
    inFlight.enter();
    let outcome: Outcome = 'failed';
    try {
      await next();
      outcome = 'answered';
    } finally {
      inFlight.leave();
      logRequest(logger, { requestId, kind: requestKind(body), ...where, startedMs, outcome });
    }
  };
}
