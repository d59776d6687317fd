/**
 * The bot's logger, with Bolt's Logger shape so Bolt, @slack/oauth and our own
 * code write through it. Two formats: plain lines for a terminal (default) and
 * one JSON object per line for a log pipeline (LOG_FORMAT=json); LOG_LEVEL
 * (debug, info, warn, error) chooses how much.
 *
 * Whatever is written passes one filter first: the exact secrets the process
 * was given (signing secret, client secret, state secret, tokens) are masked,
 * so are token-shaped strings and the user:password part of any URL (REDIS_URL,
 * SLACK_API_URL may carry credentials). Bolt's own debug lines print whole
 * request bodies (the person's text, a legacy token), so Bolt and the installer
 * get a view of this logger that drops those (`forLibraries`).
 */
import { type Logger, LogLevel } from '@slack/bolt';
import { redact } from './listeners/log.js';

export type LogFormat = 'text' | 'json';

const ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** scheme://user:password@host → scheme://[redacted]@host */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@"']*@/gi;

export interface LoggerSettings {
  level?: LogLevel;
  format?: LogFormat;
  name?: string;
  /** Exact values never to write (secrets and tokens from the environment). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; default stdout for debug/info, stderr for warn/error. */
  write?: (line: string, level: LogLevel) => void;
}

/** A Logger that can also write one structured record (the per-request line). */
export interface AppLogger extends Logger {
  record(
    level: LogLevel,
    message: string,
    fields: Readonly<Record<string, string | number | boolean | undefined>>,
  ): void;
}

export function createLogger(settings: LoggerSettings = {}): AppLogger {
  let current = settings.level ?? LogLevel.INFO;
  let name = settings.name ?? 'distilplan';
  const format = settings.format ?? 'text';
  const secrets = (settings.secrets ?? [])
    .filter((value): value is string => typeof value === 'string' && value.length >= 4)
    // A logged object is written as JSON: a secret with a quote or a backslash appears escaped there.
    .flatMap((secret) => [...new Set([secret, JSON.stringify(secret).slice(1, -1)])]);
  const write = settings.write ?? defaultWrite;
  const clean = (text: string): string => {
    let out = redact(text).replace(URL_CREDENTIALS, '$1[redacted]@');
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
  const enabled = (wanted: LogLevel): boolean => ORDER.indexOf(wanted) >= ORDER.indexOf(current);
  const emit = (level: LogLevel, message: string, fields: Record<string, unknown> = {}): void => {
    if (!enabled(level)) return;
    if (format === 'json') {
      const record = { time: new Date().toISOString(), level, name, msg: message, ...fields };
      // Each value is cleaned before JSON escapes it (a quote in a secret would no longer match).
      write(
        JSON.stringify(record, (_key, value: unknown) => (typeof value === 'string' ? clean(value) : value)),
        level,
      );
      return;
    }
    const extra = fieldsText(fields);
    write(clean(`[${level.toUpperCase()}] ${name} ${message}${extra ? ` ${extra}` : ''}`), level);
  };
  const at =
    (level: LogLevel) =>
    (...messages: unknown[]): void =>
      emit(level, messages.map(textOf).join(' '));
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    record: (level, message, fields) => emit(level, message, fields),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}

/** The terminal logger used before the environment is read, and by tests. */
export function consoleLogger(level: LogLevel = LogLevel.INFO, name = 'distilplan'): AppLogger {
  return createLogger({ level, name });
}

/**
 * The same logger for Bolt and @slack/oauth, except that a debug line dumping a whole payload (Bolt writes
 * JSON.stringify(body), with the person's text) is dropped, and they cannot change our level.
 */
export function forLibraries(logger: Logger): Logger {
  return {
    debug: (...messages) => {
      if (!messages.some((message) => typeof message === 'object' || /^\s*[[{]/.test(String(message))))
        logger.debug(...messages);
    },
    info: (...messages) => logger.info(...messages),
    warn: (...messages) => logger.warn(...messages),
    error: (...messages) => logger.error(...messages),
    setLevel: () => {},
    getLevel: () => logger.getLevel(),
    setName: () => {},
  };
}

/** A record's fields as a text line writes them: `key=value` pairs, absent ones left out. */
export function fieldsText(fields: Readonly<Record<string, unknown>>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

export function parseLogLevel(text: string | undefined): LogLevel | undefined {
  const wanted = text?.trim().toLowerCase();
  return ORDER.find((level) => level === wanted);
}

function textOf(message: unknown): string {
  if (typeof message === 'string') return message;
  if (message instanceof Error) return `${message.name}: ${message.message}`;
  try {
    return JSON.stringify(message) ?? String(message);
  } catch {
    return String(message);
  }
}

function defaultWrite(line: string, level: LogLevel): void {
  if (level === LogLevel.WARN || level === LogLevel.ERROR) process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}
