/**
 * Payloads no listener of ours answers (view submissions and closes, shortcuts,
 * block suggestions, legacy dialogs, other apps' commands and buttons) are
 * acknowledged at once with an empty 200. Without this Bolt waits for an ack
 * that never comes and answers 404 after the unhandled-request timeout, and
 * Slack shows the person an error for a click we simply do not use.
 *
 * A listener claims a payload with `claim` as its first middleware: Bolt runs
 * listener middleware only after the listener's own matchers (command name,
 * action id) passed, so a claim means "this listener answers it". The global
 * middleware acks whatever is left unclaimed once every listener has run.
 * Events (event_callback) are acknowledged by Bolt itself and carry no ack.
 */
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';

const CLAIMED = 'distilplanClaimed';

export const claim: Middleware<AnyMiddlewareArgs> = async ({ context, next }) => {
  (context as Context)[CLAIMED] = true;
  await next();
};

export const ackUnclaimed: Middleware<AnyMiddlewareArgs> = async (args) => {
  await args.next();
  const ack = 'ack' in args ? args.ack : undefined;
  if (ack !== undefined && args.context[CLAIMED] !== true) await (ack as () => Promise<void>)();
};
