/**
 * The Slack locale of the person who typed /distil. No slash-command or
 * block_actions payload carries it (Bolt's SlashCommand and BlockAction types
 * list none); users.info with include_locale=true does, given the users:read
 * scope. It is asked through the request's own Web API client — the token of
 * the workspace the command came from, and SLACK_API_URL when set — once per
 * person and remembered, with a short timeout so the answer still reaches
 * Slack inside its 3 seconds.
 *
 * A failure only ever costs that one answer its locale (it then follows the
 * text alone): a slow or broken call is retried for that person after a few
 * minutes, and a workspace that did not grant users:read is not asked again for
 * a while — that workspace only, never the others.
 */
import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { describeError, slackErrorCode } from '../log.js';

/** Slack answers users.info in ~100–300 ms; the command's 3 s must also hold the answer itself. */
export const LOCALE_TIMEOUT_MS = 1200;
const REMEMBER_MS = 6 * 60 * 60 * 1000;
const RETRY_AFTER_FAILURE_MS = 5 * 60 * 1000;
const MAX_PEOPLE = 10_000;
const MAX_WORKSPACES = 10_000;
/** Errors that will not change by asking again soon: the token or the scope is missing. */
const PERMANENT = new Set(['missing_scope', 'not_allowed_token_type', 'no_permission', 'invalid_auth', 'not_authed']);

type Client = Pick<AllMiddlewareArgs['client'], 'users'>;

export interface Asker {
  /** The workspace (team or enterprise id) the request came from: memory is kept per workspace. */
  workspace?: string;
  client: Client;
  logger: Logger;
}

export class UserLocales {
  private readonly known = new Map<string, { locale: string | undefined; until: number }>();
  /** Workspaces whose token may not call users.info, until when. */
  private readonly refused = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly timeoutMs = LOCALE_TIMEOUT_MS,
  ) {}

  /** The person's locale (ja-JP, en-US), or undefined when it cannot be known. */
  async of(userId: unknown, asker: Asker): Promise<string | undefined> {
    if (typeof userId !== 'string' || !/^[UW][A-Z0-9]{2,}$/.test(userId)) return undefined;
    const workspace = asker.workspace ?? '';
    if ((this.refused.get(workspace) ?? 0) > this.now()) return undefined;
    const key = `${workspace}:${userId}`;
    const remembered = this.known.get(key);
    if (remembered && remembered.until > this.now()) return remembered.locale;
    const locale = await this.ask(userId, workspace, asker);
    remember(
      this.known,
      key,
      { locale, until: this.now() + (locale === undefined ? RETRY_AFTER_FAILURE_MS : REMEMBER_MS) },
      MAX_PEOPLE,
    );
    return locale;
  }

  private async ask(userId: string, workspace: string, { client, logger }: Asker): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    try {
      const reply = await Promise.race([client.users.info({ user: userId, include_locale: true }), timeout]);
      if (reply === 'timeout') {
        logger.debug('users.info took too long: this answer follows the text alone');
        return undefined;
      }
      return typeof reply.user?.locale === 'string' ? reply.user.locale : undefined;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code !== undefined && PERMANENT.has(code)) {
        remember(this.refused, workspace, this.now() + RETRY_AFTER_FAILURE_MS, MAX_WORKSPACES);
        logger.info(
          `users.info refused (${code}): this workspace's answers follow lang= and the command's script only`,
        );
      } else logger.debug(`users.info failed: ${describeError(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}
