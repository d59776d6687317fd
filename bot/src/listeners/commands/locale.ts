/**
 * The Slack locale of the person who typed /distil. No slash-command or
 * block_actions payload carries it (Bolt's SlashCommand and BlockAction types
 * list none); users.info with include_locale=true does, given the users:read
 * scope. Asked once per person and remembered, with a short timeout so the
 * answer still reaches Slack inside its 3 seconds; any failure means "not
 * known" and the answer follows the text alone. A workspace that did not grant
 * users:read is not asked again.
 */
import type { Logger } from '@slack/bolt';
import { describeError } from '../log.js';

export const USERS_INFO_URL = 'https://slack.com/api/users.info';
/** Slack answers users.info in ~100–300 ms; the command's 3 s must also hold the answer itself. */
export const LOCALE_TIMEOUT_MS = 1200;
const REMEMBER_MS = 6 * 60 * 60 * 1000;
const RETRY_AFTER_FAILURE_MS = 5 * 60 * 1000;
const MAX_PEOPLE = 10_000;
/** Errors that will not change by asking again: the token or the scope is missing. */
const PERMANENT = new Set(['missing_scope', 'not_allowed_token_type', 'no_permission', 'invalid_auth', 'not_authed']);

export class UserLocales {
  private readonly known = new Map<string, { locale: string | undefined; until: number }>();
  private unavailable = false;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly timeoutMs = LOCALE_TIMEOUT_MS,
  ) {}

  /** The person's locale (ja-JP, en-US), or undefined when it cannot be known. */
  async of(userId: unknown, token: string | undefined, logger: Logger): Promise<string | undefined> {
    if (this.unavailable || !token || typeof userId !== 'string' || !/^[UW][A-Z0-9]{2,}$/.test(userId))
      return undefined;
    const remembered = this.known.get(userId);
    if (remembered && remembered.until > this.now()) return remembered.locale;
    const locale = await this.ask(userId, token, logger);
    if (this.known.size >= MAX_PEOPLE) this.known.delete(this.known.keys().next().value!);
    this.known.set(userId, {
      locale,
      until: this.now() + (locale === undefined ? RETRY_AFTER_FAILURE_MS : REMEMBER_MS),
    });
    return locale;
  }

  private async ask(userId: string, token: string, logger: Logger): Promise<string | undefined> {
    try {
      const response = await fetch(`${USERS_INFO_URL}?user=${encodeURIComponent(userId)}&include_locale=true`, {
        headers: { authorization: `Bearer ${token}` },
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const body = (await response.json()) as { ok?: unknown; error?: unknown; user?: { locale?: unknown } };
      if (body.ok === true) return typeof body.user?.locale === 'string' ? body.user.locale : undefined;
      if (typeof body.error === 'string' && PERMANENT.has(body.error)) {
        this.unavailable = true;
        logger.info(`users.info refused (${body.error}): answers follow lang= and the command's script only`);
      }
    } catch (error) {
      logger.debug(`users.info failed: ${describeError(error)}`);
    }
    return undefined;
  }
}
