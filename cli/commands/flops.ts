/** `distilplan flops`: F(N) per token (Eq. 69), training FLOPs per token and the implied shape. */
import type { Command } from 'commander';
import { flopsPerToken, formatCount, formatScientific } from '../../core/index.js';
import { type CommonFlags, paramsCount, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';

export function register(program: Command): void {
  withCommonFlags(program.command('flops').description('forward and training FLOPs per token for a model size'))
    .requiredOption('--params <N>', 'non-embedding parameters, e.g. 1.5B')
    .action((flags: CommonFlags & { params: string }) => {
      const result = flopsPerToken(paramsCount('params', flags.params), flags.flopsCounting);
      printResult(
        section(
          'FLOPs per token',
          [
            ['params', formatCount(result.params)],
            ['forward per token', `${formatScientific(result.forwardPerToken, 4)} FLOPs`],
            ['training per token', `${formatScientific(result.trainingPerToken, 4)} FLOPs (3 × forward)`],
            ['6N per token', `${formatScientific(result.sixNPerToken, 4)} FLOPs`],
            [
              'shape',
              `${result.shape.layers.toFixed(1)} layers × ${Math.round(result.shape.width)} wide (buildable: ${result.shape.roundedLayers} × ${result.shape.roundedWidth})`,
            ],
          ],
          [
            `counting: ${result.counting === 'paper' ? 'paper, Eq. 69 (attention with n_ctx 4096 and the 32,768-word output layer included)' : '6N'}`,
          ],
        ),
        result,
        flags,
      );
    });
}
