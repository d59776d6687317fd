/**
 * The logger: one JSON object per line with LOG_FORMAT=json, LOG_LEVEL
 * respected, and nothing secret written — the exact secrets it was given,
 * token-shaped strings and the credentials inside a URL — whatever quotes them.
 */
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger, forLibraries } from '../../bot/src/logger.js';

function capture(settings: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({ ...settings, write: (line) => void lines.push(line) });
  return { logger, lines };
}

describe('logger', () => {
  it('writes one parseable JSON object per line, with the fields of a record', () => {
    const { logger, lines } = capture({ format: 'json' });
    logger.info('started', { port: 3000 });
    logger.record(LogLevel.INFO, 'request', {
      request_id: 'r1',
      kind: 'command:help',
      latency_ms: 1.5,
      outcome: 'answered',
    });
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records[0]).toMatchObject({ level: 'info', name: 'distilplan', msg: 'started {"port":3000}' });
    expect(records[1]).toMatchObject({ msg: 'request', request_id: 'r1', latency_ms: 1.5, outcome: 'answered' });
    expect(Number.isNaN(Date.parse(String(records[1]!.time)))).toBe(false);
  });

  it('writes nothing below LOG_LEVEL', () => {
    const { logger, lines } = capture({ level: LogLevel.WARN });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines).toEqual(['[WARN] distilplan w', '[ERROR] distilplan e']);
  });

  it('masks the secrets it was given, Slack tokens and URL credentials, in text and in JSON', () => {
    for (const format of ['text', 'json'] as const) {
      const { logger, lines } = capture({ format, secrets: ['signing-secret-value', undefined, ''] });
      logger.error(
        'failed with signing-secret-value and xoxb-1-2-abc and xapp-1-A-2 at redis://user:pa55word@redis:6379/0 via https://u:p@proxy.example/api/',
      );
      const line = lines.join('\n');
      for (const secret of ['signing-secret-value', 'xoxb-1-2-abc', 'xapp-1-A-2', 'pa55word', 'u:p@'])
        expect(line).not.toContain(secret);
      expect(line).toContain('redis://[redacted]@redis:6379/0');
    }
  });

  it('masks a secret holding a quote or a backslash, which JSON writes escaped, also inside a logged object', () => {
    const secret = 'state"secret\\with-0123456789';
    for (const format of ['text', 'json'] as const) {
      const { logger, lines } = capture({ format, secrets: [secret] });
      logger.error(`failed with ${secret}`);
      logger.warn('settings', { stateSecret: secret });
      const escaped = JSON.stringify(secret).slice(1, -1);
      const twice = JSON.stringify(escaped).slice(1, -1);
      for (const line of lines) for (const form of [secret, escaped, twice]) expect(line).not.toContain(form);
      expect(lines.join('\n')).toContain('[redacted]');
    }
  });

  it('hands Bolt a view that drops its debug dumps of request bodies but keeps the rest', () => {
    const { logger, lines } = capture({ level: LogLevel.DEBUG });
    const bolt = forLibraries(logger);
    bolt.debug('{"text":"decide student=1B","token":"legacy"}');
    bolt.debug({ text: 'typed' });
    bolt.debug('Conversation context not loaded');
    bolt.setLevel(LogLevel.ERROR);
    bolt.warn('still written');
    expect(lines).toEqual(['[DEBUG] distilplan Conversation context not loaded', '[WARN] distilplan still written']);
  });
});
