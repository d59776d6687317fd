/**
 * /distil: the whole answer goes in the ack (the core answers in milliseconds,
 * well inside Slack's 3 seconds), ephemeral, with a button to share it. When
 * the text says nothing about language, the person's Slack locale chooses it.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerWithResult } from '../../answer/answer.js';
import { isJapaneseLocale, withLocale } from '../../answer/locale.js';
import { requestDate } from '../../answer/today.js';
import { failureBlocks } from '../../blocks/error.js';
import type { Message } from '../../blocks/kit.js';
import { languageAsked } from '../../command/lang.js';
import { detectLang } from '../../command/parse.js';
import { openForm } from '../form/open.js';
import { describeError } from '../log.js';
import { lastQuestionsOf, workspaceOf } from '../workspace.js';
import { UserLocales } from './locale.js';

/** One per process: each person's locale is asked once and remembered. */
export const userLocales = new UserLocales();

export async function distilCommand({
  command,
  ack,
  client,
  context,
  logger,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
  const typed = command.text ?? '';
  // /distil alone opens the question form; its answer comes back in this channel.
  if (typed.trim() === '' && typeof command.trigger_id === 'string' && command.trigger_id !== '') {
    await ack();
    const lang = isJapaneseLocale(ownString(command, 'locale') ?? ownString(command, 'user_locale')) ? 'ja' : 'en';
    try {
      await openForm(
        client,
        command.trigger_id,
        command.user_id,
        { channel: command.channel_id, lang },
        lastQuestionsOf(context),
      );
    } catch (error) {
      logger.error(`/distil form failed: ${describeError(error)}`);
    }
    return;
  }
  // A payload that carries the locale is believed; otherwise Slack is asked only when the text leaves it open.
  const carried = ownString(command, 'locale') ?? ownString(command, 'user_locale');
  const locale =
    carried ??
    (languageAsked(typed) === undefined && context.botToken
      ? await userLocales.of(command.user_id, {
          workspace: `${context.enterpriseId ?? ''}:${context.teamId ?? ''}`,
          client,
          logger,
        })
      : undefined);
  const text = withLocale(typed, locale);
  let message: Message;
  let answered: ReturnType<typeof answerWithResult> | undefined;
  try {
    answered = answerWithResult(text, { workspace: workspaceOf(context), today: requestDate() });
    message = answered.message;
  } catch (error) {
    // Our fault, not the user's: log what failed (never the request, which carries tokens) and apologise.
    logger.error(`/distil failed: ${describeError(error)}`);
    message = { response_type: 'ephemeral' as const, ...failureBlocks(detectLang(text)) };
  }
  await ack(message);
  // After the answer: keeping the question (in Redis with replicas, bounded) never delays it.
  if (answered && answered.reading.unread.length === 0)
    await lastQuestionsOf(context).remember(command.user_id, answered.reading, answered.lang);
}

function ownString(payload: object, key: string): string | undefined {
  const value = Object.hasOwn(payload, key) ? (payload as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
