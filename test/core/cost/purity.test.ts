import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const COST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'core', 'cost');

describe('core/cost is pure (runs in Apps Script too)', () => {
  const files = readdirSync(COST).filter((name) => name.endsWith('.ts'));

  it('imports only decimal.js and relative .js modules', () => {
    for (const name of files) {
      const source = readFileSync(join(COST, name), 'utf8');
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
        expect(spec === 'decimal.js' || (/^\.\.?\//.test(spec!) && spec!.endsWith('.js')), `${name}: ${spec}`).toBe(true);
      }
    }
  });

  it('uses no I/O, clock, process, async or global Decimal settings', () => {
    for (const name of files) {
      const code = readFileSync(join(COST, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, name).not.toMatch(/\bprocess\.|\bDate\b|\basync\b|\bawait\b|\brequire\(|Decimal\.set\(|Math\.random|\bIntl\b|\bfetch\(/);
    }
  });
});
