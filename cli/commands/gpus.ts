/** `distilplan gpus`: the GPU catalog with dense peaks per precision, memory, sources and dates. */
import type { Command } from 'commander';
import { GPUS, type GpuSpec, PRECISIONS } from '../../core/cost/index.js';
import { columns, printResult } from '../output.js';

export function register(program: Command): void {
  program
    .command('gpus')
    .description('the GPU catalog: dense peak TFLOP/s per precision, memory, source and date')
    .option('--json', 'print exactly one JSON object')
    .action((flags: { json?: boolean }, command: Command) => {
      const opts = { ...command.optsWithGlobals(), ...flags };
      printResult(gpusText(GPUS), { gpus: GPUS, peaks: 'dense (no 2:4 sparsity), FLOP/s' }, opts);
    });
}

const tflops = (value: number | undefined): string => (value === undefined ? '-' : String(value / 1e12));

function gpusText(gpus: readonly GpuSpec[]): string {
  const header = ['id', ...PRECISIONS.map((p) => `${p} TFLOP/s`), 'memory', 'aliases'];
  const rows = gpus.map((gpu) => [
    gpu.id,
    ...PRECISIONS.map((p) => tflops(gpu.denseFlopsPerSecond[p])),
    `${gpu.memoryGB} GB`,
    gpu.aliases.join(' '),
  ]);
  const sources = gpus.map(
    (gpu) =>
      `${gpu.id}: ${gpu.name}; ${gpu.sourceUrl} (read ${gpu.sourceDate}, ${gpu.confidence})${gpu.note ? `. ${gpu.note}` : ''}`,
  );
  return [columns([header, ...rows]), '', 'Dense peaks (no 2:4 sparsity). Sources:', ...sources].join('\n');
}
