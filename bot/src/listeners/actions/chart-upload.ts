/**
 * The chart that follows a shared decide answer into the channel: drawn from
 * core's chart description as PNG and uploaded with files.uploadV2, its
 * alt text the verdict in words. Uploading needs the files:write scope and
 * the bot in the channel (unlike the response_url post); when either is
 * missing, the answer is already posted and the presser is told how to fix it.
 */
import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { type ChartDescription, describeChart } from '../../../../core/index.js';
import { chartWords } from '../../../../messages/index.js';
import type { DecideResult } from '../../answer/compute.js';
import { type ChartNotice, chartNotice } from '../../blocks/chart.js';
import type { Message } from '../../blocks/kit.js';
import { describeError } from '../log.js';

export const CHART_FILENAME = 'distilplan-chart.png';

export type ChartUpload = 'uploaded' | ChartNotice | 'failed';

export function chartOfResult(result: DecideResult): ChartDescription {
  const { request, options, cost } = result.question;
  return describeChart(
    request,
    { ...options, lang: result.lang, words: chartWords(result.lang), cost },
    result.decision,
  );
}

export async function uploadChart(
  client: AllMiddlewareArgs['client'],
  channelId: string,
  chart: ChartDescription,
  logger: Logger,
): Promise<ChartUpload> {
  try {
    const { chartPng } = await import('../../../../render/chart.js');
    await client.files.uploadV2({
      channel_id: channelId,
      file: await chartPng(chart),
      filename: CHART_FILENAME,
      title: chart.title.text,
      alt_text: chart.alt.text,
    });
    return 'uploaded';
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'not_in_channel' || code === 'channel_not_found') return 'not-in-channel';
    if (code === 'missing_scope') return 'missing-scope';
    logger.error(`Chart upload failed: ${describeError(error)}`);
    return 'failed';
  }
}

/** Uploads the chart of a shared decide answer; tells the presser (through `notify`) when the bot cannot. */
export async function shareChart(
  args: { client: AllMiddlewareArgs['client']; channelId: string | undefined; logger: Logger },
  result: DecideResult,
  notify: (message: Message) => Promise<unknown>,
): Promise<ChartUpload> {
  if (!args.channelId) return 'not-in-channel';
  const outcome = await uploadChart(args.client, args.channelId, chartOfResult(result), args.logger);
  if (outcome === 'not-in-channel' || outcome === 'missing-scope') await notify(chartNotice(outcome, result.lang));
  return outcome;
}

/** Slack's error code of a failed Web API call (`data.error`), read as an own property only. */
function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !Object.hasOwn(error, 'data')) return undefined;
  const data = (error as { data: unknown }).data;
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'error')) return undefined;
  const code = (data as { error: unknown }).error;
  return typeof code === 'string' ? code : undefined;
}
