#!/usr/bin/env node
// Runs the CLI as built by esbuild (npm run build:cli → dist/cli/main.js): plain JavaScript, no compiler at start.
// Resolved from this package, not the caller's folder.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22 keeps V8's compiled code between runs (in the system's temporary folder); Node 20 has no such cache.
module.enableCompileCache?.();
const bundle = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('distilplan: the CLI is not built; run npm run build:cli in the distilplan folder\n');
  process.exit(1);
}
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2));
