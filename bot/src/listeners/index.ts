/** Registers every listener folder; each folder's index registers its own files. */
import type { App } from '@slack/bolt';
import { type LastQuestionStore, lastQuestions } from '../form/last.js';
import type { Workspace } from '../results/compute.js';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import { register as form } from './form/index.js';
import { register as home } from './home/index.js';
import { ackUnclaimed } from './unclaimed.js';
import { provideLastQuestions, provideWorkspace } from './workspace.js';

export function registerListeners(app: App, workspace: Workspace = {}, last: LastQuestionStore = lastQuestions): void {
  app.use(provideWorkspace(workspace));
  app.use(provideLastQuestions(last));
  app.use(ackUnclaimed);
  commands(app);
  actions(app);
  form(app);
  home(app);
}
