/**
 * One line about an error for the logs: its name, message and the top of its
 * stack. Never the request, context or headers (they carry tokens), and with
 * anything shaped like a Slack token or signature masked in case a message
 * quoted one.
 */
const SECRET_SHAPES = /\b(?:xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|v0=[0-9a-f]{16,})\b/g;

export function redact(text: string): string {
  return text.replace(SECRET_SHAPES, '[redacted]');
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  const where = (error.stack ?? '')
    .split('\n')
    .slice(1, 4)
    .map((line) => line.trim())
    .join(' | ');
  return redact(`${error.name}: ${error.message}${where ? ` @ ${where}` : ''}`);
}

/** Slack's error code of a failed Web API call (`data.error`), read as an own property only. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !Object.hasOwn(error, 'data')) return undefined;
  const data = (error as { data: unknown }).data;
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'error')) return undefined;
  const code = (data as { error: unknown }).error;
  return typeof code === 'string' ? code : undefined;
}
