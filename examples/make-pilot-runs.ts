/**
 * Writes examples/pilot-runs.csv: eight small pilot runs of a team whose data is harder than C4 (synthetic:
 * the default supervised law with E = 1.35 and B = 25000 in place of 1.22 and 18186, 0.3% seeded noise).
 * Run: npx tsx examples/make-pilot-runs.ts
 */
import { writeFileSync } from 'node:fs';
import { coefficientSet, normal, prepareLaws, seededRandom } from '../core/index.js';

const base = coefficientSet();
const truth = prepareLaws({ ...base, supervised: { ...base.supervised, E: 1.35, B: 25000 } });
const random = seededRandom(2026);
const runs: Array<[string, string]> = [
  ['50M', '1B'],
  ['50M', '4B'],
  ['100M', '2B'],
  ['100M', '8B'],
  ['200M', '4B'],
  ['200M', '16B'],
  ['400M', '8B'],
  ['400M', '32B'],
];
const count = (text: string): number => Number.parseFloat(text) * (text.endsWith('B') ? 1e9 : 1e6);
const lines = runs.map(([params, tokens]) => {
  const loss = truth.supervised(count(params), count(tokens)) * Math.exp(0.003 * normal(random));
  return `${params},${tokens},${loss.toFixed(4)}`;
});
writeFileSync(new URL('pilot-runs.csv', import.meta.url), `params,tokens,loss\n${lines.join('\n')}\n`);
