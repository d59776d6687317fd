/** `distilplan chart`: the decide question drawn — both routes' loss against the budget — to a PNG or SVG file. */
import { type Command, Option } from 'commander';
import { type Accepted, type FieldId, InputError, type Lang, parseCount } from '../../core/index.js';
import { chartFormatOf } from '../../render/file.js';
import { DEFAULT_SIZE } from '../../render/spec.js';
import { drawChart } from '../chart-file.js';
import { addDecideFlags, type DecideFlags, decisionQuestion } from '../decision.js';

interface ChartFlags extends DecideFlags {
  out: string;
  lang: Lang;
  width?: string;
  height?: string;
}

const PIXELS = { min: 200, max: 4000 };

export function register(program: Command): void {
  addDecideFlags(program.command('chart').description("draw the decide answer: both routes' loss against the budget"))
    .requiredOption('--out <FILE>', 'FILE.png or FILE.svg (the format follows the extension)')
    .addOption(new Option('--lang <lang>', 'language of the labels').choices(['en', 'ja']).default('en'))
    .option('--width <px>', `picture width in pixels (default ${DEFAULT_SIZE.width})`)
    .option('--height <px>', `picture height in pixels (default ${DEFAULT_SIZE.height})`)
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
        { ...options, lang: flags.lang, cost: budget.costOptions },
        undefined,
        size,
      );
      process.stdout.write(flags.json ? `${JSON.stringify({ chart: path })}\n` : `chart written to ${path}\n`);
    });
}

function pixels(field: FieldId, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const accepted: Accepted = { form: 'pixels', min: PIXELS.min, max: PIXELS.max };
  const value = parseCount(field, text, { min: PIXELS.min, max: PIXELS.max, accepted });
  if (!Number.isInteger(value)) throw new InputError(field, { code: 'not-whole-pixels' }, accepted);
  return value;
}
