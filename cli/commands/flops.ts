/** `distilplan flops`: F(N) per token (Eq. 69), training FLOPs per token and the implied shape. */
import type { Command } from 'commander';
import { flopsPerToken } from '../../core/index.js';
import { CLI_WORDS } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { type CommonFlags, paramsCount, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';

export function register(program: Command, context: CliContext): void {
  const words = CLI_WORDS[context.lang];
  withCommonFlags(program.command('flops').description(words.help.commands.flops), context.lang)
    .requiredOption('--params <N>', words.help.options.params)
    .action((flags: CommonFlags & { params: string }) => {
      const result = flopsPerToken(paramsCount('params', flags.params), flags.flopsCounting);
      printResult(
        section(words.flops.title, words.flops.rows(result), [words.flops.counting(result.counting)]),
        result,
        flags,
      );
    });
}
