/**
 * `distilplan pilot` in-process: the JSON contract, --out files that `distilplan fit` reads once the losses are
 * filled in, Japanese output, and bad flags named. Simulations use 8 worlds (only shapes and agreement checked).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pilotDesignFor, RUN_COLUMNS } from '../../core/index.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-pilot-'));
const QUESTION = ['--student-params', '1B', '--compute', '1e21', '--teacher-params', '7B', '--teacher-loss', '2.1'];

describe('distilplan pilot', () => {
  it('prints the contract keys with --json and writes the runs for fit with --out', async () => {
    const out = path.join(dir, 'runs');
    const { code, stdout, stderr } = await runCli(['pilot', ...QUESTION, '--worlds', '8', '--json', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    for (const key of [
      'runs',
      'budgetFlops',
      'totalFlops',
      'totalCost',
      'share',
      'settledNow',
      'settledAfter',
      'predictionError',
      'stages',
    ])
      expect(plan).toHaveProperty(key);
    expect(plan.budgetFlops).toBe(1e21);
    expect(plan.share).toBe(0.05);
    expect(plan.totalFlops).toBeLessThanOrEqual(0.05e21);
    // The same design core gives for the question.
    const design = pilotDesignFor({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 7e9 },
    });
    expect(plan.runs.map((r: { params: number }) => r.params)).toEqual(design.runs.map((r) => r.params));
    for (const r of plan.runs) {
      expect(Object.keys(r).sort()).toEqual(
        r.kind === 'distil'
          ? ['cost', 'flops', 'kind', 'params', 'teacher', 'tokens']
          : ['cost', 'flops', 'kind', 'params', 'tokens'],
      );
      expect(Number(r.cost.base)).toBeGreaterThan(0);
    }
    expect(plan.stages.map((s: { kind: string }) => s.kind)).toEqual(['pilot', 'middle', 'decision']);
    expect(plan.stages[0].rules.map((r: { code: string }) => r.code)).toEqual(['stop-if-off-law', 'go-if-settled']);

    const supervised = readFileSync(path.join(out, 'supervised.csv'), 'utf8').trim().split('\n');
    const distil = readFileSync(path.join(out, 'distil.csv'), 'utf8').trim().split('\n');
    expect(supervised[0]).toBe(RUN_COLUMNS.supervised.join(','));
    expect(distil[0]).toBe(RUN_COLUMNS.distillation.join(','));
    expect(supervised.length - 1 + distil.length - 1).toBe(plan.runs.length);
    expect(supervised[1]).toMatch(/^\d+,\d+,$/);
    expect(distil[1]).toMatch(/^\d+,\d+,,$/);
    // Distilled from the existing teacher: its given loss is already the teacher_loss.
    expect(distil.at(-1)).toMatch(/^\d+,\d+,2\.1,$/);
    // Blank losses are refused by fit, naming the cell; filled in, fit reads the file.
    const unfilled = await runCli([
      'fit',
      'supervised',
      '--runs',
      path.join(out, 'supervised.csv'),
      '--bootstrap',
      '0',
    ]);
    expect(unfilled.code).toBe(2);
    expect(unfilled.stderr).toMatch(/loss/);
    const filled = path.join(dir, 'filled.csv');
    writeFileSync(
      filled,
      `${[supervised[0], ...supervised.slice(1).map((line, i) => `${line}${(3 + 0.01 * i).toFixed(3)}`)].join('\n')}\n`,
    );
    const fitted = await runCli([
      'fit',
      'supervised',
      '--runs',
      filled,
      '--bootstrap',
      '0',
      '--fix',
      'gamma',
      '--json',
    ]);
    expect(fitted.code).toBe(0);
    expect(JSON.parse(fitted.stdout).runs).toBe(supervised.length - 1);
  }, 120_000);

  it('answers in Japanese with --lang ja', async () => {
    const { code, stdout } = await runCli(['pilot', ...QUESTION, '--worlds', '8', '--lang', 'ja']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('まずパイロットから');
    expect(stdout.split('\n')[1]).toMatch(/^27 本の実験からなるパイロットの費用は [\d.,]+ドル.*確定します/);
    expect(stdout).toContain('段階的な計画');
    expect(stdout).toContain('distilplan fit distil');
  }, 120_000);

  it('refuses a bad share or noise, naming the flag', async () => {
    for (const [flag, value] of [
      ['--pilot-share', '80%'],
      ['--pilot-share', 'lots'],
      ['--noise', '-1%'],
    ]) {
      const { code, stdout, stderr } = await runCli(['pilot', ...QUESTION, flag!, value!]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(flag);
    }
  });
});
