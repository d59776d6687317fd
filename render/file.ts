/**
 * A chart written to a file, its format taken from the file's extension.
 * The renderer (Vega, resvg) loads on first use, so commands that draw
 * nothing start as fast as before.
 */
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { type Accepted, type ChartDescription, clipTyped, type FieldId, InputError } from '../core/index.js';
import type { ChartFormat } from './chart.js';
import type { ChartSize } from './spec.js';

const FORMS: Accepted = { form: 'chart-file' };

export function chartFormatOf(field: FieldId, path: string): ChartFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.png') return 'png';
  if (extension === '.svg') return 'svg';
  throw new InputError(
    field,
    extension ? { code: 'unknown-chart-format', value: clipTyped(extension) } : { code: 'no-extension' },
    FORMS,
  );
}

/** Renders and writes; returns the absolute path written. */
export async function writeChartFile(
  field: FieldId,
  path: string,
  chart: ChartDescription,
  size?: ChartSize,
): Promise<string> {
  const format = chartFormatOf(field, path);
  const target = resolve(path);
  const { renderChart } = await import('./chart.js');
  await writeFile(target, await renderChart(chart, format, size));
  return target;
}
