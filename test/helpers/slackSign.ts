/**
 * Signs request bodies the way Slack does (v0 HMAC-SHA256 over
 * "v0:{timestamp}:{body}") and posts them over loopback.
 */
import { createHmac } from 'node:crypto';

export function slackSign(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
    'content-type': 'application/x-www-form-urlencoded',
  };
}

/** A slash-command payload as Slack form-encodes it. */
export function commandForm(text: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: 'C0TEST',
    channel_name: 'planning',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: '/distil',
    text,
    api_app_id: 'A0TEST',
    response_url: 'https://hooks.slack.com/commands/T0TEST/1/abc',
    trigger_id: '1.2.3',
    ...overrides,
  }).toString();
}

/** A block_actions payload for a button press, form-encoded as payload=<json>. */
export function buttonForm(
  actionId: string,
  value: string,
  responseUrl = 'https://hooks.slack.com/actions/T0TEST/2/xyz',
): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: 'U0ALICE', username: 'alice', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    container: { type: 'message', is_ephemeral: true },
    trigger_id: '1.2.3',
    channel: { id: 'C0TEST', name: 'planning' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'b1',
        value,
        text: { type: 'plain_text', text: 'Post to channel' },
        action_ts: '1',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface Posted {
  status: number;
  body: string;
  json?: unknown;
}

export async function postSigned(
  url: string,
  secret: string,
  body: string,
  timestamp?: number,
  headers: Record<string, string> = {},
): Promise<Posted> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...slackSign(secret, body, timestamp), ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, body: text, json };
}
