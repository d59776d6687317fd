#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, resolved from this package (not the caller's folder).
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
