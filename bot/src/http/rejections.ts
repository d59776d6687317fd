/**
 * The log of refused requests, rate-limited: a flood of forged requests must
 * not become a flood of log lines (one WARN per request reached 5,600 lines a
 * second). The first refusal of each reason in an interval is logged at once;
 * the rest are counted and reported as one line per reason when the interval ends.
 * Only the reason is logged: never a signature, a header value or the body.
 */
import type { Logger } from '@slack/bolt';

interface Count {
  lastLogged: number;
  suppressed: number;
}

export class RejectionLog {
  private readonly counts = new Map<string, Count>();
  private timer: NodeJS.Timeout | undefined;
  /** Every refusal since start, by reason (for tests and the bench). */
  readonly totals = new Map<string, number>();

  constructor(
    private readonly logger: Logger | undefined,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  record(status: number, reason: string): void {
    const key = `${status} ${reason}`;
    this.totals.set(key, (this.totals.get(key) ?? 0) + 1);
    const count = this.counts.get(key) ?? { lastLogged: Number.NEGATIVE_INFINITY, suppressed: 0 };
    this.counts.set(key, count);
    const now = this.now();
    if (now - count.lastLogged >= this.intervalMs) {
      count.lastLogged = now;
      this.logger?.warn(`Refused a request (${status}): ${reason}`);
      return;
    }
    count.suppressed += 1;
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs).unref();
  }

  /** One line per reason for the refusals not yet logged. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    for (const [key, count] of this.counts) {
      if (count.suppressed === 0) continue;
      const [status, ...reason] = key.split(' ');
      this.logger?.warn(
        `Refused ${count.suppressed} more requests (${status}) in the last ${Math.round(this.intervalMs / 1000)} s: ${reason.join(' ')}`,
      );
      count.suppressed = 0;
      count.lastLogged = now;
    }
  }

  close(): void {
    this.flush();
  }
}
