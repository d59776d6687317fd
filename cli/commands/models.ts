/** `distilplan models`: the open models a teacher can be named by, with non-embedding parameters, tokens and sources. */
import { type Command, Option } from 'commander';
import { OPEN_MODELS } from '../../core/index.js';
import { MODELS_TITLE, modelRows } from '../../messages/index.js';
import { printResult, table } from '../output.js';

export function register(program: Command): void {
  program
    .command('models')
    .description('open models you can name as the teacher in `distilplan ask` and /distil')
    .option('--json', 'print exactly one JSON object')
    .addOption(new Option('--lang <lang>', 'language of the listing').choices(['en', 'ja']).default('en'))
    .action((flags: { json?: boolean; lang: 'en' | 'ja' }) => {
      const rows = modelRows(flags.lang);
      const text = [
        MODELS_TITLE[flags.lang],
        table(
          rows.map((row) => [row.id, `${row.params} · ${row.tokens} · ${row.derivation} · ${row.source}`] as const),
        ),
      ].join('\n');
      printResult(text, { models: OPEN_MODELS }, flags);
    });
}
