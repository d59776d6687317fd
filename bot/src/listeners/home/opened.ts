/** The App Home tab (views.publish on app_home_opened): how to ask, the workspace's rates and the presets. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { COEFFICIENT_SETS } from '../../../../core/index.js';
import { isJapaneseLocale } from '../../answer/locale.js';
import { presetsBlocks } from '../../blocks/presets.js';
import { homeView } from '../../form/view.js';
import { listPresets } from '../../presets.js';
import { describeError } from '../log.js';
import { workspaceOf } from '../workspace.js';

/** The person's Slack language (users.info with include_locale); English when Slack does not say. */
async function localeOf(client: AllMiddlewareArgs['client'], user: string): Promise<string | undefined> {
  try {
    const info = await client.users.info({ user, include_locale: true });
    return info.user?.locale;
  } catch {
    return undefined;
  }
}

export async function homeOpened({
  event,
  client,
  context,
  logger,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> {
  if (event.tab !== 'home') return;
  try {
    const lang = isJapaneseLocale(await localeOf(client, event.user)) ? 'ja' : 'en';
    // The presets list without its own header: the tab has one.
    const presets = presetsBlocks(lang, listPresets(COEFFICIENT_SETS)).blocks.filter(
      (block) => block.type !== 'header',
    );
    await client.views.publish({
      user_id: event.user,
      view: homeView(lang, workspaceOf(context).rates ?? [], presets),
    });
  } catch (error) {
    logger.error(`home tab failed: ${describeError(error)}`);
  }
}
