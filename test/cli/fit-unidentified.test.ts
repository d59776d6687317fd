/**
 * A fit that knows what it cannot pin down, through the CLI: the paper's Figure-1 runs (data/fig1) with every
 * distillation coefficient free name the unpinned coefficients (c1 runs to its bound, as Table 6's degenerate
 * c1 interval hints; A′ and B′ span decades) in `unidentified` and a warning that suggests --fix, and exit 0;
 * fixing them as suggested gives a fit with every free coefficient pinned. A set file records them, and a
 * decision under that set says so on its first screen.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-unidentified-'));
const FIG1 = path.join(dir, 'fig1.csv');
writeFileSync(
  FIG1,
  `student_params,student_tokens,teacher_loss,student_loss\n${readFileSync('data/fig1/fig1_measured.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .join('\n')}\n`,
);

describe('fit: unidentified coefficients', () => {
  it('the 8-run supervised pilot with every coefficient free warns in the text answer and exits 0', async () => {
    const text = await runCli(['fit', 'supervised', '--runs', 'examples/pilot-runs.csv', '--bootstrap', '60']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/warning: the runs cannot pin down [^\n]*--fix "[^"]+"/);
    const held = await runCli([
      'fit',
      'supervised',
      '--runs',
      'examples/pilot-runs.csv',
      '--bootstrap',
      '60',
      '--fix',
      'A,alpha,gamma',
      '--json',
    ]);
    expect(JSON.parse(held.stdout).unidentified).toEqual([]);
  });

  it('Figure-1 runs, every coefficient free: names them, warns with --fix, exits 0; the fix pins the fit', {
    timeout: 240_000,
  }, async () => {
    const out = path.join(dir, 'free.json');
    const free = await runCli(['fit', 'distil', '--runs', FIG1, '--bootstrap', '30', '--json', '--out', out]);
    expect(free.code).toBe(0);
    const json = JSON.parse(free.stdout);
    expect(json.unidentified).toEqual(expect.arrayContaining(["A'", "B'", 'c1']));
    expect(json.unidentified).not.toContain('d1');
    expect(json.unidentified).not.toContain('f1');
    const suggested = json.warnings[0].message.match(/--fix "([^"]+)"/)[1];
    expect(suggested.split(',')).toEqual(json.unidentified);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.fit.unidentified).toEqual(json.unidentified);

    const fixed = await runCli(['fit', 'distil', '--runs', FIG1, '--bootstrap', '30', '--fix', suggested, '--json']);
    expect(fixed.code).toBe(0);
    const pinned = JSON.parse(fixed.stdout);
    expect(pinned.unidentified).toEqual([]);
    expect(pinned.warnings).toEqual([]);
    for (const [low, high] of Object.values(pinned.intervals) as [number, number][]) {
      expect(high / low).toBeLessThan(1.2);
    }

    // A decision under the unpinned set says so on its first screen.
    const decision = await runCli([
      'decide',
      '--preset',
      out,
      '--student-params',
      '1B',
      '--compute',
      '1e20',
      '--teacher-loss',
      '2.1',
      '--teacher-params',
      '3B',
    ]);
    expect(decision.code).toBe(0);
    const firstScreen = decision.stdout.split('\n').slice(0, 3).join('\n');
    expect(firstScreen).toContain(`could not pin down ${json.unidentified.join(', ')}`);
  });
});
