/**
 * The chart thread's queue: charts come back as the same PNG the in-process
 * renderer draws; a full queue refuses at once ('busy'); a chart that overruns
 * its time limit fails with 'timeout' (its thread is ended; the next chart starts another).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { describeChart } from '../../core/index.js';
import { chartWords } from '../../messages/index.js';
import { chartPng } from '../../render/chart.js';
import { ChartNotDrawn, ChartRenderer } from '../../render/pool.js';
import { decodePng } from '../helpers/png.js';

const chart = describeChart(
  { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 } },
  { lang: 'en', words: chartWords('en') },
);
const renderers: ChartRenderer[] = [];
afterAll(async () => {
  for (const renderer of renderers) await renderer.close();
});

function renderer(options: ConstructorParameters<typeof ChartRenderer>[0] = {}): ChartRenderer {
  const made = new ChartRenderer({
    ...options,
    onFallback: (why) => {
      throw new Error(`no chart thread: ${why}`);
    },
  });
  renderers.push(made);
  return made;
}

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'drawn',
    (error: unknown) => (error instanceof ChartNotDrawn ? error.reason : String(error)),
  );

describe('the chart thread', () => {
  it('draws the same 800×450 PNG as the renderer on this thread', async () => {
    const png = await renderer().png(chart);
    expect(png.equals(await chartPng(chart))).toBe(true);
    expect([decodePng(png).width, decodePng(png).height]).toEqual([800, 450]);
  }, 120_000);

  it('refuses at once when its queue is full', async () => {
    const small = renderer({ maxQueued: 1 });
    const outcomes = [small.png(chart), small.png(chart), small.png(chart)].map(reasonOf);
    expect(await outcomes[2]).toBe('busy');
    expect(await Promise.all(outcomes.slice(0, 2))).toEqual(['drawn', 'drawn']);
  }, 120_000);

  it('fails a chart that overruns its limit with timeout, and the one after it too, each on a fresh thread', async () => {
    const hasty = renderer({ renderTimeoutMs: 1 });
    expect(await reasonOf(hasty.png(chart))).toBe('timeout');
    expect(await reasonOf(hasty.png(chart))).toBe('timeout');
  }, 120_000);
});
