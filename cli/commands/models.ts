/** `distilplan models`: the open models a teacher can be named by, with non-embedding parameters, tokens and sources. */
import type { Command } from 'commander';
import { OPEN_MODELS } from '../../core/index.js';
import { CLI_WORDS, MODELS_TITLE, modelRows } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { printResult, table } from '../output.js';

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  program
    .command('models')
    .description(help.commands.models)
    .option('--json', help.options.json)
    .action((flags: { json?: boolean }) => {
      const rows = modelRows(context.lang);
      const text = [
        MODELS_TITLE[context.lang],
        table(rows.map((row) => [row.id, [row.params, row.tokens, row.derivation, row.source].join(' · ')] as const)),
      ].join('\n');
      printResult(text, { models: OPEN_MODELS }, flags);
    });
}
