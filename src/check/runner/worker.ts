// A thread of the check's pool (pool.ts): runs the per-file rules over the files it is sent.
// Run by Node itself, not by Vite, so it imports only modules Node can strip the types from.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseFile } from './analyse.ts';
import type { FileAnalysis, FileInput } from '../types.ts';

/** What the pool sends: a batch of files, numbered so the answer finds its place. */
export interface WorkerJob {
  batch: number;
  files: FileInput[];
}

/** What the worker answers: one analysis per file, in the order sent, or why not. */
export type WorkerReply =
  { batch: number; analyses: FileAnalysis[] } | { batch: number; error: string };

/** What every worker starts with: the library's known words, for the `names` rule. */
export interface WorkerData {
  known: string[];
}

const known = new Set((workerData as WorkerData).known);

parentPort?.on('message', async ({ batch, files }: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const analyses: FileAnalysis[] = [];
    for (const input of files) analyses.push(await analyseFile(input, known));
    reply = { batch, analyses };
  } catch (error) {
    reply = {
      batch,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
