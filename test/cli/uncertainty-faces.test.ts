/**
 * The uncertainty as a person sees it, on the CLI as built (bin/distilplan.mjs, a real process): `law --preset`
 * bands from the set's plausible laws with extrapolation warnings; serving priced with the workspace's
 * DISTILPLAN_RATES (not asked again); compare names no best on a tie; the decide first screen carries the
 * share of plausible laws and the evidence meter.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flopsPerToken, supervisedLoss } from '../../core/index.js';
import { spawnCliSync } from '../helpers/cli.js';

describe('law --preset: a 90% interval from the plausible laws', () => {
  it('a set fitted with a bootstrap gives a band around the point law; outside its runs, a warning', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'distilplan-band-')), 'pilot.json');
    const fit = spawnCliSync([
      'fit',
      'supervised',
      '--runs',
      'examples/pilot-runs.csv',
      '--fix',
      'A,alpha,gamma',
      '--out',
      out,
    ]);
    expect(fit.code, fit.stderr).toBe(0);
    const json = JSON.parse(
      spawnCliSync(['law', 'supervised', '--params', '1B', '--tokens', '20B', '--preset', out, '--json']).stdout,
    );
    const [low, high] = json.interval;
    expect(low).toBeLessThan(json.loss);
    expect(high).toBeGreaterThan(json.loss);
    expect(high - low).toBeGreaterThan(1e-4);
    expect(json.uncertainty.source.basis).toContain('bootstrap');
    const text = spawnCliSync(['law', 'supervised', '--params', '100B', '--tokens', '2T', '--preset', out]);
    expect(text.stdout).toMatch(/90% interval +\d\.\d{4}–\d\.\d{4} nats\/token over 200 plausible laws/);
    expect(text.stdout).toContain('warning: supervised model size 100B is outside the fitted range');
  });

  it('the default set: the distilled band is non-zero and holds the point law', () => {
    const args = ['law', 'distil', '--student-params', '1B', '--tokens', '20B', '--teacher-loss', '1.9', '--json'];
    const json = JSON.parse(spawnCliSync(args).stdout);
    expect(json.interval[0]).toBeLessThan(json.loss);
    expect(json.interval[1]).toBeGreaterThan(json.loss);
    expect(json.uncertainty.samples).toBe(200);
  });
});

describe('serving with the workspace rate', () => {
  it('DISTILPLAN_RATES prices training and serving in yen without asking for --rate', () => {
    const args = [
      'decide',
      '--student-params',
      '1B',
      '--budget',
      '¥3M',
      '--teacher-params',
      '7B',
      '--teacher-tokens',
      '2T',
      '--serve-tokens-per-day',
      '2B',
      '--serve-days',
      '365',
    ];
    const refused = spawnCliSync(args);
    expect(refused.code).toBe(2);
    const answer = spawnCliSync([...args, '--json'], { rates: 'JPY=150@2026-11-01' });
    expect(answer.code, answer.stderr).toBe(0);
    const json = JSON.parse(answer.stdout);
    expect(json.serving.currency).toBe('JPY');
    expect(Number(json.serving.serving.cost.base)).toBeGreaterThan(0);
    expect(json.serving.assumptions.serving.currency).toMatchObject({ code: 'JPY', rateSource: 'workspace' });
  });
});

describe('compare: no best on a tie', () => {
  it('two identical students: best is null and the title says there is no clear best', () => {
    const json = JSON.parse(
      spawnCliSync(['compare', '--student-params', '1B', '1B', '--compute', '1e21', '--json']).stdout,
    );
    expect(json.best).toBeNull();
    const text = spawnCliSync(['compare', '--student-params', '1B', '1B', '--compute', '1e21']).stdout;
    expect(text.split('\n')[0]).toBe('Read as: 1B and 1B students, 1e21 budget');
    expect(text.split('\n')[1]).toMatch(/^Compare 2: no clear best/);
  });

  it('a clear difference names the lower-loss student', () => {
    const json = JSON.parse(
      spawnCliSync(['compare', '--student-params', '300M', '3B', '--compute', '1e22', '--json']).stdout,
    );
    expect(json.best).toBe('3B');
    expect(json.bestShare).toBeGreaterThanOrEqual(0.9);
    // 300M trained directly never reaches 3B's loss, at any token count.
    expect(json.qualityGaps.find((g: { name: string }) => g.name === '300M').reach).toBeNull();
  });

  it('a gap that direct training can close: its tokens reach the best loss, its compute and money by hand', () => {
    const json = JSON.parse(
      spawnCliSync(['compare', '--student-params', '1B', '3B', '--compute', '1e21', '--json']).stdout,
    );
    const gap = json.qualityGaps.find((g: { name: string }) => g.name === '1B');
    const best = json.students.find((s: { name: string }) => s.name === '3B');
    const bestLoss = Math.min(best.distilLoss, best.supervisedLoss);
    expect(gap.lossGap).toBeGreaterThan(0);
    // Eq. 1 solved for D gives back the best loss; 3·F(N) FLOPs per token (Eq. 69) for that many tokens.
    expect(supervisedLoss(1e9, gap.reach.tokens)).toBeCloseTo(bestLoss, 9);
    expect(gap.reach.compute).toBeCloseTo(flopsPerToken(1e9).trainingPerToken * gap.reach.tokens, -6);
    // Priced as the answer is: an H100 SXM at 40% of 989.4 TFLOP/s, $3.99 per GPU-hour.
    expect(Number(gap.reach.cost.cost.base)).toBeCloseTo((gap.reach.compute / (989.4e12 * 0.4 * 3600)) * 3.99, 1);
    // With no price for the GPU, the gap keeps its compute and has no money.
    const unpriced = JSON.parse(
      spawnCliSync(['compare', '--student-params', '1B', '3B', '--compute', '1e21', '--gpu', 'gb200', '--json']).stdout,
    );
    expect(unpriced.qualityGaps[0].reach.compute).toBe(gap.reach.compute);
    expect(unpriced.qualityGaps[0].reach.cost).toBeUndefined();
  });
});

describe('decide: the first screen', () => {
  it('the call, the share of plausible laws, and an extrapolation meter beside a call that stands', () => {
    const lines = spawnCliSync([
      'decide',
      '--student-params',
      '3B',
      '--compute',
      '3e22',
      '--teacher-params',
      '7B',
      '--teacher-tokens',
      '2T',
    ]).stdout.split('\n');
    expect(lines[0]).toMatch(/^Read as: 3B student, 3e22 budget, existing 7B teacher trained on 2T tokens$/);
    expect(lines[1]).toMatch(/^[A-Z ]+ — extrapolated ×2\.\d \(direct-training tokens\): /);
    expect(lines[2]).toMatch(/^Distil wins in \d+% of 200 plausible laws/);
  });
});
