/**
 * Posting to a response_url. The URL comes from the request body, so a forged
 * or malformed payload could name any address (127.0.0.1, a metadata service):
 * only Slack's own https://hooks.slack.com/ URLs are posted to, without
 * following redirects (a redirect could lead anywhere) and with a timeout (a
 * slow host must not hold the listener).
 */
import type { Logger } from '@slack/bolt';
import { describeError } from '../log.js';

/** Slack answers a response_url in well under a second; 5 s leaves room for a slow network. */
export const RESPONSE_URL_TIMEOUT_MS = 5000;

/** https://hooks.slack.com/… on the default port, without credentials. */
export function isSlackResponseUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname === 'hooks.slack.com' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export interface PostOptions {
  logger: Logger;
  timeoutMs?: number;
}

/** Posts `message` as JSON; true when Slack took it. Refusals and failures are logged, never thrown. */
export async function postToResponseUrl(url: unknown, message: object, options: PostOptions): Promise<boolean> {
  const { logger } = options;
  if (!isSlackResponseUrl(url)) {
    // Not the URL itself: it is attacker-chosen text.
    logger.warn('Refused to post: the response_url is not an https://hooks.slack.com/ URL');
    return false;
  }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? RESPONSE_URL_TIMEOUT_MS),
    });
    await response.body?.cancel();
    // An expired response_url (30 minutes, 5 posts) or a redirect is not a crash: log its status and carry on.
    if (!response.ok) logger.warn(`response_url refused the post (HTTP ${response.status})`);
    return response.ok;
  } catch (error) {
    logger.error(`response_url post failed: ${describeError(error)}`);
    return false;
  }
}
