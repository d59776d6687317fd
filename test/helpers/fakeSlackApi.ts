/**
 * A local fake of Slack's Web API on 127.0.0.1 (SLACK_API_URL points at it):
 * oauth.v2.access exchanges a code for a workspace's (or an org's) bot token,
 * auth.test names the bot, users.info answers a locale, views.open and chat.post* say ok. Every call is recorded
 * with the token it carried, so a test can tell which workspace's token was used.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Grant {
  token: string;
  team?: { id: string; name: string };
  enterprise?: { id: string; name: string };
  org?: boolean;
}

export interface ApiCall {
  method: string;
  token?: string;
  params: Record<string, string>;
}

export interface FakeSlackApi {
  /** Ends in /api/, as SLACK_API_URL. */
  url: string;
  calls: ApiCall[];
  /** Code → what installing with it grants. */
  grants: Map<string, Grant>;
  /** users.info: the locale answered, and an optional hold before answering. */
  locale: string;
  hold?: Promise<void>;
  close(): Promise<void>;
}

async function formOf(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const fake: Omit<FakeSlackApi, 'url' | 'close'> = { calls: [], grants: new Map(), locale: 'en-US' };
  const server: Server = createServer(async (request, response) => {
    const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const params = await formOf(request);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    fake.calls.push({ method, token: bearer ?? params.token, params });
    const reply = (body: object): void => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (method === 'oauth.v2.access') {
      const grant = fake.grants.get(params.code ?? '');
      if (!grant || params.client_secret !== 'test-client-secret-not-real')
        return reply({ ok: false, error: 'invalid_code' });
      return reply({
        ok: true,
        app_id: 'A0DISTIL',
        access_token: grant.token,
        token_type: 'bot',
        scope: 'commands,files:write,users:read',
        bot_user_id: 'U0BOT',
        team: grant.org ? null : grant.team,
        enterprise: grant.enterprise ?? null,
        is_enterprise_install: grant.org === true,
        authed_user: { id: 'U0ADMIN' },
      });
    }
    if (method === 'auth.test')
      return reply({ ok: true, bot_id: 'B0BOT', user_id: 'U0BOT', url: 'https://example.enterprise.slack.com/' });
    if (method === 'users.info') {
      await fake.hold;
      return reply({ ok: true, user: { id: params.user, locale: fake.locale } });
    }
    // The question form: opening a modal and posting its answer.
    if (['views.open', 'chat.postEphemeral', 'chat.postMessage'].includes(method)) return reply({ ok: true });
    reply({ ok: false, error: 'unknown_method' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(fake, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as FakeSlackApi;
}
