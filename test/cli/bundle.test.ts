/**
 * The CLI as shipped: bin/distilplan.mjs runs the esbuild bundle (dist/cli, built by the test setup), whose start
 * loads neither a TypeScript compiler nor what only one command needs (Vega, resvg and the font for charts; the
 * fitter for fit). The packed tarball holds the bin, the bundle and the chart font, and runs from where it is
 * unpacked (as after `npm i -g distilplan-*.tgz`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decide } from '../../core/index.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'cli');

/** The packages a bundle file imports statically, and the files of the bundle it imports statically. */
function staticImports(file: string): { packages: string[]; files: string[] } {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)";/gms)].map((match) => match[1]!);
  const sideEffects = [...source.matchAll(/^import\s*"([^"]+)";/gm)].map((match) => match[1]!);
  const all = [...specifiers, ...sideEffects];
  return {
    packages: all.filter((specifier) => !specifier.startsWith('.')),
    files: all.filter((specifier) => specifier.startsWith('.')).map((specifier) => join(file, '..', specifier)),
  };
}

/** The bundle files loaded before any command runs: main.js and what it imports statically, transitively. */
function filesAtStart(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file).files) visit(next);
  };
  visit(join(DIST, 'main.js'));
  return [...seen];
}

describe('the CLI bundle', () => {
  it('starts without tsx, Vega or resvg; the chart command loads them', () => {
    const atStart = filesAtStart();
    for (const file of atStart) {
      const source = readFileSync(file, 'utf8');
      // esbuild marks each bundled module with a comment naming its path.
      expect(source, file).not.toMatch(/\/\/ node_modules\/(vega|d3-|@resvg)/);
      expect(
        staticImports(file).packages.filter((name) => /tsx|vega|resvg/.test(name)),
        file,
      ).toEqual([]);
    }
    const main = readFileSync(join(DIST, 'main.js'), 'utf8');
    // Nothing left for a TypeScript loader: no import of a .ts file anywhere in what starts.
    for (const file of atStart)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(from\s*|import\()["'][^"']+\.ts["']/);
    const chunks = readdirSync(join(DIST, 'chunks')).map((name) => join(DIST, 'chunks', name));
    const chartChunk = chunks.find((file) => staticImports(file).packages.includes('@resvg/resvg-js'));
    expect(chartChunk).toBeDefined();
    expect(atStart).not.toContain(chartChunk);
    expect(readFileSync(chartChunk!, 'utf8')).toMatch(/\/\/ node_modules\/vega-lite\//);
    expect(main).toContain(`import("./chunks/${chartChunk!.split(/[\\/]/).pop()}")`);
  });

  it('bin/distilplan.mjs runs the bundle and answers as core does', async () => {
    const { stdout } = await run(
      process.execPath,
      ['bin/distilplan.mjs', 'decide', '--student-params', '1B', '--compute', '1e21', '--no-teacher', '--json'],
      { cwd: ROOT },
    );
    const answer = JSON.parse(stdout) as { distilLoss: number; flipCompute: number | null };
    const expected = decide({ studentParams: 1e9, compute: 1e21, teacher: { kind: 'none', students: 1 } });
    expect(answer.distilLoss).toBe(expected.distilLoss);
    expect(answer.flipCompute).toBe(expected.flipCompute);
  });
});

describe('the packed tarball', () => {
  const folder = mkdtempSync(join(tmpdir(), 'distilplan-pack-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('holds the bin, the bundle and the chart font, and draws a chart from where it is unpacked', async () => {
    // --ignore-scripts: the test setup already built dist/cli (prepack would build it again).
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], {
      cwd: ROOT,
    });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = packed!.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining(['bin/distilplan.mjs', 'dist/cli/main.js', 'render/fonts/NotoSansJP-chart.ttf']),
    );
    expect(paths.filter((path) => path.endsWith('.ts'))).toEqual([]);
    await run('tar', ['-xzf', join(folder, packed!.filename), '-C', folder]);
    const installed = join(folder, 'package');
    symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'));
    const png = join(folder, 'chart.png');
    await run(
      process.execPath,
      [
        join(installed, 'bin', 'distilplan.mjs'),
        'chart',
        '--student-params',
        '1B',
        '--compute',
        '1e21',
        '--no-teacher',
        '--lang',
        'ja',
        '--out',
        png,
      ],
      { cwd: folder },
    );
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });
});
