/**
 * `distilplan chart` and `decide --chart`, in-process through run(): the file is written in the format its
 * extension names, at the size asked, with the decide answer's numbers; bad flags exit 2 naming the flag.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_COLOURS, decide } from '../../core/index.js';
import { runCli } from '../helpers/cli.js';
import { countColour, decodePng } from '../helpers/png.js';

const dir = mkdtempSync(join(tmpdir(), 'distilplan-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUESTION = ['--student-params', '1B', '--compute', '1e21', '--teacher-loss', '2.1', '--teacher-params', '3B'];

describe('distilplan chart', () => {
  it('writes a PNG of the asked size with both curves', async () => {
    const out = join(dir, 'answer.png');
    const result = await runCli(['chart', ...QUESTION, '--out', out, '--width', '640', '--height', '400']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`chart written to ${out}\n`);
    const image = decodePng(readFileSync(out));
    expect([image.width, image.height]).toEqual([640, 400]);
    expect(countColour(image, CHART_COLOURS.distilled)).toBeGreaterThan(300);
    expect(countColour(image, CHART_COLOURS.direct)).toBeGreaterThan(300);
  }, 120_000); // a PNG render on a loaded 2-core machine

  it('writes SVG for .svg, in Japanese with --lang ja, with a money axis for a money budget', async () => {
    const out = join(dir, 'answer.svg');
    const result = await runCli([
      'chart',
      ...['--student-params', '1B', '--budget', '$200k', '--no-teacher', '--students', '8', '--gpu', 'h100'],
      ...['--out', out, '--lang', 'ja'],
    ]);
    expect(result.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('判定が変わる予算 1.4e19');
    expect(svg).toContain('費用（h100-sxm、$3.99/GPU時間、lambda オンデマンド 2026-10-06 時点、MFU 40%）');
  });

  it('decide --chart prints the answer and writes the chart of that answer', async () => {
    const out = join(dir, 'decide.svg');
    const result = await runCli(['decide', ...QUESTION, '--chart', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Read as: 1B student, .*\nCLOSE CALL: .*\nDistil wins in \d+% .*\n(.*\n)+distilled [\d.]+ vs direct [\d.]+ \(/,
    );
    expect(result.stdout.trimEnd().endsWith(`chart written to ${out}`)).toBe(true);
    const decision = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 },
    });
    expect(readFileSync(out, 'utf8')).toContain(`flip ${decision.flipCompute!.toExponential(1).replace('e+', 'e')}`);
  });

  it.each([
    [['--out', join(dir, 'x.jpg')], '--out ".jpg" is not a chart format'],
    [['--out', join(dir, 'x')], '--out has no extension'],
    [['--out', join(dir, 'x.png'), '--width', '50'], '--width must be ≥ 200'],
    [['--out', join(dir, 'x.png'), '--height', '400.5'], '--height must be a whole number of pixels'],
  ])('refuses %j: exit 2, the flag named, nothing written', async (flags, message) => {
    const result = await runCli(['chart', ...QUESTION, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(existsSync(flags[1]!)).toBe(false);
  });

  it('decide --chart with a bad extension prints no answer', async () => {
    const result = await runCli(['decide', ...QUESTION, '--chart', join(dir, 'y.gif')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('--chart ".gif" is not a chart format');
  });
});
