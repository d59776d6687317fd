/** A decide question's chart written to a file: `distilplan chart --out` and `distilplan decide --chart`. */
import { type ChartOptions, type Decision, type DecisionRequest, describeChart, type FieldId } from '../core/index.js';
import { chartWords } from '../messages/index.js';
import { chartFormatOf, writeChartFile } from '../render/file.js';
import { type ChartSize, DEFAULT_SIZE } from '../render/spec.js';

/** Describes the question's chart (reusing the face's decision when it has one) and writes it; returns the path. */
export async function drawChart(
  path: string,
  field: FieldId,
  request: DecisionRequest,
  options: Omit<ChartOptions, 'words'>,
  decision?: Decision,
  size: ChartSize = DEFAULT_SIZE,
): Promise<string> {
  chartFormatOf(field, path);
  return writeChartFile(
    field,
    path,
    describeChart(request, { ...options, words: chartWords(options.lang ?? 'en') }, decision),
    size,
  );
}
