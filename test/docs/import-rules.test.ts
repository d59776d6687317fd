/**
 * The import rules README's Layout states (.dependency-cruiser.cjs, run by `npm run lint:imports`) catch what they
 * forbid: a small tree in a temporary folder breaks each rule once, beside imports the rules allow, and the
 * repository's own config must report exactly the broken ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** path → source; each file exports one constant so every import is used. */
const TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }),
  // Allowed: core → core, messages → core, cli/commands → cli/, listeners → answer/, tests and scripts → anything.
  'core/laws.ts': 'export const laws = 1;',
  'core/loop-a.ts': "import { b } from './loop-b.js';\nexport const a = b;",
  'core/loop-b.ts': "import type { a } from './loop-a.js';\nexport const b = 1;\nexport type A = typeof a;",
  'core/outside.ts': "import { words } from '../messages/words.js';\nexport const outside = words;",
  'core/builtin.ts': "import { readFileSync } from 'node:fs';\nexport const builtin = readFileSync;",
  'messages/words.ts': "import { laws } from '../core/laws.js';\nexport const words = laws;",
  'messages/drawn.ts': "import { chart } from '../render/chart.js';\nexport const drawn = chart;",
  'render/chart.ts': "import { ids } from '../bot/src/ids.js';\nexport const chart = ids;",
  'bot/src/ids.ts': 'export const ids = 1;',
  'bot/src/flags.ts': "import { flags } from '../../cli/flags.js';\nexport const botFlags = flags;",
  'bot/src/answer/answer.ts': "import { ids } from '../ids.js';\nexport const answer = ids;",
  'bot/src/blocks/up.ts': "import { answer } from '../answer/answer.js';\nexport const up = answer;",
  'bot/src/listeners/distil.ts': "import { answer } from '../answer/answer.js';\nexport const distil = answer;",
  'sheets-addon/src/cells.ts': "import { ids } from '../../bot/src/ids.js';\nexport const cells = ids;",
  'cli/flags.ts': 'export const flags = 1;',
  'cli/commands/decide.ts': "import { flags } from '../flags.js';\nexport const decide = flags;",
  'cli/commands/chart.ts': "import { decide } from './decide.js';\nexport const chart = decide;",
  'test/free.test.ts':
    "import { chart } from '../cli/commands/chart.js';\nimport { ids } from '../bot/src/ids.js';\nexport const free = [chart, ids];",
  'scripts/missing.ts': "import { nowhere } from './nowhere.js';\nexport const missing = nowhere;",
};

const EXPECTED = [
  'bot-reply-assembly-on-top: bot/src/blocks/up.ts → bot/src/answer/answer.ts',
  'cli-commands-are-leaves: cli/commands/chart.ts → cli/commands/decide.ts',
  'core-imports-only-core: core/builtin.ts → fs',
  'core-imports-only-core: core/outside.ts → messages/words.ts',
  'core-no-node-builtins: core/builtin.ts → fs',
  'faces-do-not-import-each-other: bot/src/flags.ts → cli/flags.ts',
  'faces-do-not-import-each-other: sheets-addon/src/cells.ts → bot/src/ids.ts',
  'messages-imports-only-core-and-messages: messages/drawn.ts → render/chart.ts',
  'no-circular: core/loop-a.ts → core/loop-b.ts',
  'not-to-unresolvable: scripts/missing.ts → ./nowhere.js',
  'render-imports-no-face: render/chart.ts → bot/src/ids.ts',
];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

const work = mkdtempSync(join(tmpdir(), 'distilplan-import-rules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the import rules', () => {
  it('report each broken rule, and nothing the rules allow', () => {
    for (const [path, source] of Object.entries(TREE)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), `${source}\n`);
    }
    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json', '.'],
      { cwd: work, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    expect(run.stderr).toBe('');
    const json = run.stdout;
    const violations = (JSON.parse(json) as { summary: { violations: Violation[] } }).summary.violations;
    const found = [...new Set(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`))].sort();
    expect(found).toEqual(EXPECTED);
  }, 60_000);
});
