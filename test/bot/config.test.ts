/** Which mode `npm start` picks from the environment. */
import { describe, expect, it } from 'vitest';
import { ConfigError, modeFromEnv } from '../../bot/src/config.js';

describe('modeFromEnv', () => {
  it('runs local mode with no Slack credentials, on PORT or 3000', () => {
    expect(modeFromEnv({})).toMatchObject({ kind: 'local', port: 3000 });
    expect(modeFromEnv({ PORT: '0', SLACK_APP_TOKEN: '  ' })).toMatchObject({ kind: 'local', port: 0 });
  });

  it('runs HTTP mode with a signing secret, and Socket Mode with an app token', () => {
    expect(modeFromEnv({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1', PORT: '8080' })).toMatchObject({
      kind: 'http',
      signingSecret: 's',
      token: 'xoxb-1',
      port: 8080,
    });
    expect(
      modeFromEnv({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }),
    ).toMatchObject({ kind: 'socket', appToken: 'xapp-1' });
  });

  it('points the Web API client at SLACK_API_URL', () => {
    expect(modeFromEnv({ SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api' }).clientOptions).toEqual({
      slackApiUrl: 'http://127.0.0.1:9/api/',
    });
  });

  it('refuses half a configuration with a message that names the variables but not their values', () => {
    expect(() => modeFromEnv({ SLACK_BOT_TOKEN: 'xoxb-secret-value' })).toThrow(ConfigError);
    expect(() => modeFromEnv({ SLACK_BOT_TOKEN: 'xoxb-secret-value' })).toThrow(
      /SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/,
    );
    expect(() => modeFromEnv({ SLACK_APP_TOKEN: 'xoxb-wrong-kind' })).toThrow(/xapp-/);
    expect(() => modeFromEnv({ SLACK_APP_TOKEN: 'xoxb-wrong-kind' })).not.toThrow(/wrong-kind/);
    expect(() => modeFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('warns, without the value, about a bot token of the wrong kind', () => {
    const mode = modeFromEnv({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxp-user-token' });
    expect(mode.warnings.join()).toContain('xoxb-');
    expect(mode.warnings.join()).not.toContain('user-token');
  });
});
