import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, REGISTRY } from '../../src/schemas/collections.ts';
import type { IndexedPage } from './plan.ts';

/** The collections whose entry pages a reader lands on from a search. */
export const SEARCHED = COLLECTIONS.filter((c) => REGISTRY[c].search);

// The value Pagefind sorts "Newest first" on (src/view/search-facets.ts writes it as `data-sort-date`).
const SORT_DATE = /\sdata-sort-date="([^"]*)"/;

/**
 * The pages Pagefind indexes: each searchable collection's entry pages (`lessons/<slug>/index.html`) that mark
 * their content with `data-pagefind-body`; numbered list pages (`lessons/2/`) do not and are left out, as
 * Pagefind leaves them out. Each file is read once, for its date and its hash.
 */
export function indexedPages(site: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const collection of SEARCHED) {
    const dir = join(site, collection);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const file = `${collection}/${slug}/index.html`;
      const path = join(site, file);
      if (!existsSync(path)) continue;
      const html = readFileSync(path, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      pages.push({
        url: `/${collection}/${slug}/`,
        file,
        date: SORT_DATE.exec(html)?.[1],
        hash: createHash('sha256').update(html).digest('hex'),
      });
    }
  }
  return pages;
}
