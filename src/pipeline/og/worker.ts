// A card-drawing thread of the pool (pool.ts). Run by Node itself, not by Vite, so it imports only
// modules Node can strip the types from: no `?raw`, no astro:*.
import { parentPort } from 'node:worker_threads';
import { writeAtomic } from '../files.ts';
import type { CardModel } from './model.ts';
import { renderCard } from './render.ts';

/** A job the pool sends: draw this card into this file. */
export interface WorkerJob {
  file: string;
  model: CardModel;
}

/** What the worker answers: the file is written, or why not. */
export type WorkerReply = { file: string; ok: true } | { file: string; ok: false; message: string };

// One card at a time, in the order sent: the pool hands a worker many cards at once, and the build asks for them in that order.
let drawing = Promise.resolve();
parentPort?.on('message', (job: WorkerJob) => {
  drawing = drawing.then(() => draw(job));
});

async function draw({ file, model }: WorkerJob): Promise<void> {
  let reply: WorkerReply;
  try {
    await writeAtomic(file, await renderCard(model));
    reply = { file, ok: true };
  } catch (error) {
    reply = {
      file,
      ok: false,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage(reply);
}
