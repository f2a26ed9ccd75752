import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../files.ts';
import { cacheFile, OG_CACHE_DIR } from './key.ts';
import type { CardModel } from './model.ts';
import { claim } from './pool.ts';
import { renderCard } from './render.ts';

/** How this process obtained its cards, for the timing the tests and benchmarks print. */
export const cacheStats = { hits: 0, misses: 0, renderMs: 0 };

/** Options for {@link cardImage}; tests point it at a scratch folder and count renders. */
export interface CardImageOptions {
  dir?: string;
  render?: (model: CardModel) => Promise<Buffer>;
}

/** A card's PNG: read from the cache when this exact card was drawn before (or by the pool), otherwise drawn and stored. */
export async function cardImage(
  model: CardModel,
  { dir = OG_CACHE_DIR, render = renderCard }: CardImageOptions = {},
): Promise<Buffer> {
  const file = cacheFile(model, dir);
  await claim(file);
  try {
    const png = await readFile(file);
    cacheStats.hits++;
    return png;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const start = performance.now();
  let png: Buffer;
  try {
    png = await render(model);
  } catch (error) {
    throw new Error(
      `could not draw the sharing card of the ${model.label.toLowerCase()} “${model.title}”: ${String(error)}`,
      { cause: error },
    );
  }
  cacheStats.renderMs += performance.now() - start;
  cacheStats.misses++;
  await writeAtomic(file, png);
  return png;
}
