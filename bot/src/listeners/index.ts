/** Registers every listener folder; each folder's index registers its own files. */
import type { App } from '@slack/bolt';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import { ackUnclaimed } from './unclaimed.js';

export function registerListeners(app: App): void {
  app.use(ackUnclaimed);
  commands(app);
  actions(app);
}
