/**
 * The Dockerfile and compose.yaml, read as text and YAML (no container engine
 * runs here): a pinned Node 22 slim base, two stages, a production-only
 * install and the built bundle in the last one, a non-root user, a HEALTHCHECK
 * on /health, node itself as the process that gets SIGTERM, and no secret
 * baked in; compose runs two replicas of it next to one Redis they share.
 * The bundle itself (built here, in memory) loads nothing but Node built-ins and the
 * package's production dependencies, so `npm ci --omit=dev` is enough to run it.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { botBuildOptions } from '../../scripts/build-bot.mjs';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const dockerfile = instructions(read('Dockerfile'));
const arg = (name: string): string | undefined =>
  dockerfile.find((line) => line.op === 'ARG' && line.args.startsWith(`${name}=`))?.args.slice(name.length + 1);
/** The instructions of the last stage (the image that runs). */
const lastStage = dockerfile.slice(dockerfile.map((line) => line.op).lastIndexOf('FROM'));

describe('Dockerfile', () => {
  it('builds on one pinned Node 22 slim release, in two stages', () => {
    const froms = dockerfile.filter((line) => line.op === 'FROM').map((line) => line.args.split(' ')[0]!);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const images = froms.map((image) => (image === `\${NODE_IMAGE}` ? arg('NODE_IMAGE') : image));
    for (const image of images) expect(image).toMatch(/^node:22\.\d+\.\d+-[a-z]+-slim(@sha256:[0-9a-f]{64})?$/);
  });

  it('runs the esbuild bundle with production dependencies only, as the node user, with node as PID 1', () => {
    const runs = lastStage.filter((line) => line.op === 'RUN').map((line) => line.args);
    expect(runs.some((run) => /npm ci\b.*--omit=dev/.test(run))).toBe(true);
    expect(runs.join(' ')).not.toMatch(/build:bot|esbuild/);
    expect(lastStage.some((line) => line.op === 'COPY' && line.args === '--from=build /app/dist/bot ./dist/bot')).toBe(
      true,
    );
    // The chart font the bundle's renderer looks for beside dist/.
    expect(
      lastStage.some((line) => line.op === 'COPY' && line.args === '--from=build /app/render/fonts ./render/fonts'),
    ).toBe(true);
    // The build stage is the one that bundles.
    expect(dockerfile.some((line) => line.op === 'RUN' && line.args === 'npm run build:bot')).toBe(true);
    const user = lastStage.filter((line) => line.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(lastStage.find((line) => line.op === 'CMD')?.args).toBe('["node", "dist/bot/index.js"]');
    expect(lastStage.find((line) => line.op === 'STOPSIGNAL')?.args).toBe('SIGTERM');
  });

  it('checks its health on /health', () => {
    const check = lastStage.find((line) => line.op === 'HEALTHCHECK')?.args ?? '';
    expect(check).toContain('/health');
    expect(check).toMatch(/--interval=\d+s/);
  });

  it('bakes in no secret and copies no .env', () => {
    const settings = dockerfile.filter((line) => line.op === 'ENV' || line.op === 'ARG').map((line) => line.args);
    for (const setting of settings) expect(setting).not.toMatch(/SLACK_|SECRET|TOKEN|REDIS_URL|PASSWORD/i);
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toContain('.env');
    expect(ignored).toContain('node_modules');
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as {
    services: Record<string, Record<string, unknown>>;
  };
  const bot = compose.services.bot!;
  const environment = bot.environment as Record<string, string>;

  it('runs two replicas of the bot image next to one Redis they share', () => {
    expect((bot.deploy as { replicas: number }).replicas).toBe(2);
    expect(bot.build).toBe('.');
    expect(compose.services.redis?.image).toMatch(/^redis:\d+\.\d+\.\d+/);
    expect(environment.REDIS_URL).toBe('redis://redis:6379');
    expect(environment.LOG_FORMAT).toBe('json');
  });

  it('takes every secret from the environment, none written in the file', () => {
    for (const name of ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'])
      expect(environment[name]).toMatch(new RegExp(`^\\$\\{${name}[:?-]`));
  });

  it('gives the bot longer to stop than it takes to drain (10 s by default)', () => {
    expect(Number.parseInt(String(bot.stop_grace_period), 10)).toBeGreaterThan(10);
  });
});

describe('the bot bundle (dist/bot/, what the runtime stage copies)', () => {
  it('imports only Node built-ins and production dependencies: `npm ci --omit=dev && npm start` runs it', async () => {
    // Built in memory with the build's own options: what esbuild leaves to node_modules at run time.
    const result = await build({ ...botBuildOptions('/nonexistent/dist/bot'), write: false, metafile: true });
    const packages = new Set(
      Object.values(result.metafile!.outputs)
        .flatMap((output) => output.imports)
        .filter((entry) => entry.external)
        .map(({ path }) =>
          path
            .split('/')
            .slice(0, path.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    // The reading found the imports it must (else it could pass by finding none).
    expect([...packages]).toEqual(expect.arrayContaining(['@slack/bolt', '@redis/client', 'node:http']));
    const manifest = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const outside = [...packages].filter((name) => !builtins.has(name) && !Object.hasOwn(manifest.dependencies, name));
    expect(outside).toEqual([]);
  }, 60_000);
});
