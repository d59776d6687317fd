/** `distilplan gpus`: the GPU catalog with dense peaks per precision, memory, sources and dates. */
import type { Command } from 'commander';
import { GPUS, PRECISIONS } from '../../core/cost/index.js';
import { CLI_JSON_STATEMENTS, CLI_WORDS, type Lang } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { columns, printResult } from '../output.js';

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  program
    .command('gpus')
    .description(help.commands.gpus)
    .option('--json', help.options.json)
    .action((flags: { json?: boolean }, command: Command) => {
      const opts = { ...command.optsWithGlobals(), ...flags };
      printResult(gpusText(context.lang), { gpus: GPUS, peaks: CLI_JSON_STATEMENTS.gpuPeaks }, opts);
    });
}

function gpusText(lang: Lang): string {
  const words = CLI_WORDS[lang].gpus;
  const rows = GPUS.map((gpu) => words.row(gpu, PRECISIONS));
  return [
    columns([words.header(PRECISIONS), ...rows]),
    '',
    words.sourcesTitle,
    ...GPUS.map((gpu) => words.source(gpu)),
  ].join('\n');
}
