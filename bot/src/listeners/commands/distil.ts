/**
 * /distil: the whole answer goes in the ack (the core answers in milliseconds,
 * well inside Slack's 3 seconds), ephemeral, with a button to share it.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answer } from '../../answer/answer.js';
import { failureBlocks } from '../../blocks/error.js';
import { detectLang } from '../../command/parse.js';
import { describeError } from '../log.js';

export async function distilCommand({
  command,
  ack,
  logger,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
  let message: ReturnType<typeof answer>;
  try {
    message = answer(command.text ?? '');
  } catch (error) {
    // Our fault, not the user's: log what failed (never the request, which carries tokens) and apologise.
    logger.error(`/distil failed: ${describeError(error)}`);
    message = { response_type: 'ephemeral' as const, ...failureBlocks(detectLang(command.text ?? '')) };
  }
  await ack(message);
}
