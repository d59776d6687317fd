/**
 * The chart-drawing thread: takes chart descriptions, answers PNG bytes.
 * Drawing one chart costs ~200 ms of CPU (Vega, then resvg); on the bot's main
 * thread 32 shares made another person's command wait 5–20 s. Here it costs
 * the main thread nothing but the message (render/pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { ChartDescription } from '../core/index.js';
import { chartPng } from './chart.js';

export interface RenderRequest {
  id: number;
  chart: ChartDescription;
}

export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (request: RenderRequest) => {
  chartPng(request.chart).then(
    (png) => {
      const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
      parentPort?.postMessage({ id: request.id, png: bytes } satisfies RenderReply);
    },
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'render failed',
      } satisfies RenderReply),
  );
});
parentPort?.postMessage('ready');
