/**
 * A console logger with Bolt's Logger shape, so the receiver's own refusals
 * (replays, future timestamps) are logged even when no logger is passed.
 */
import { type Logger, LogLevel } from '@slack/bolt';

const ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

export function consoleLogger(level: LogLevel = LogLevel.INFO, name = 'distilplan'): Logger {
  let current = level;
  let prefix = name;
  const enabled = (wanted: LogLevel): boolean => ORDER.indexOf(wanted) >= ORDER.indexOf(current);
  const write =
    (wanted: LogLevel, sink: (...args: unknown[]) => void) =>
    (...messages: unknown[]): void => {
      if (enabled(wanted)) sink(`[${wanted.toUpperCase()}] ${prefix}`, ...messages);
    };
  return {
    debug: write(LogLevel.DEBUG, console.debug),
    info: write(LogLevel.INFO, console.info),
    warn: write(LogLevel.WARN, console.warn),
    error: write(LogLevel.ERROR, console.error),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      prefix = next;
    },
  };
}
