/** `distilplan chart`: the decide question drawn — both routes' loss against the budget — to a PNG or SVG file. */
import type { Command } from 'commander';
import { type Accepted, type FieldId, InputError, parseCount } from '../../core/index.js';
import { CLI_WORDS } from '../../messages/index.js';
import { chartFormatOf } from '../../render/file.js';
import { DEFAULT_SIZE } from '../../render/spec.js';
import { drawChart } from '../chart-file.js';
import type { CliContext } from '../context.js';
import { addDecideFlags, type DecideFlags, decisionQuestion } from '../decision.js';

interface ChartFlags extends DecideFlags {
  out: string;
  width?: string;
  height?: string;
}

const PIXELS = { min: 200, max: 4000 };

export function register(program: Command, context: CliContext): void {
  const words = CLI_WORDS[context.lang];
  const help = words.help;
  addDecideFlags(program.command('chart').description(help.commands.chart), context.lang)
    .requiredOption('--out <FILE>', help.options.chartOut)
    .option('--width <px>', help.chartWidth(DEFAULT_SIZE.width))
    .option('--height <px>', help.chartHeight(DEFAULT_SIZE.height))
    .action(async (flags: ChartFlags) => {
      chartFormatOf('out', flags.out);
      const size = {
        width: pixels('width', flags.width, DEFAULT_SIZE.width),
        height: pixels('height', flags.height, DEFAULT_SIZE.height),
      };
      const { request, options, budget } = decisionQuestion(flags);
      const path = await drawChart(
        flags.out,
        'out',
        request,
        { ...options, lang: context.lang, cost: budget.costOptions },
        undefined,
        size,
      );
      process.stdout.write(flags.json ? `${JSON.stringify({ chart: path })}\n` : `${words.chartWritten(path)}\n`);
    });
}

function pixels(field: FieldId, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const accepted: Accepted = { form: 'pixels', min: PIXELS.min, max: PIXELS.max };
  const value = parseCount(field, text, { min: PIXELS.min, max: PIXELS.max, accepted });
  if (!Number.isInteger(value)) throw new InputError(field, { code: 'not-whole-pixels' }, accepted);
  return value;
}
