#!/usr/bin/env node
// node scripts/search-index.ts [dist]: writes the Pagefind index of a built site into <dist>/pagefind/ (npm run build runs it).
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { cacheDirFor } from '../src/pipeline/content-dir.ts';
import { indexedPages, SEARCHED } from './search-index/pages.ts';
import { dateOrder, planShards, shardPages, type IndexedPage } from './search-index/plan.ts';
import { copyShard, pruneStore, shardKey } from './search-index/store.ts';

/**
 * The pages a reader lands on from a search: each searchable collection's entry pages
 * (`lessons/<slug>/index.html`, `authors/<id>/index.html`). Only they carry `data-pagefind-body`;
 * leaving tag, list and other pages out of the glob spares Pagefind reading and parsing them
 * (a quarter of the site). Numbered list pages (`lessons/2/`) match too and are skipped by Pagefind.
 */
export const SEARCHED_PAGES = `{${SEARCHED.join(',')}}/*/index.html`;

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
const SETTINGS = { excludeSelectors: EXCLUDED, forceLanguage: 'en' };

/**
 * The island's code for a split index (src/islands/search/pagefind-shards.ts), as the JavaScript module
 * `pagefind/shards.js`: published, and fetched, only where the library is split, so that a library of one index
 * adds nothing to the search page's weight (a chunk of the island would, with the bundler's loader for it).
 */
function splitModule(): string {
  const source = readFileSync(
    join(import.meta.dirname, '../src/islands/search/pagefind-shards.ts'),
    'utf8',
  );
  // Node's type stripping says once that it is experimental: a build's log is no place for that.
  const warn = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = warn;
  }
}

/** Where shard k of a split index is published, beside the first shard's `pagefind/` (the island reads `shards.json`). */
export const shardFolder = (k: number) => (k === 0 ? '' : `shard-${k}/`);

const log = (message: string) =>
  process.stdout.write(
    `${new Date().toTimeString().slice(0, 8)} [lesson-share:pagefind] ${message}\n`,
  );

/**
 * The pages of one shard, linked (not copied) into a folder of their own under the site, at the same paths:
 * Pagefind then reads them itself, as many at a time as it likes, and gives them the URLs the site's own do.
 */
function stage(site: string, pages: IndexedPage[]): string {
  const folder = join(site, '.pagefind-shard');
  rmSync(folder, { recursive: true, force: true });
  for (const page of pages) {
    const [from, to] = [join(site, page.file), join(folder, page.file)];
    mkdirSync(dirname(to), { recursive: true });
    // A file system without hard links gets copies.
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
  return folder;
}

/**
 * Writes one shard's index into `to` with Pagefind's Node API, in a Pagefind process of its own that ends
 * with it, so the memory it needs is one shard's. A library that is one shard is indexed from the built
 * folder, as it always was; a shard of a larger one from a folder of its pages alone.
 */
async function writeShard(site: string, pages: IndexedPage[], whole: boolean, to: string) {
  const folder = whole ? site : stage(site, pages);
  try {
    const { index, errors } = await createIndex(SETTINGS);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: folder, glob: SEARCHED_PAGES });
    fail('index the site', added.errors);
    const written = await index.writeFiles({ outputPath: `${to}.writing` });
    fail('write the index', written.errors);
    rmSync(to, { recursive: true, force: true });
    renameSync(`${to}.writing`, to);
  } finally {
    // The Node API runs Pagefind as a child process: without this the process never exits.
    await close();
    if (!whole) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Indexes a built site's entry and author pages, only their elements marked `data-pagefind-body`, into
 * `pagefind/`: one index up to LESSON_SHARE_SEARCH_SHARD_PAGES pages, shards of at most that many beyond
 * (docs/search-index.md). A shard whose pages did not change since the last build is copied from the store in
 * the library's cache, not indexed again. Says whether it succeeded; the reason is logged.
 */
export async function indexSite(site: string): Promise<boolean> {
  try {
    const shards = planShards(indexedPages(site), shardPages());
    const store = join(cacheDirFor(), 'search-index');
    const out = join(site, 'pagefind');
    mkdirSync(store, { recursive: true });
    rmSync(out, { recursive: true, force: true });
    const used = new Set<string>();
    let reused = 0;
    for (const [k, pages] of shards.entries()) {
      const whole = shards.length === 1;
      const key = shardKey(pages, { ...SETTINGS, whole });
      const stored = join(store, key);
      if (!existsSync(stored)) await writeShard(site, pages, whole, stored);
      else reused++;
      used.add(key);
      copyShard(stored, join(out, shardFolder(k)), k === 0);
    }
    writeFileSync(join(out, 'shards.json'), `${JSON.stringify({ shards: shards.length })}\n`);
    if (shards.length > 1) {
      writeFileSync(join(out, 'shards.js'), splitModule());
      writeFileSync(
        join(out, 'shard-order.json'),
        `${JSON.stringify({ order: dateOrder(shards) })}\n`,
      );
    }
    pruneStore(store, used);
    const pages = shards.reduce((sum, shard) => sum + shard.length, 0);
    const split = shards.length === 1 ? '' : ` in ${shards.length} shards`;
    const copied = reused === 0 ? '' : ` (${reused} unchanged, copied)`;
    log(`Search index of ${pages} pages${split} written to pagefind/${copied}.`);
    return true;
  } catch (error) {
    log((error as Error).message);
    return false;
  }
}

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

if (import.meta.main)
  process.exitCode = (await indexSite(resolve(process.argv[2] ?? 'dist'))) ? 0 : 1;
