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

  it('runs OAuth installs with the three SLACK_CLIENT_* / SLACK_STATE_SECRET variables and REDIS_URL', () => {
    const env = {
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'client-secret-value',
      SLACK_STATE_SECRET: 'a-state-secret-of-32-characters!!',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    expect(modeFromEnv(env)).toMatchObject({
      kind: 'http',
      oauth: { clientId: '1.2', clientSecret: 'client-secret-value' },
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(modeFromEnv(env).warnings).toEqual([]);
    expect(() => modeFromEnv({ ...env, SLACK_CLIENT_SECRET: '' })).toThrow(/SLACK_CLIENT_SECRET/);
    expect(() => modeFromEnv({ ...env, REDIS_URL: '' })).toThrow(/REDIS_URL/);
    expect(() => modeFromEnv({ ...env, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/either SLACK_BOT_TOKEN/);
    expect(() => modeFromEnv({ ...env, SLACK_STATE_SECRET: 'short' })).toThrow(/16 characters/);
    expect(() => modeFromEnv({ ...env, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/HTTP mode/);
    expect(() => modeFromEnv({ ...env, SLACK_CLIENT_SECRET: '' })).not.toThrow(/client-secret-value/);
  });

  it('reads LOG_FORMAT, LOG_LEVEL and SHUTDOWN_TIMEOUT_MS, refusing other values by name', () => {
    expect(modeFromEnv({})).toMatchObject({ log: { format: 'text', level: 'info' }, shutdownTimeoutMs: 10_000 });
    expect(modeFromEnv({ LOG_FORMAT: 'JSON', LOG_LEVEL: 'warn', SHUTDOWN_TIMEOUT_MS: '2500' })).toMatchObject({
      log: { format: 'json', level: 'warn' },
      shutdownTimeoutMs: 2500,
    });
    expect(() => modeFromEnv({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be text or json/);
    expect(() => modeFromEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be debug, info, warn or error/);
    expect(() => modeFromEnv({ SHUTDOWN_TIMEOUT_MS: '-1' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  it('serves /health and /ready on PORT in Socket Mode', () => {
    expect(modeFromEnv({ SLACK_APP_TOKEN: 'xapp-1', PORT: '8081' })).toMatchObject({ kind: 'socket', port: 8081 });
  });
});
