/**
 * manifest.json (Socket Mode) and bot/manifest.http.json (HTTP) match what the
 * app registers: the same slash command, the commands and files:write scopes, interactivity for
 * the button, and in HTTP mode https URLs ending in /slack/events.
 */
import { readFileSync } from 'node:fs';
import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { COMMAND, FORM_CALLBACK, FORM_SHORTCUT, POST_TO_CHANNEL_ACTION } from '../../bot/src/ids.js';
import { INSTALL_EVENTS } from '../../bot/src/listeners/events/installs.js';
import { FakeReceiver } from '../helpers/slackFakes.js';

interface Manifest {
  _metadata: { major_version: number };
  display_information: { name: string };
  features: {
    bot_user: { display_name: string };
    app_home?: { home_tab_enabled: boolean };
    shortcuts?: Array<{ type: string; callback_id: string; name: string; description: string }>;
    slash_commands: Array<{ command: string; description: string; usage_hint?: string; url?: string }>;
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    interactivity: { is_enabled: boolean; request_url?: string };
    event_subscriptions?: { bot_events: string[]; request_url?: string };
    socket_mode_enabled: boolean;
    org_deploy_enabled: boolean;
  };
}

const read = (path: string): Manifest =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Manifest;

/** What createApp registers: App's command() and action() are recorded for the duration of one construction. */
function registered(): {
  commands: string[];
  actions: string[];
  shortcuts: string[];
  views: string[];
  events: string[];
} {
  const found = {
    commands: [] as string[],
    actions: [] as string[],
    shortcuts: [] as string[],
    views: [] as string[],
    events: [] as string[],
  };
  const saved = {
    command: App.prototype.command,
    action: App.prototype.action,
    shortcut: App.prototype.shortcut,
    view: App.prototype.view,
    event: App.prototype.event,
  };
  App.prototype.shortcut = function (this: App, id: string, ...rest: never[]) {
    found.shortcuts.push(id);
    return saved.shortcut.call(this, id as never, ...rest);
  } as never;
  App.prototype.view = function (this: App, id: string, ...rest: never[]) {
    found.views.push(id);
    return saved.view.call(this, id as never, ...rest);
  } as never;
  App.prototype.event = function (this: App, name: string, ...rest: never[]) {
    found.events.push(name);
    return saved.event.call(this, name as never, ...rest);
  } as never;
  App.prototype.command = function (this: App, name: string, ...rest: never[]) {
    found.commands.push(name);
    return saved.command.call(this, name, ...rest);
  } as never;
  App.prototype.action = function (this: App, id: string, ...rest: never[]) {
    found.actions.push(id);
    return saved.action.call(this, id as never, ...rest);
  } as never;
  try {
    createApp({ receiver: new FakeReceiver() });
  } finally {
    App.prototype.command = saved.command;
    App.prototype.action = saved.action;
    App.prototype.shortcut = saved.shortcut;
    App.prototype.view = saved.view;
    App.prototype.event = saved.event;
  }
  return found;
}

describe('Slack app manifest', () => {
  const socket = read('manifest.json');
  const http = read('bot/manifest.http.json');
  const app = registered();

  it('declares exactly the slash commands the app registers, with description and usage hint', () => {
    expect(app.commands).toEqual([COMMAND]);
    for (const manifest of [socket, http]) {
      expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(app.commands);
      for (const command of manifest.features.slash_commands) {
        expect(command.command.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeGreaterThan(10);
        expect(command.usage_hint).toMatch(/decide student=/);
      }
    }
  });

  it("has the commands, files:write (the chart upload) and users:read (the person's locale) scopes, a bot user, and interactivity for the button", () => {
    expect(app.actions).toEqual([POST_TO_CHANNEL_ACTION]);
    const button = JSON.stringify(answer('help').blocks);
    expect(button).toContain(POST_TO_CHANNEL_ACTION);
    for (const manifest of [socket, http]) {
      expect(manifest._metadata.major_version).toBe(1);
      // chat:write: the form's answer (chat.postEphemeral in its channel, or a direct message from the shortcut).
      expect(manifest.oauth_config.scopes.bot).toEqual(['chat:write', 'commands', 'files:write', 'users:read']);
      expect(manifest.features.bot_user.display_name).toBe('distilplan');
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
    }
  });

  it('declares the form shortcut, the form and the App Home tab the app registers, and nothing more', () => {
    expect(app.shortcuts).toEqual([FORM_SHORTCUT]);
    expect(app.views).toEqual([FORM_CALLBACK]);
    expect(app.events).toEqual(['app_home_opened']);
    for (const manifest of [socket, http]) {
      expect(manifest.features.shortcuts?.map((shortcut) => [shortcut.type, shortcut.callback_id])).toEqual([
        ['global', FORM_SHORTCUT],
      ]);
      expect(manifest.features.app_home?.home_tab_enabled).toBe(true);
      // Plus the two an OAuth install needs (registered with an installation store, test/bot/oauth.test.ts).
      expect(manifest.settings.event_subscriptions?.bot_events).toEqual([...app.events, ...INSTALL_EVENTS]);
    }
    expect(http.settings.event_subscriptions?.request_url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
  });

  it('runs Socket Mode from manifest.json and HTTP from the HTTP variant, with https URLs at /slack/events', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    for (const url of [
      ...http.features.slash_commands.map((command) => command.url),
      http.settings.interactivity.request_url,
      http.settings.event_subscriptions?.request_url,
    ]) {
      expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    }
  });

  it('differs between the two only in the mode and its URLs', () => {
    const strip = (manifest: Manifest): unknown =>
      JSON.parse(
        JSON.stringify(manifest, (key, value: unknown) =>
          ['url', 'request_url', 'redirect_urls', 'socket_mode_enabled'].includes(key) ? undefined : value,
        ),
      );
    expect(strip(http)).toEqual(strip(socket));
  });

  it('can be installed by any workspace or a whole Enterprise Grid org, and hears uninstalls and revocations', () => {
    for (const manifest of [socket, http]) {
      expect(manifest.settings.org_deploy_enabled).toBe(true);
      expect(manifest.settings.event_subscriptions?.bot_events).toEqual(expect.arrayContaining([...INSTALL_EVENTS]));
    }
    // OAuth's redirect comes back to the path Bolt's InstallProvider serves.
    expect(http.oauth_config.redirect_urls).toEqual([
      new URL('/slack/oauth_redirect', http.settings.interactivity.request_url).toString(),
    ]);
  });
});
