/**
 * The chart description: its numbers are core's decisions at the budgets it
 * plots; for an existing teacher they are also recomputed from the public
 * laws (Eq. 27's closed-form plan), its flips sit where the margin changes
 * sign, its evidence band where student tokens leave the fitted range, and
 * its money ticks are what core's costing charges for those FLOPs.
 */
import { describe, expect, it } from 'vitest';
import {
  type ChartDescription,
  costFlops,
  type DecisionRequest,
  decide,
  describeChart,
  distilledLoss,
  flopsPerToken,
  supervisedLoss,
} from '../../core/index.js';
import { chartWords } from '../../messages/index.js';

const F = (params: number): number => flopsPerToken(params).forwardPerToken;

const existingTeacher: DecisionRequest = {
  studentParams: 1e9,
  compute: 1e21,
  teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 },
};
const EN_WORDS = { words: chartWords('en') };
const noTeacher: DecisionRequest = { studentParams: 1e9, compute: 9.53e22, teacher: { kind: 'none', students: 8 } };

function sampled(chart: ChartDescription): ChartDescription['points'] {
  return chart.points.filter((_, i) => i % 7 === 0 || i === chart.points.length - 1);
}

describe('chart description', () => {
  const chart = describeChart(existingTeacher, EN_WORDS);

  it('plots core decisions at the budgets it samples', () => {
    for (const request of [existingTeacher, noTeacher]) {
      const described = request === existingTeacher ? chart : describeChart(request, EN_WORDS);
      for (const point of sampled(described)) {
        const decision = decide({ ...request, compute: point.compute });
        expect(point.distilLoss).toBe(decision.distilLoss);
        expect(point.supervisedLoss).toBe(decision.supervisedLoss);
        expect(point.verdict).toBe(decision.verdict);
      }
    }
  });

  it('matches the public laws for an existing teacher (D_S = C / (3·F(N_S) + F(N_T)))', () => {
    for (const point of chart.points) {
      const studentTokens = point.compute / (3 * F(1e9) + F(3e9));
      expect(point.distilLoss).toBeCloseTo(distilledLoss(1e9, studentTokens, 2.1).loss, 12);
      expect(point.supervisedLoss).toBeCloseTo(supervisedLoss(1e9, point.compute / (3 * F(1e9))), 12);
    }
  });

  it("marks today's budget with the question's answer", () => {
    const decision = decide(existingTeacher);
    expect(chart.today).toMatchObject({
      compute: 1e21,
      distilLoss: decision.distilLoss,
      supervisedLoss: decision.supervisedLoss,
      verdict: decision.verdict,
    });
    expect(chart.today.label.text).toBe('this budget 1.00e21');
    expect(chart.points.some((point) => point.compute === 1e21)).toBe(true);
  });

  it('shows every flip within reach, where the two curves cross', () => {
    expect(chart.flips.map((flip) => flip.compute)).toEqual(decide(existingTeacher).flipComputes);
    for (const flip of chart.flips) {
      const margin = (compute: number): number =>
        supervisedLoss(1e9, compute / (3 * F(1e9))) - distilledLoss(1e9, compute / (3 * F(1e9) + F(3e9)), 2.1).loss;
      expect(Math.sign(margin(flip.compute * 1.02))).toBe(flip.above === 'distil' ? 1 : -1);
      expect(Math.sign(margin(flip.compute / 1.02))).toBe(flip.above === 'distil' ? -1 : 1);
      expect(flip.label.text).toMatch(/^flip \d\.\de\d+$/);
    }
    const [low, high] = chart.domain.compute;
    expect(low).toBeLessThan(chart.flips[0]!.compute);
    expect(high).toBeGreaterThanOrEqual(1e23);
  });

  it("shades the budgets where core's evidence policy finds evidence", () => {
    for (const request of [existingTeacher, noTeacher]) {
      const described = request === existingTeacher ? chart : describeChart(request, EN_WORDS);
      for (const point of sampled(described)) {
        const decision = decide({ ...request, compute: point.compute });
        expect(point.inEvidence).toBe(decision.call !== 'outside-evidence');
      }
      const inBand = (compute: number) =>
        described.evidence.intervals.some(([from, to]) => compute >= from && compute <= to);
      expect(described.points.map((point) => inBand(point.compute))).toEqual(
        described.points.map((point) => point.inEvidence),
      );
      // Core's own search for the budgets inside the evidence ends within one sampling step of the band.
      const { low, high } = decide(request).evidence.budgets!;
      const [[from, to]] = described.evidence.intervals as [[number, number]];
      const [domainLow, domainHigh] = described.domain.compute;
      const step = 10 ** ((Math.log10(domainHigh) - Math.log10(domainLow)) / 48) * 1.05;
      if (low !== null && low > domainLow) expect(Math.abs(Math.log(from / low))).toBeLessThan(Math.log(step));
      if (high !== null && high < domainHigh) expect(Math.abs(Math.log(to / high))).toBeLessThan(Math.log(step));
      expect(described.evidence.intervals).toHaveLength(1);
    }
  });

  it('adds a money axis only when a price is known, at what core charges', () => {
    expect(chart.money).toBeNull();
    const priced = describeChart(noTeacher, {
      lang: 'ja',
      words: chartWords('ja'),
      cost: { gpu: 'h100', currency: 'JPY', rate: 150 },
    });
    expect(priced.money?.currency).toBe('JPY');
    expect(priced.money!.ticks.map((tick) => tick.label)).toContain('1億円');
    for (const tick of priced.money!.ticks) {
      const yen = Number(costFlops(tick.compute, { gpu: 'h100', currency: 'JPY', rate: 150 }).costExact.base);
      expect(Math.log10(yen) % 1).toBeCloseTo(0, 9);
    }
    expect(describeChart(existingTeacher, { ...EN_WORDS, cost: { gpu: 'gb200' } }).money).toBeNull();
  });

  it('names the price behind the money axis: provider, kind and date, or the person’s own', () => {
    const ja = describeChart(noTeacher, {
      lang: 'ja',
      words: chartWords('ja'),
      cost: { gpu: 'h200', currency: 'JPY', rate: 150 },
    });
    // AWS p5en, $63.296 / 8 = $7.912 per GPU-hour, × 150 = 1,186.8 yen.
    expect(ja.money!.title.text).toMatch(
      /^費用（h200、1,18\d(\.8)?円\/GPU時間、aws オンデマンド 2026-08-06 時点、MFU 40%）$/,
    );
    const en = describeChart(noTeacher, { lang: 'en', ...EN_WORDS, cost: { gpu: 'tpu-v6e' } });
    expect(en.money!.title.text).toBe('cost on tpu-v6e at $2.70/GPU-hour (gcp on-demand, 2026-08), MFU 40%');
    const own = describeChart(noTeacher, { lang: 'en', ...EN_WORDS, cost: { gpu: 'h100', price: '2.5' } });
    expect(own.money!.title.text).toBe('cost on h100-sxm at $2.50/GPU-hour (your own), MFU 40%');
  });

  it('speaks the answer’s language', () => {
    const ja = describeChart(noTeacher, { lang: 'ja', words: chartWords('ja') });
    expect(ja.flips[0]!.label.text).toMatch(/^判定が変わる予算 /);
    expect(ja.axes.budget.text).toBe('予算（FLOP、対数目盛）');
    expect(ja.alt.text).toContain('直接学習する');
    expect(chart.alt.text).toBe(
      'Chart of predicted loss against budget for a 1B student: at 1.00e21 FLOPs, train directly (distilled 2.2377, trained directly 2.2215). The verdict flips at 1.1e20 FLOPs.',
    );
  });

  it('starts at the smallest feasible budget when the range would reach below it', () => {
    const small = describeChart({ ...existingTeacher, compute: 1e17 }, EN_WORDS);
    const minimum = (3 * F(1e9) + F(3e9)) * 1e6;
    expect(small.domain.compute[0]).toBeGreaterThanOrEqual(minimum);
    expect(small.domain.compute[0]).toBeLessThan(minimum * 1.1);
  });
});
