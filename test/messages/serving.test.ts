/**
 * The serving sentences and figures in both languages, from a real core comparison: the cheapest total first,
 * then the break-even (after N days, from day one, never), money as the faces show it; Japanese with no English.
 */
import { describe, expect, it } from 'vitest';
import { compareLifetimes, lifetimeCost } from '../../core/index.js';
import { servingWords } from '../../messages/index.js';
import { expectJapanese } from '../helpers/japanese.js';

const SHARED = { gpu: 'h100', price: 2, tokensPerDay: 1e9, days: 365 } as const;
// A (1B) costs $2,807.54 to train and $4.49 a day to serve; B (3B) $1,403.77 and $13.48 (test/core/cost/payback).
const PAYS_BACK = compareLifetimes([
  { name: 'A', trainingFlops: 2e21, params: 1e9, ...SHARED },
  { name: 'B', trainingFlops: 1e21, params: 3e9, ...SHARED },
]);

describe('servingWords', () => {
  it('says which model costs least in all, then when the one cheapest to run pays back its training', () => {
    expect(servingWords('en').sentences(PAYS_BACK)).toEqual([
      'Over 365 days serving 1B tokens a day, A costs least: $4.45k in all ($2.81k to train, $1.64k to serve).',
      'A costs $1.4k more to train than B but $8.98 a day less to run: it pays that back after 157 days of serving (the break-even point).',
    ]);
    expect(servingWords('ja').sentences(PAYS_BACK)).toEqual([
      '365日間、1日10億トークンを推論に使う場合、総費用が最も低いのは A：合計4,447.14ドル（学習2,807.54ドル、推論1,639.60ドル）。',
      'A は B より学習費が1,403.77ドル高い一方、推論費は1日8.98ドル安く、推論開始から157日で回収できます（損益分岐点）。',
    ]);
    expect(servingWords('en').figures(PAYS_BACK)).toEqual([
      'A: $2.81k to train + $4.49 a day to serve = $4.45k over 365 days',
      'B: $1.4k to train + $13.48 a day to serve = $6.32k over 365 days',
    ]);
  });

  it('beyond the horizon, from day one, never', () => {
    const short = compareLifetimes([
      { name: 'A', trainingFlops: 2e21, params: 1e9, ...SHARED, days: 100 },
      { name: 'B', trainingFlops: 1e21, params: 3e9, ...SHARED, days: 100 },
    ]);
    expect(servingWords('en').sentences(short)[1]).toMatch(
      /pays back only after 157 days, beyond the 100 days planned\.$/,
    );
    expect(servingWords('ja').sentences(short)[1]).toMatch(/回収には157日かかり、予定の100日を超えます。$/);
    const both = compareLifetimes([
      { name: 'small', trainingFlops: 1e21, params: 1e9, ...SHARED },
      { name: 'big', trainingFlops: 2e21, params: 3e9, ...SHARED },
    ]);
    expect(servingWords('en').sentences(both)[1]).toBe(
      'small costs no more to train than big and less to run: cheaper from day one.',
    );
    const same = compareLifetimes([
      { name: 'X', trainingFlops: 3e21, params: 1e9, ...SHARED },
      { name: 'Y', trainingFlops: 1e21, params: 1e9, ...SHARED },
    ]);
    expect(servingWords('en').sentences(same)[1]).toMatch(
      /^X costs \$2\.81k more to train than Y .* never pays back\.$/,
    );
    for (const comparison of [PAYS_BACK, short, both, same])
      for (const line of [...servingWords('ja').sentences(comparison), ...servingWords('ja').figures(comparison)])
        expectJapanese(line, line);
  });

  it('one model (decide) and the basis of serving costs', () => {
    // 5e21 FLOPs at 40% → $7,018.84; 2e9 × 2 × 1e9 × 365 = 1.46e21 at 25% → $3,279.20 (at $2 per GPU-hour).
    const life = lifetimeCost({
      trainingFlops: 5e21,
      params: 1e9,
      tokensPerDay: '2B',
      days: 365,
      gpu: 'h100',
      price: 2,
    });
    expect(servingWords('en').single(life)).toBe(
      'Over 365 days serving 2B tokens a day, this model costs $10.3k in all ($7.02k to train, $3.28k to serve).',
    );
    expect(servingWords('en').basis(life)).toBe('serving at 2N FLOPs per generated token, MFU 25% on h100-sxm');
    expectJapanese(servingWords('ja').single(life), 'single');
    expectJapanese(servingWords('ja').basis(life), 'basis');
  });
});
