/**
 * app_uninstalled and tokens_revoked: the installation they name is deleted,
 * so its token is never used again and the workspace gets no answer until it
 * installs again. Bolt delivers both without authorising them (the token may
 * already be gone); the workspace comes from the event's own ids.
 */
import type { AllMiddlewareArgs, App, InstallationStore, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../log.js';

/** The events an OAuth app subscribes to besides its own (the manifests list them). */
export const INSTALL_EVENTS = ['app_uninstalled', 'tokens_revoked'] as const;

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'>;

export function registerInstallEvents(app: App, store: InstallationStore): void {
  const forget = async ({ context, logger }: Args): Promise<void> => {
    if (!store.deleteInstallation) return;
    try {
      await store.deleteInstallation({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: context.isEnterpriseInstall === true,
      } as never);
    } catch (error) {
      logger.error(`Could not delete the installation: ${describeError(error)}`);
    }
  };
  app.event('app_uninstalled', forget);
  app.event('tokens_revoked', async (args) => {
    // Only the bot's token matters: a revoked user token (we ask for none) leaves the installation usable.
    const bot = args.event.tokens.bot;
    if (Array.isArray(bot) && bot.length > 0) await forget(args);
  });
}
