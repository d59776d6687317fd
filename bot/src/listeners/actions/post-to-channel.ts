/**
 * "Post to channel": recomputes the answer from the command text the button
 * carries (the core is deterministic, so it is the same answer) and posts it
 * in_channel through the response_url — which works in private channels and
 * DMs, where chat.postMessage would need the bot to be a member. The post goes
 * through postToResponseUrl (Slack's hooks host only, no redirects, a timeout),
 * not Bolt's respond(), which would post to whatever URL the payload names.
 * A decide answer's chart follows as an uploaded PNG (chart-upload.ts).
 */
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerWithResult, parseShareValue } from '../../answer/answer.js';
import { requestDate } from '../../answer/today.js';
import { failureBlocks } from '../../blocks/error.js';
import { detectLang } from '../../command/parse.js';
import { describeError } from '../log.js';
import { workspaceOf } from '../workspace.js';
import { shareChart } from './chart-upload.js';
import { postToResponseUrl } from './response-url.js';

export async function postToChannel({
  ack,
  action,
  body,
  client,
  logger,
  context,
}: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>): Promise<void> {
  await ack();
  const post = (message: object) =>
    postToResponseUrl(body.response_url, { ...message, replace_original: false }, { logger });
  const shared = parseShareValue(action?.value);
  if (!shared) {
    logger.warn('Post to channel: the button carried no command text');
    await post({ response_type: 'ephemeral', ...failureBlocks('en') });
    return;
  }
  let answered: ReturnType<typeof answerWithResult>;
  try {
    // A payload without a user (malformed, or forged and signed) still gets an answer, shared by no one named.
    answered = answerWithResult(shared.text, {
      sharedBy: body.user?.id ?? '',
      workspace: workspaceOf(context),
      // The date the question was asked on (a date deadline counts the days the person was shown), else today.
      today: shared.today ?? requestDate(),
    });
  } catch (error) {
    logger.error(`Post to channel failed: ${describeError(error)}`);
    await post({ response_type: 'ephemeral', ...failureBlocks(detectLang(shared.text)) });
    return;
  }
  const posted = await post(answered.message);
  // The chart follows the text: a decide answer that reached the channel.
  if (posted && answered.result?.kind === 'decide')
    await shareChart({ client, channelId: body.channel?.id, team: body.team?.id, logger }, answered.result, post);
}
