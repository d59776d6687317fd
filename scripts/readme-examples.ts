/**
 * Rewrites the output under every ```console example in README.md with what the CLI prints now
 * (`npx tsx scripts/readme-examples.ts`); test/docs/readme.test.ts checks they agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { consoleOutput } from './readme-console.js';

const README = new URL('../README.md', import.meta.url);

delete process.env.DISTILPLAN_RATES;
const lines = readFileSync(README, 'utf8').split('\n');
const out: string[] = [];
for (let i = 0; i < lines.length; i++) {
  out.push(lines[i]!);
  if (lines[i]!.trim() !== '```console') continue;
  const command = lines[i + 1]!;
  let end = i + 1;
  while (lines[end]!.trim() !== '```') end++;
  out.push(command, ...(await consoleOutput(command.slice(2))).split('\n'));
  i = end - 1;
}
writeFileSync(README, out.join('\n'));
