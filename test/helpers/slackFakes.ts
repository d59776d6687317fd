/**
 * Fakes for Bolt tests without HTTP: a receiver that hands events straight to
 * app.processEvent (bolt-js's own FakeReceiver pattern), and listener
 * arguments with vi.fn() ack/respond/logger.
 */
import type { App, Logger, Receiver, ReceiverEvent } from '@slack/bolt';
import { vi } from 'vitest';

export class FakeReceiver implements Receiver {
  private app?: App;

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Delivers a body as Slack would and returns what the listener acked. */
  async send(body: Record<string, unknown>): Promise<unknown> {
    let acked: unknown;
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        acked = response;
      },
    };
    await this.app!.processEvent(event);
    return acked;
  }
}

export function fakeLogger(): Logger & { [K in 'debug' | 'info' | 'warn' | 'error']: ReturnType<typeof vi.fn> } {
  return {
    debug: vi.fn(),
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
    setLevel: vi.fn(),
    getLevel: vi.fn(),
    setName: vi.fn(),
  } as never;
}

export function commandBody(text: string): Record<string, string> {
  return {
    token: 'legacy',
    command: '/distil',
    text,
    user_id: 'U0ALICE',
    user_name: 'alice',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: 'C0TEST',
    channel_name: 'planning',
    api_app_id: 'A0TEST',
    trigger_id: '1.2.3',
    response_url: 'https://hooks.slack.com/commands/T0TEST/1/abc',
  };
}
