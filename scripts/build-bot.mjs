// Bundles the Slack bot (bot/src/index.ts and everything it imports from core/, messages/, render/) into
// dist/bot/ with esbuild, so production runs plain `node dist/bot/index.js`: no TypeScript loader, no npm or
// shell between the supervisor's signal and the process that must drain. npm packages stay external and
// are loaded from node_modules (`npm ci --omit=dev` installs them).
//
//   node scripts/build-bot.mjs              build
//   node scripts/build-bot.mjs --if-needed  build when the sources and esbuild are there (a clone); in an image
//                                           that holds only the bundle, use it, or say how to get one
import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BOT_BUNDLE = join(root, 'dist', 'bot', 'index.js');

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return undefined;
  }
}

/** esbuild's options for the bundle; the deploy test builds with them in memory to read what the bundle imports. */
export function botBuildOptions(outdir) {
  return {
    // The chart thread (render/pool.ts) loads worker.js from beside the bundle: without it shares draw on the main thread.
    entryPoints: { index: join(root, 'bot', 'src', 'index.ts'), worker: join(root, 'render', 'worker.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  };
}

// Run as a script (npm run build:bot, prestart); imported, it only lends its options.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

async function main() {
  const ifNeeded = process.argv.includes('--if-needed');
  const entry = join(root, 'bot', 'src', 'index.ts');
  const esbuild = existsSync(entry) ? await loadEsbuild() : undefined;
  if (!esbuild) {
    if (ifNeeded && existsSync(BOT_BUNDLE)) process.exit(0);
    console.error(
      'The bot bundle dist/bot/index.js is missing and esbuild is not installed: run `npm ci` then `npm run build:bot` (the container image builds it in its first stage).',
    );
    process.exit(1);
  }
  // Built beside the old bundle and swapped in, so a bot starting meanwhile never finds dist/bot/ half written.
  const outdir = join(root, 'dist', 'bot');
  const fresh = `${outdir}.build-${process.pid}`;
  const old = `${outdir}.old-${process.pid}`;
  await esbuild.build(botBuildOptions(fresh));
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(fresh, outdir);
  rmSync(old, { recursive: true, force: true });
}
