/**
 * Charts drawn off the caller's thread (render/worker.ts), one at a time, with
 * a bounded queue and a time limit: a share that cannot be drawn in time, or
 * arrives when the queue is full, fails at once with `ChartNotDrawn` so the
 * person can be told, instead of waiting behind everyone else's charts.
 *
 * A render that overruns its limit terminates the thread (it may be stuck in
 * native code); the next chart starts a fresh one. Where no thread can be
 * started (a bundle shipped without the worker file) charts are drawn on the
 * caller's thread through the same queue, and the first such start says so.
 */
import { Worker } from 'node:worker_threads';
import type { ChartDescription } from '../core/index.js';
import type { RenderReply, RenderRequest } from './worker.js';

export type NotDrawnReason = 'busy' | 'timeout' | 'failed';

export class ChartNotDrawn extends Error {
  constructor(readonly reason: NotDrawnReason) {
    super(`chart not drawn: ${reason}`);
    this.name = 'ChartNotDrawn';
  }
}

export interface RendererOptions {
  /** Charts waiting to be drawn beyond the one being drawn; more fail at once ('busy'). */
  maxQueued?: number;
  /** Longest one chart may take once its drawing starts. */
  renderTimeoutMs?: number;
  /** Longest a chart may wait and be drawn in all, from the request. */
  totalTimeoutMs?: number;
  /** Told once when no thread could be started and charts are drawn in-process. */
  onFallback?: (why: string) => void;
}

interface Job {
  id: number;
  chart: ChartDescription;
  deadline: number;
  resolve: (png: Buffer) => void;
  reject: (error: ChartNotDrawn) => void;
}

const READY_TIMEOUT_MS = 20_000;

export class ChartRenderer {
  private readonly queue: Job[] = [];
  private readonly maxQueued: number;
  private readonly renderTimeoutMs: number;
  private readonly totalTimeoutMs: number;
  private readonly onFallback?: (why: string) => void;
  private worker?: Promise<Worker | undefined>;
  private busy = false;
  private nextId = 1;
  private inProcess = false;

  constructor(options: RendererOptions = {}) {
    this.maxQueued = options.maxQueued ?? 64;
    this.renderTimeoutMs = options.renderTimeoutMs ?? 20_000;
    this.totalTimeoutMs = options.totalTimeoutMs ?? 60_000;
    this.onFallback = options.onFallback;
  }

  /** Charts waiting, not counting the one being drawn. */
  get waiting(): number {
    return this.queue.length;
  }

  png(chart: ChartDescription): Promise<Buffer> {
    if (this.queue.length >= this.maxQueued) return Promise.reject(new ChartNotDrawn('busy'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, chart, deadline: Date.now() + this.totalTimeoutMs, resolve, reject });
      void this.drain();
    });
  }

  /** Stops the thread; charts still queued fail. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new ChartNotDrawn('failed'));
    const worker = await this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) {
        const left = job.deadline - Date.now();
        if (left <= 0) job.reject(new ChartNotDrawn('timeout'));
        else await this.draw(job, Math.min(left, this.renderTimeoutMs));
      }
    } finally {
      this.busy = false;
    }
  }

  private async draw(job: Job, timeoutMs: number): Promise<void> {
    const worker = await this.started();
    if (!worker) return this.drawHere(job);
    await new Promise<void>((done) => {
      const timer = setTimeout(() => {
        finish();
        job.reject(new ChartNotDrawn('timeout'));
        this.worker = undefined;
        void worker.terminate();
      }, timeoutMs);
      const onReply = (reply: RenderReply | 'ready') => {
        if (reply === 'ready' || reply.id !== job.id) return;
        finish();
        if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
        else job.reject(new ChartNotDrawn('failed'));
      };
      const onExit = () => {
        finish();
        this.worker = undefined;
        job.reject(new ChartNotDrawn('failed'));
      };
      const finish = () => {
        clearTimeout(timer);
        worker.off('message', onReply);
        worker.off('exit', onExit);
        done();
      };
      worker.on('message', onReply);
      worker.once('exit', onExit);
      worker.postMessage({ id: job.id, chart: job.chart } satisfies RenderRequest);
    });
  }

  /** The fallback: same queue, same limits on waiting, drawn on this thread. */
  private async drawHere(job: Job): Promise<void> {
    try {
      const { chartPng } = await import('./chart.js');
      job.resolve(await chartPng(job.chart));
    } catch {
      job.reject(new ChartNotDrawn('failed'));
    }
  }

  private started(): Promise<Worker | undefined> {
    if (this.inProcess) return Promise.resolve(undefined);
    this.worker ??= startWorker().then(
      (worker) => {
        const current = this.worker;
        // A thread that dies between charts is replaced at the next one.
        worker.once('exit', () => {
          if (this.worker === current) this.worker = undefined;
        });
        return worker;
      },
      (error: unknown) => {
        this.inProcess = true;
        this.onFallback?.(error instanceof Error ? error.message : String(error));
        return undefined;
      },
    );
    return this.worker;
  }
}

/**
 * From TypeScript sources (tsx, tests) the thread registers tsx first; from
 * built JavaScript the worker file sits next to this one.
 */
function startWorker(): Promise<Worker> {
  const here = import.meta.url;
  const worker = here.endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./worker.ts', here).href)}); });`,
        { eval: true },
      )
    : new Worker(new URL('./worker.js', here));
  worker.unref();
  // An error inside the thread ends it; the 'exit' handlers fail its chart. Never an unhandled 'error' event.
  worker.on('error', () => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('chart thread did not start in time'));
    }, READY_TIMEOUT_MS);
    worker.once('message', (message) => {
      clearTimeout(timer);
      if (message === 'ready') resolve(worker);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`chart thread exited with ${code}`));
    });
  });
}
