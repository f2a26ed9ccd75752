import { resolve } from 'node:path';

/**
 * The folder that holds the library's entries: `content/`, or the one named by
 * `LESSON_SHARE_CONTENT` (used by tests and the benchmark to build other libraries).
 */
export function contentDir(): string {
  return resolve(process.env['LESSON_SHARE_CONTENT'] ?? 'content');
}
