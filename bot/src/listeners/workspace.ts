/**
 * What the workspace set at start-up (DISTILPLAN_RATES), handed to every listener through Bolt's context, so
 * the answer code stays a pure function of the command text and these settings.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { type LastQuestionStore, lastQuestions } from '../form/last.js';
import type { Workspace } from '../results/compute.js';

const KEY = 'distilplanWorkspace';
const LAST_KEY = 'distilplanLastQuestions';

/** Where each person's last question is kept (Redis with replicas, else this process's memory). */
export function provideLastQuestions(store: LastQuestionStore): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    context[LAST_KEY] = store;
    await next();
  };
}

export function lastQuestionsOf(context: Readonly<Record<string, unknown>>): LastQuestionStore {
  const value = context[LAST_KEY];
  return typeof value === 'object' && value !== null ? (value as LastQuestionStore) : lastQuestions;
}

export function provideWorkspace(workspace: Workspace): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    context[KEY] = workspace;
    await next();
  };
}

export function workspaceOf(context: Readonly<Record<string, unknown>>): Workspace {
  const value = context[KEY];
  return typeof value === 'object' && value !== null ? (value as Workspace) : {};
}
