import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkSource } from './paths.ts';
import type { WorkerData, WorkerJob, WorkerReply } from './worker.ts';
import type { FileAnalysis, FileInput } from '../types.ts';

const WORKER = checkSource('runner/worker.ts');

/**
 * Fewer files than this are analysed on the main thread. Each worker first spends about 0.45 s of
 * CPU loading the rules' libraries (compromise alone half of it); on this project's shared 2-core
 * machine two workers broke even with one thread at about 400 files, and saved 10–20% at 1,000.
 */
export const POOL_THRESHOLD = 400;

/** How many threads analyse files at once: one per core the process may use, up to 8. */
export function poolSize(): number {
  return Math.min(availableParallelism(), 8);
}

/** Whether this Node can run the worker from source (Node 22.18+ and 24 strip types by default). */
export function canUsePool(): boolean {
  return process.features.typescript !== false && existsSync(WORKER);
}

// Files per message: small enough that the threads finish together, large enough that messages cost nothing.
const BATCH = 25;

/** How many threads analyseInPool starts for `files` files: no more than there are batches. */
export function poolThreads(files: number, size = poolSize()): number {
  return Math.min(size, Math.ceil(files / BATCH));
}

/**
 * Runs the per-file rules over `files` on `size` worker threads, in batches handed out as
 * threads come free; resolves to one analysis per file, in the order given. Rejects if a
 * thread fails, after stopping the others.
 */
export function analyseInPool(
  files: readonly FileInput[],
  known: readonly string[],
  size = poolSize(),
  batchSize = BATCH,
): Promise<FileAnalysis[]> {
  const batches: FileInput[][] = [];
  for (let start = 0; start < files.length; start += batchSize)
    batches.push(files.slice(start, start + batchSize));
  const results: FileAnalysis[] = [];
  if (batches.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let sent = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const send = (worker: Worker) => {
      if (sent >= batches.length) return;
      const job: WorkerJob = { batch: sent, files: batches[sent] as FileInput[] };
      sent++;
      worker.postMessage(job);
    };
    const data: WorkerData = { known: [...known] };
    for (let i = 0; i < Math.min(size, batches.length); i++) {
      const worker = new Worker(WORKER, { workerData: data });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return finish(new Error(`a check worker failed: ${reply.error}`));
        reply.analyses.forEach(
          (analysis, index) => (results[reply.batch * batchSize + index] = analysis),
        );
        if (++done === batches.length) return finish();
        send(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) =>
        finish(new Error(`a check worker stopped (exit code ${code}) before the check was done`)),
      );
      // Two batches in hand, so a thread never idles while the main thread is busy with the cross-file rules.
      send(worker);
      send(worker);
    }
  });
}
