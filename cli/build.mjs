// Builds the CLI into dist/cli/ with esbuild: one ES module for the commands and core, and separate chunks for
// what only one command needs (the chart renderer with Vega, resvg and the font; the fitter), which the commands
// import when they run. bin/distilplan.mjs runs dist/cli/main.js: no TypeScript is compiled at start.
// npm packages are bundled too (Vega alone is ~50 ES modules node would otherwise resolve and load one by one),
// except resvg, a native module node loads from node_modules, and the optional canvas Vega never needs here.

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
    external: ['@resvg/resvg-js', 'canvas'],
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      // Bundled CommonJS packages (commander) require node built-ins: an ES module has no require of its own.
      js: [
        '// distilplan CLI. Built file: edit cli/, core/, messages/ or render/ and run npm run build:cli.',
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join('\n'),
    },
    logLevel: 'warning',
  });
  const { size } = await stat(join(CLI_OUT_DIR, 'main.js'));
  return `${relative(root, join(CLI_OUT_DIR, 'main.js'))}: ${(size / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await buildCli());
