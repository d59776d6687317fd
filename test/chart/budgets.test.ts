/**
 * A chart exists for every budget `decide` answers: from ~3e33 FLOPs the
 * chart's range (±2 decades) ran past the largest budget a decision takes and
 * the chart was refused while decide answered (and Slack dropped the chart).
 * The range now stops at that limit.
 */
import { describe, expect, it } from 'vitest';
import { type DecisionRequest, decide, describeChart } from '../../core/index.js';
import { chartWords } from '../../messages/index.js';

/** The largest budget decide takes (`--compute must be ≤ 1e35`). */
const MAX_FLOPS = 1e35;
const TEACHER = { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 } as const;
const words = chartWords('en');

describe('chart budgets', () => {
  it('every budget decide answers from 1e15 to the limit, for small and large students, gets a chart', () => {
    let charted = 0;
    for (const studentParams of [1e8, 1e10, 1e12])
      for (let exponent = 15; exponent <= 35; exponent += 1)
        for (const mantissa of [1, 3]) {
          const compute = Math.min(mantissa * 10 ** exponent, MAX_FLOPS);
          const request: DecisionRequest = { studentParams, compute, teacher: TEACHER };
          let decision: ReturnType<typeof decide>;
          try {
            decision = decide(request, { flipSearch: false });
          } catch {
            continue; // a budget decide refuses (too small for this student) needs no chart
          }
          const chart = describeChart(request, { lang: 'en', words }, decision);
          expect(chart.domain.compute[1]).toBeLessThanOrEqual(MAX_FLOPS);
          expect(chart.domain.compute[0]).toBeLessThan(compute);
          expect(chart.today.compute).toBe(compute);
          charted += 1;
        }
    expect(charted).toBeGreaterThan(80);
  }, 120_000);

  it('3e33 FLOPs, which decide answers: the chart spans up to exactly the limit', () => {
    const request: DecisionRequest = { studentParams: 1e9, compute: 3e33, teacher: TEACHER };
    const chart = describeChart(request, { lang: 'en', words });
    expect(chart.domain.compute[1]).toBe(MAX_FLOPS);
    expect(chart.points.at(-1)!.compute).toBe(MAX_FLOPS);
  });
});
