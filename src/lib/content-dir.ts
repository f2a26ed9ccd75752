import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const DEFAULT_CONTENT = 'content';

/**
 * The folder that holds the library's entries: `content/`, or the one named by
 * `LESSON_SHARE_CONTENT` (used by tests and the benchmark to build other libraries).
 */
export function contentDir(): string {
  return resolve(process.env['LESSON_SHARE_CONTENT'] ?? DEFAULT_CONTENT);
}

/**
 * Astro's cache folder for the current content folder. Astro's content store keys
 * entries by slug, so two libraries sharing one cache collide; each gets its own.
 */
export function cacheDirFor(content = contentDir()): string {
  if (content === resolve(DEFAULT_CONTENT)) return resolve('node_modules/.astro');
  return resolve('node_modules/.astro/libraries', createHash('sha256').update(content).digest('hex').slice(0, 16));
}
