/**
 * Pilot figures (issue: pilot first): one `distilplan pilot` at its defaults — the design, three pilot sizes and
 * the middle stage simulated over 40 plausible true laws with 24 bootstrap resamples per fit (target < 10 s).
 */
import { planPilot } from '../core/index.js';

export function benchPilot(): string[] {
  const request = {
    studentParams: 1e9,
    compute: 1e21,
    teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 7e9 },
  } as const;
  const start = performance.now();
  const plan = planPilot(request);
  const seconds = (performance.now() - start) / 1000;
  return [
    `pilot: 1B student, 1e21 FLOPs, 7B teacher, defaults (${plan.simulation!.worlds} worlds × ${plan.sizes.length + 1} pilot sizes, ${plan.simulation!.resamples} resamples per fit): ${seconds.toFixed(2)} s (target < 10 s)`,
  ];
}
