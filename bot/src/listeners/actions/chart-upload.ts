/**
 * The chart that follows a shared decide answer into the channel: drawn from
 * core's chart description as PNG and uploaded with files.uploadV2, its
 * alt text the verdict in words. Uploading needs the files:write scope and
 * the bot in the channel (unlike the response_url post); when either is
 * missing, the answer is already posted and the presser is told how to fix it.
 *
 * Drawing happens on the chart thread (render/pool.ts), never on the thread
 * that answers commands: 32 shares drawn inline made another person's command
 * wait 5–20 s. A workspace has at most SHARE_LIMITS.inFlight charts being
 * drawn or uploaded and SHARE_LIMITS.waiting more in line; uploads have a time
 * limit. Whenever the chart does not follow, the presser is told why.
 */
import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { type ChartDescription, describeChart } from '../../../../core/index.js';
import { chartWords } from '../../../../messages/index.js';
import { ChartNotDrawn, ChartRenderer } from '../../../../render/pool.js';
import { type ChartNotice, chartNotice } from '../../blocks/chart.js';
import type { Message } from '../../blocks/kit.js';
import type { DecideResult } from '../../results/compute.js';
import { describeError, slackErrorCode } from '../log.js';

export const CHART_FILENAME = 'distilplan-chart.png';

export type ChartUpload = 'uploaded' | ChartNotice;

export const SHARE_LIMITS = {
  /** Charts of one workspace being drawn or uploaded at once. */
  inFlight: 4,
  /** Charts of one workspace waiting for a slot; more are refused ('busy'). */
  waiting: 32,
  /** Longest a chart waits for its workspace's slot before the presser is told ('busy'). */
  waitMs: 60_000,
  /** Longest an upload (three Web API calls) may take. */
  uploadTimeoutMs: 15_000,
};

let renderer: ChartRenderer | undefined;
function chartRenderer(logger: Logger): ChartRenderer {
  renderer ??= new ChartRenderer({
    onFallback: (why) => logger.warn(`Charts are drawn on the main thread: no chart thread (${why.slice(0, 200)})`),
  });
  return renderer;
}

/** Per workspace: shares in flight, and the ones waiting for a slot. */
const workspaces = new Map<string, { inFlight: number; waiting: Array<() => void> }>();

/** Runs `share` when the workspace has a slot; 'busy' at once when its line is full. */
async function inWorkspaceSlot(team: string, share: () => Promise<ChartUpload>): Promise<ChartUpload> {
  let slots = workspaces.get(team);
  if (!slots) {
    slots = { inFlight: 0, waiting: [] };
    workspaces.set(team, slots);
  }
  if (slots.inFlight >= SHARE_LIMITS.inFlight) {
    if (slots.waiting.length >= SHARE_LIMITS.waiting) return 'busy';
    const served = await new Promise<boolean>((resolve) => {
      const turn = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = slots.waiting.indexOf(turn);
        if (at >= 0) slots.waiting.splice(at, 1);
        resolve(false);
      }, SHARE_LIMITS.waitMs);
      slots.waiting.push(turn);
    });
    if (!served) return 'busy';
    // The slot was handed over by the share that finished: it is already counted.
  } else slots.inFlight += 1;
  try {
    return await share();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else {
      slots.inFlight -= 1;
      if (slots.inFlight === 0) workspaces.delete(team);
    }
  }
}

/** Rejects with 'timeout' after `ms`; the upload itself is abandoned, its answer ignored. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UploadTimeout()), ms);
  });
  work.catch(() => {});
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

class UploadTimeout extends Error {
  override name = 'UploadTimeout';
}

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
  let png: Buffer;
  try {
    png = await chartRenderer(logger).png(chart);
  } catch (error) {
    const reason = error instanceof ChartNotDrawn ? error.reason : 'failed';
    if (reason !== 'busy') logger.warn(`Chart not drawn: ${describeError(error)}`);
    return reason === 'busy' ? 'busy' : 'not-drawn';
  }
  try {
    await within(
      SHARE_LIMITS.uploadTimeoutMs,
      client.files.uploadV2({
        channel_id: channelId,
        file: png,
        filename: CHART_FILENAME,
        title: chart.title.text,
        alt_text: chart.alt.text,
      }),
    );
    return 'uploaded';
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'not_in_channel' || code === 'channel_not_found') return 'not-in-channel';
    if (code === 'missing_scope') return 'missing-scope';
    logger.error(`Chart upload failed: ${describeError(error)}`);
    return 'not-uploaded';
  }
}

/** Uploads the chart of a shared decide answer; tells the presser (through `notify`) whenever it does not follow. */
export async function shareChart(
  args: { client: AllMiddlewareArgs['client']; channelId: string | undefined; team?: string; logger: Logger },
  result: DecideResult,
  notify: (message: Message) => Promise<unknown>,
): Promise<ChartUpload> {
  if (!args.channelId) return 'not-in-channel';
  const channelId = args.channelId;
  const outcome = await inWorkspaceSlot(args.team ?? '', async () => {
    let chart: ChartDescription;
    try {
      chart = chartOfResult(result);
    } catch (error) {
      args.logger.warn(`Chart not described: ${describeError(error)}`);
      return 'not-drawn';
    }
    return uploadChart(args.client, channelId, chart, args.logger);
  });
  if (outcome !== 'uploaded') await notify(chartNotice(outcome, result.lang));
  return outcome;
}
