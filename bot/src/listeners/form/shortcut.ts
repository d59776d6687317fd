/** The global shortcut: the question form, whose answer comes as a direct message (there is no channel). */
import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../log.js';
import { lastQuestionsOf } from '../workspace.js';
import { openForm } from './open.js';

export async function formShortcut({
  shortcut,
  ack,
  client,
  context,
  logger,
}: AllMiddlewareArgs & SlackShortcutMiddlewareArgs): Promise<void> {
  await ack();
  try {
    await openForm(client, shortcut.trigger_id, shortcut.user.id, { lang: 'en' }, lastQuestionsOf(context));
  } catch (error) {
    logger.error(`form shortcut failed: ${describeError(error)}`);
  }
}
