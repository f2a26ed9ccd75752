import { createHash } from 'node:crypto';
import { COMPONENT_REFERENCES } from '../components/author/allowlist.ts';
import type { CollectionName } from '../schemas/index.ts';

/**
 * A page's cache key for Astro's incremental build: a hash of every value the page is
 * rendered from, so equal keys mean an identical page. Dates hash as ISO strings.
 */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** Entries an MDX body names through author components (`<PatternRef slug="…" />`), whose titles it shows. */
export function bodyReferences(body: string): { collection: CollectionName; id: string }[] {
  return Object.entries(COMPONENT_REFERENCES).flatMap(([name, { attribute, collection }]) =>
    [...body.matchAll(new RegExp(`<${name}\\b[^>]*?\\b${attribute}=["']([^"']+)["']`, 'g'))].map((match) => ({ collection, id: match[1] as string })),
  );
}
