/**
 * `npm run docs:charts`: the two chart pictures the README shows, drawn by the
 * same renderer as the CLI and Slack: an English decide answer with an
 * existing teacher, and a Japanese one with a teacher shared by 8 students on
 * a money budget (so the yen axis shows).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetFor, describeChart } from '../core/index.js';
import { chartWords } from '../messages/index.js';
import { writeChartFile } from '../render/file.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');

async function main(): Promise<void> {
  await mkdir(DOCS, { recursive: true });
  const english = describeChart(
    { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 } },
    { lang: 'en', words: chartWords('en') },
  );
  const yen = budgetFor('¥30M', { gpu: 'h100', currency: 'JPY', rate: 150 });
  const japanese = describeChart(
    { studentParams: 1e9, compute: yen.flops, teacher: { kind: 'none', students: 8 } },
    { lang: 'ja', words: chartWords('ja'), cost: yen.options },
  );
  for (const [name, chart] of [
    ['chart-en.png', english],
    ['chart-ja.png', japanese],
  ] as const)
    console.log(await writeChartFile('out', join(DOCS, name), chart));
}

await main();
