/**
 * A submitted question form: the same answer /distil gives for the same words, as an ephemeral message in
 * the channel the form was opened from, or a direct message when it came from the shortcut.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { answerWithResult } from '../../answer/answer.js';
import { requestDate } from '../../answer/today.js';
import { parseOrigin, questionOfForm } from '../../form/view.js';
import { describeError } from '../log.js';
import { lastQuestionsOf, workspaceOf } from '../workspace.js';

export async function formSubmitted({
  ack,
  view,
  body,
  client,
  context,
  logger,
}: AllMiddlewareArgs & SlackViewMiddlewareArgs): Promise<void> {
  await ack();
  const user = body.user.id;
  const origin = parseOrigin(view.private_metadata);
  const text = questionOfForm(view.state.values as Parameters<typeof questionOfForm>[0]);
  const { message, reading } = answerWithResult(text, { workspace: workspaceOf(context), today: requestDate() });
  if (reading.unread.length === 0) await lastQuestionsOf(context).remember(user, reading, reading.lang ?? origin.lang);
  try {
    if (origin.channel !== undefined)
      await client.chat.postEphemeral({ channel: origin.channel, user, text: message.text, blocks: message.blocks });
    else await client.chat.postMessage({ channel: user, text: message.text, blocks: message.blocks });
  } catch (error) {
    logger.error(`form answer could not be posted: ${describeError(error)}`);
  }
}
