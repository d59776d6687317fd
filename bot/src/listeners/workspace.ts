/**
 * What the workspace set at start-up (DISTILPLAN_RATES), handed to every listener through Bolt's context, so
 * the answer code stays a pure function of the command text and these settings.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Workspace } from '../results/compute.js';

const KEY = 'distilplanWorkspace';

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
