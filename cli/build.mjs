// Builds the CLI into dist/cli/ with esbuild: one ES module for the commands and core, and separate chunks for
// what only one command needs (the chart renderer with Vega, resvg and the font; the fitter), which the commands
// import when they run. bin/distilplan.mjs runs dist/cli/main.js: no TypeScript is compiled at start.
// npm packages stay outside the bundle (resvg is a native module); node resolves them from node_modules.

import { rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
export const CLI_OUT_DIR = join(root, 'dist', 'cli');

export async function buildCli() {
  await rm(CLI_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { main: join(here, 'main.ts') },
    outdir: CLI_OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: '// distilplan CLI. Built file: edit cli/, core/, messages/ or render/ and run npm run build:cli.' },
    logLevel: 'warning',
  });
  const { size } = await stat(join(CLI_OUT_DIR, 'main.js'));
  return `${relative(root, join(CLI_OUT_DIR, 'main.js'))}: ${(size / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await buildCli());
