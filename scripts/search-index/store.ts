import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexedPage } from './plan.ts';

const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

/**
 * The name a shard's index is stored under: a hash of what Pagefind reads to write it (its version, the
 * indexing settings and each page's URL and file), so a shard whose pages did not change is found again.
 */
export function shardKey(pages: IndexedPage[], settings: object): string {
  const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\0${JSON.stringify(settings)}\0`);
  for (const page of pages) hash.update(`${page.url}\0${page.hash}\0`);
  return hash.digest('hex').slice(0, 24);
}

/** Files of a shard's index that a merged shard needs: Pagefind's script, WebAssembly and UI come from the first. */
const DATA = /^(pagefind-entry\.json|.+\.pf_meta|index|fragment|filter)$/;

/** Copies a stored shard into the built site: the first whole, the others their index data only. */
export function copyShard(stored: string, to: string, first: boolean): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(stored))
    if (first || DATA.test(name)) cpSync(join(stored, name), join(to, name), { recursive: true });
}

/** Removes the stored shards this build did not use: the store holds one library's shards, never its history. */
export function pruneStore(store: string, used: Set<string>): void {
  if (!existsSync(store)) return;
  for (const name of readdirSync(store))
    if (!used.has(name)) rmSync(join(store, name), { recursive: true, force: true });
}
