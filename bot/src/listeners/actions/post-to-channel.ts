/**
 * "Post to channel": recomputes the answer from the command text the button
 * carries (the core is deterministic, so it is the same answer) and posts it
 * in_channel through the response_url — which works in private channels and
 * DMs, where chat.postMessage would need the bot to be a member.
 */
import {
  type AllMiddlewareArgs,
  type BlockButtonAction,
  RespondError,
  type SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { answer, parseShareValue } from '../../answer/answer.js';
import { failureBlocks } from '../../blocks/error.js';
import { detectLang } from '../../command/parse.js';
import { describeError } from '../log.js';

export async function postToChannel({
  ack,
  action,
  body,
  respond,
  logger,
}: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> {
  await ack();
  const shared = parseShareValue(action.value);
  if (!shared) {
    logger.warn('Post to channel: the button carried no command text');
    await safely(
      () => respond({ response_type: 'ephemeral', replace_original: false, ...failureBlocks('en') }),
      logger,
    );
    return;
  }
  let message: ReturnType<typeof answer>;
  try {
    message = answer(shared.text, { sharedBy: body.user.id });
  } catch (error) {
    logger.error(`Post to channel failed: ${describeError(error)}`);
    await safely(
      () => respond({ response_type: 'ephemeral', replace_original: false, ...failureBlocks(detectLang(shared.text)) }),
      logger,
    );
    return;
  }
  await safely(() => respond({ ...message, replace_original: false }), logger);
}

/** An expired response_url (30 minutes, 5 posts) is not a crash: log its status and carry on. */
async function safely(post: () => Promise<unknown>, logger: AllMiddlewareArgs['logger']): Promise<void> {
  try {
    await post();
  } catch (error) {
    if (error instanceof RespondError) logger.warn(`response_url refused the post (HTTP ${error.statusCode ?? '?'})`);
    else logger.error(`response_url post failed: ${describeError(error)}`);
  }
}
