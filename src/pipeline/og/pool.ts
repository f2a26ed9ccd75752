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

/**
 * Cards each worker holds at once. A worker is handed its next card when the build's thread reads its last reply,
 * and that thread is busy for seconds at a time (syncing content, bundling): with one card in hand the workers sat
 * idle through it. A worker draws its cards in the order given, so the build waits no longer for a card in hand than
 * it would to draw it itself.
 */
export const IN_FLIGHT = 1000;

/** The pool's state: one per process, shared by the integration's copy of this module and the build's bundled one. */
interface PoolState {
  /** Cards waiting for a worker, by cache file, in the order the build will ask for them. */
  queued: Map<string, WorkerJob>;
  /** Cards a worker holds, by cache file; `done` settles when the worker is done, whatever the outcome. */
  running: Map<string, { done: Promise<void>; settle: () => void }>;
  /** The live workers, each with the cards it holds. */
  workers: Set<PoolWorker>;
  /** How many cards the pool has drawn, for the build's timing. */
  stats: { drawn: number; failed: number };
}

interface PoolWorker {
  thread: Worker;
  holds: Set<string>;
  inFlight: number;
}

// The content check's integration starts the pool before Vite bundles this module again for the pages.
const KEY = Symbol.for('lesson-share:card-pool');
const shelf = globalThis as typeof globalThis & { [KEY]?: PoolState };
const state = (shelf[KEY] ??= {
  queued: new Map(),
  running: new Map(),
  workers: new Set(),
  stats: { drawn: 0, failed: 0 },
});
const { queued, running } = state;

/** How many cards the pool has drawn, for the build's timing. */
export const poolStats = state.stats;

/** How many threads draw cards at once: one per core (up to 8), since the build's own thread mostly waits for them on the card pages. */
export function poolSize(): number {
  return Math.min(availableParallelism(), 8);
}

/** Whether this Node can run the worker from source (Node 22.18+/24 strip types by default). */
export function canUsePool(): boolean {
  return process.features.typescript !== false && existsSync(WORKER);
}

// Settles a card's promise and forgets it, so that cardImage reads the file (or, if none, draws it). Kept in the
// shared state: the module copy that hands a card out may not be the one whose worker answers.
function finish(file: string): void {
  running.get(file)?.settle();
  running.delete(file);
}

// Hands the queued cards out, in order, each to the worker holding fewest; ends a worker with nothing left to draw.
function dispatch(): void {
  for (let job = queued.values().next().value; job; job = queued.values().next().value) {
    let target: PoolWorker | undefined;
    for (const worker of state.workers)
      if (
        worker.holds.size < worker.inFlight &&
        worker.holds.size < (target?.holds.size ?? Infinity)
      )
        target = worker;
    if (!target) break;
    queued.delete(job.file);
    let settle = () => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    running.set(job.file, { done, settle });
    target.holds.add(job.file);
    target.thread.postMessage(job);
  }
  for (const worker of state.workers) {
    // Nothing left to draw: end the thread so the build can exit.
    if (worker.holds.size > 0) continue;
    state.workers.delete(worker);
    void worker.thread.terminate();
  }
}

function startWorker(inFlight: number): void {
  const worker: PoolWorker = { thread: new Worker(WORKER), holds: new Set(), inFlight };
  state.workers.add(worker);
  worker.thread.on('message', (reply: WorkerReply) => {
    // A failed card is left undrawn: cardImage then draws it on the build's thread, which reports the error.
    if (reply.ok) poolStats.drawn++;
    else poolStats.failed++;
    worker.holds.delete(reply.file);
    finish(reply.file);
    dispatch();
  });
  worker.thread.on('error', () => poolStats.failed++);
  worker.thread.on('exit', () => {
    state.workers.delete(worker);
    // A thread that died mid-card releases what it held, so cardImage draws those instead of waiting forever.
    for (const file of worker.holds) finish(file);
    worker.holds.clear();
  });
}

/**
 * Starts drawing every card of `models` not in the cache yet on worker threads, in order, while
 * the build goes on with other pages; returns how many were queued. cardImage picks the results up.
 */
export function warmCards(
  models: readonly CardModel[],
  { dir = OG_CACHE_DIR, size = poolSize(), inFlight = IN_FLIGHT } = {},
): number {
  if (size < 1 || !canUsePool()) return 0;
  let added = 0;
  for (const model of models) {
    const file = cacheFile(model, dir);
    if (queued.has(file) || running.has(file) || existsSync(file)) continue;
    queued.set(file, { file, model });
    added++;
  }
  while (state.workers.size < Math.min(size, queued.size)) startWorker(inFlight);
  dispatch();
  return added;
}

/**
 * Takes a card out of the pool's hands: a promise if a worker holds it (wait, then read the
 * cache), otherwise undefined, having dropped it from the queue so that the caller draws it now.
 */
export function claim(file: string): Promise<void> | undefined {
  queued.delete(file);
  return running.get(file)?.done;
}
