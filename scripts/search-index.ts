#!/usr/bin/env node
// node scripts/search-index.ts [dist]: writes the Pagefind index of a built site into <dist>/pagefind/ (npm run build runs it).
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { COLLECTIONS, REGISTRY } from '../src/schemas/collections.ts';

/**
 * The pages a reader lands on from a search: each searchable collection's entry pages
 * (`lessons/<slug>/index.html`, `authors/<id>/index.html`). Only they carry `data-pagefind-body`;
 * leaving tag, list and other pages out of the glob spares Pagefind reading and parsing them
 * (a quarter of the site). Numbered list pages (`lessons/2/`) match too and are skipped by Pagefind.
 */
export const SEARCHED_PAGES = `{${COLLECTIONS.filter((c) => REGISTRY[c].search).join(',')}}/*/index.html`;

/**
 * Parts of an indexed page that are chrome, not content: heading anchors would put a `#` in
 * every section title; card lists are backlinks that belong to other entries (an event page
 * lists its lessons inside its article); badges, bylines, fact lists, tag lists and table
 * headings are labels that Pagefind would glue to their values ("Also known asPre-mortem") or
 * to the last section's excerpt, and the filters and searchable metadata carry them already;
 * the provenance note is about the file, not the lesson.
 */
const EXCLUDED = [
  '.heading-anchor',
  '.cards',
  '.eyebrow',
  '.meta',
  '.tags',
  '.provenance',
  'caption',
  'thead',
];

const log = (message: string) =>
  process.stdout.write(
    `${new Date().toTimeString().slice(0, 8)} [lesson-share:pagefind] ${message}\n`,
  );

/**
 * Indexes a built site with Pagefind's Node API. Only the entry and author pages are read, and
 * only their elements marked `data-pagefind-body` indexed. Says whether it succeeded; the reason is logged.
 */
export async function indexSite(site: string): Promise<boolean> {
  try {
    const { index, errors } = await createIndex({
      excludeSelectors: EXCLUDED,
      forceLanguage: 'en',
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: SEARCHED_PAGES });
    fail('index the site', added.errors);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    fail('write the index', written.errors);
    log(`Search index of ${added.page_count} pages written to pagefind/.`);
    return true;
  } catch (error) {
    log((error as Error).message);
    return false;
  } finally {
    // The Node API runs Pagefind as a child process: without this the process never exits.
    await close();
  }
}

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

if (import.meta.main)
  process.exitCode = (await indexSite(resolve(process.argv[2] ?? 'dist'))) ? 0 : 1;
