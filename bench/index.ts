/**
 * `npm run bench`: figures a person can compare across commits. Each section
 * is independent and prints its own lines.
 */
import { cpus } from 'node:os';
import { benchCore } from './core.js';

async function main(): Promise<void> {
  console.log(`distilplan bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
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
  for (const line of await benchSlack()) console.log(line);
  const { benchUploads } = await import('./uploads.js');
  for (const line of await benchUploads()) console.log(line);
}

await main();
