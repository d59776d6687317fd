/** Chart timings: describing a decision's chart (core), drawing it as SVG (Vega) and as PNG (Vega + resvg). */
import { type DecisionRequest, describeChart } from '../core/index.js';
import { chartWords } from '../messages/index.js';
import { chartPng, chartSvg } from '../render/chart.js';

const REQUEST: DecisionRequest = { studentParams: 1e9, compute: 9.53e22, teacher: { kind: 'none', students: 8 } };
const ROUNDS = 7;

async function medianMsAsync(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm the JIT and the modules
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchChart(): Promise<string[]> {
  const chart = describeChart(REQUEST, {
    lang: 'ja',
    words: chartWords('ja'),
    cost: { gpu: 'h100', currency: 'JPY', rate: 150 },
  });
  const describe = await medianMsAsync(async () => describeChart(REQUEST, { lang: 'ja', words: chartWords('ja') }));
  const svg = await medianMsAsync(() => chartSvg(chart));
  const png = await medianMsAsync(() => chartPng(chart));
  const line = (what: string, ms: number): string =>
    `chart: ${what.padEnd(52)} ${ms.toFixed(1)} ms (median of ${ROUNDS})`;
  return [
    line('describe (no teacher, 8 students, 1B, 9.53e22; 50 decisions)', describe),
    line('render SVG 800×450, Japanese, money axis', svg),
    `${line('render PNG 800×450 (SVG + resvg, chart font subset)', png)} — goal < 100 ms warm: ${png < 100 ? 'met' : 'NOT MET'}`,
  ];
}
