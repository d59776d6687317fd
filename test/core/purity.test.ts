/**
 * core/ is bundled into Apps Script as is: no Node built-ins, no I/O, no
 * clock, no async, no mutable globals. Checked two ways: by bundling it for a
 * neutral platform (a Node import would fail to resolve) and by reading it.
 */

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/sourceStrings.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORE = join(ROOT, 'core');

describe('core is pure', () => {
  const files = sourceFiles(CORE);

  it('bundles for a neutral platform with decimal.js as its only dependency', async () => {
    const result = await build({
      entryPoints: [join(CORE, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'neutral',
      format: 'esm',
      mainFields: ['module', 'main'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const outside = inputs.filter(
      (input) => !input.startsWith('core/') && !input.startsWith('node_modules/decimal.js/'),
    );
    expect(outside).toEqual([]);
  });

  it('imports only decimal.js and relative .js modules', () => {
    for (const file of files) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        expect(
          spec === 'decimal.js' || (/^\.\.?\//.test(spec!) && spec!.endsWith('.js')),
          `${relative(ROOT, file)}: ${spec}`,
        ).toBe(true);
      }
    }
  });

  it('uses no I/O, clock, randomness, process, async or global Decimal settings', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, relative(ROOT, file)).not.toMatch(
        /\bprocess\.|\bDate\b|\basync\b|\bawait\b|\brequire\(|Decimal\.set\(|Math\.random|\bIntl\b|\bfetch\(|\bconsole\./,
      );
    }
  });

  it('keeps no mutable state at module level', () => {
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, relative(ROOT, file)).not.toMatch(/^(export )?(let|var) /m);
    }
  });
});
