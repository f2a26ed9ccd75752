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

parentPort?.on('message', async ({ file, model }: WorkerJob) => {
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
});
