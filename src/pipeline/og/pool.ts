import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheFile, OG_CACHE_DIR } from './key.ts';
import type { CardModel } from './model.ts';
import type { WorkerJob, WorkerReply } from './worker.ts';

// The worker's source file, run by Node's own TypeScript support; resolved from the project
// because, once the build has bundled this module, it no longer sits beside worker.ts.
const WORKER = resolve('src/pipeline/og/worker.ts');

/** Cards waiting for a worker, by cache file, in the order the build will ask for them. */
const queued = new Map<string, WorkerJob>();
/** Cards a worker is drawing, by cache file; the promise settles when the worker is done, whatever the outcome. */
const running = new Map<string, Promise<void>>();
let workers = 0;

/** How many cards the pool has drawn, for the build's timing. */
export const poolStats = { drawn: 0, failed: 0 };

/** How many threads draw cards at once: one per core (up to 8), since the build's own thread mostly waits for them on the card pages. */
export function poolSize(): number {
  return Math.min(availableParallelism(), 8);
}

/** Whether this Node can run the worker from source (Node 22.18+/24 strip types by default). */
export function canUsePool(): boolean {
  return process.features.typescript !== false && existsSync(WORKER);
}

function startWorker(): void {
  workers++;
  const worker = new Worker(WORKER);
  const settles = new Map<string, () => void>();
  const next = () => {
    const job = queued.values().next().value;
    if (!job) {
      // Nothing left to draw: end the thread so the build can exit.
      void worker.terminate();
      return;
    }
    queued.delete(job.file);
    running.set(job.file, new Promise<void>((settle) => settles.set(job.file, settle)));
    worker.postMessage(job);
  };
  const finish = (file: string) => {
    running.delete(file);
    settles.get(file)?.();
    settles.delete(file);
  };
  worker.on('message', (reply: WorkerReply) => {
    // A failed card is left undrawn: cardImage then draws it on the build's thread, which reports the error.
    if (reply.ok) poolStats.drawn++;
    else poolStats.failed++;
    finish(reply.file);
    next();
  });
  worker.on('error', () => poolStats.failed++);
  worker.on('exit', () => {
    workers--;
    // A thread that died mid-card releases it, so cardImage draws it instead of waiting forever.
    for (const file of [...settles.keys()]) finish(file);
  });
  next();
}

/**
 * Starts drawing every card of `models` not in the cache yet on worker threads, in order, while
 * the build goes on with other pages; returns how many were queued. cardImage picks the results up.
 */
export function warmCards(
  models: readonly CardModel[],
  { dir = OG_CACHE_DIR, size = poolSize() } = {},
): number {
  if (size < 1 || !canUsePool()) return 0;
  let added = 0;
  for (const model of models) {
    const file = cacheFile(model, dir);
    if (queued.has(file) || running.has(file) || existsSync(file)) continue;
    queued.set(file, { file, model });
    added++;
  }
  while (workers < Math.min(size, queued.size)) startWorker();
  return added;
}

/**
 * Takes a card out of the pool's hands: a promise if a worker is drawing it (wait, then read the
 * cache), otherwise undefined, having dropped it from the queue so that the caller draws it now.
 */
export function claim(file: string): Promise<void> | undefined {
  queued.delete(file);
  return running.get(file);
}
