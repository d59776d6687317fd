/** Core timings: median wall time per law evaluation, per optimal plan per scenario, per full decision. */
import {
  crossoverCompute,
  type DecisionRequest,
  decide,
  distilledLoss,
  optimalDistillation,
  optimalSupervised,
  SCENARIO_IDS,
  supervisedLoss,
} from '../core/index.js';

/**
 * Median of `rounds` timings of `batch` calls, in milliseconds per call. Every call gets its own index (from
 * `offset`), so a round never repeats an earlier round's inputs.
 */
export function medianMs(run: (i: number) => unknown, batch: number, rounds = 7, offset = 0): number {
  for (let i = 0; i < batch; i++) run(offset + i); // warm the JIT
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run(offset + (round + 1) * batch + i);
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const us = (ms: number): string => `${(ms * 1000).toFixed(2)} µs`;
const ms = (value: number): string => `${value.toFixed(3)} ms`;

const DECISIONS: Array<[string, DecisionRequest]> = [
  [
    'existing teacher 7B@2T, 1B student, 1e21',
    { studentParams: 1e9, compute: 1e21, teacher: { kind: 'size', teacherParams: 7e9, teacherTokens: 2e12 } },
  ],
  [
    'existing teacher loss 1.9, 1B student, 1e21',
    { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherParams: 7e9, teacherLoss: 1.9 } },
  ],
  ['no teacher, 1 student, 1B, 1e21', { studentParams: 1e9, compute: 1e21, teacher: { kind: 'none' } }],
  [
    'no teacher, 10 students, 10B, 1e23',
    { studentParams: 1e10, compute: 1e23, teacher: { kind: 'none', students: 10 } },
  ],
];

export function benchCore(): string[] {
  const lines = ['core (median wall time per call)'];
  lines.push(`  supervised law L(N, D)                 ${us(medianMs((i) => supervisedLoss(1e9 + i, 2e10), 20000))}`);
  lines.push(
    `  distillation law L_S(N_S, D_S, L_T)    ${us(medianMs((i) => distilledLoss(1e9 + i, 2e10, 1.9), 20000))}`,
  );
  lines.push(
    `  optimal supervised plan                ${ms(medianMs((i) => optimalSupervised(1e21 * (1 + i * 1e-3)), 200))}`,
  );
  for (const scenario of SCENARIO_IDS) {
    const time = medianMs(
      (i) => optimalDistillation({ studentParams: 1e9, compute: 1e21 * (1 + i * 1e-3), scenario }),
      40,
    );
    lines.push(`  optimal distillation, ${scenario.padEnd(26)} ${ms(time)}`);
  }
  for (const [name, request] of DECISIONS) {
    const time = medianMs((i) => decide({ ...request, compute: request.compute * (1 + i * 1e-3) }), 10, 5);
    lines.push(`  full decision, ${name.padEnd(44)} ${ms(time)}`);
  }
  lines.push(
    `  best-case crossover budget, 1B         ${ms(medianMs(() => crossoverCompute({ studentParams: 1e9 }), 10, 5))}`,
  );
  return lines;
}
