/**
 * `npm run bench`: figures a person can compare across commits. Each section
 * is independent and prints its own lines.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCore } from './core.js';

/** `npm run bench -- --before <checkout>`: the speed goals also measured for another checkout, side by side. */
function beforeRoot(): string | undefined {
  const at = process.argv.indexOf('--before');
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  console.log(`distilplan bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  console.log(`load average at start: ${loadavg()[0]!.toFixed(1)} (times on a shared machine are noisy)`);
  const { benchGoals } = await import('./goals.js');
  for (const line of await benchGoals(beforeRoot())) console.log(line);
  for (const line of benchCore()) console.log(line);
  const { benchSheets } = await import('./sheets.js');
  for (const line of benchSheets()) console.log(line);
  const { benchFit } = await import('./fit.js');
  for (const line of benchFit()) console.log(line);
  const { benchPilot } = await import('./pilot.js');
  for (const line of benchPilot()) console.log(line);
  const { benchChart } = await import('./chart.js');
  for (const line of await benchChart()) console.log(line);
  const { benchSlack } = await import('./slack.js');
  // Slack's goal (issue "Speed"): ≥ 3× the 125–151 requests/s measured at 200 clients, p99 well inside 3 s, no error.
  // With --before, the other checkout's bot is measured in the same run, alternating with this one.
  const before = beforeRoot();
  const beforeSlack = before
    ? ((await import(pathToFileURL(join(before, 'bench', 'slack.ts')).href)) as { benchSlack: typeof benchSlack })
        .benchSlack
    : undefined;
  for (const concurrency of [50, 200]) {
    if (beforeSlack) for (const line of await beforeSlack({ concurrency })) console.log(`[before] ${line}`);
    for (const line of await benchSlack({ concurrency })) console.log(before ? `[now] ${line}` : line);
  }
  const { benchUploads } = await import('./uploads.js');
  for (const line of await benchUploads()) console.log(line);
}

await main();
