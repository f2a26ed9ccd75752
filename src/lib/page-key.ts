import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental build: a hash of every value the page is
 * rendered from, so equal keys mean an identical page. Dates hash as ISO strings.
 */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
