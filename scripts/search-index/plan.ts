import { createHash } from 'node:crypto';

/** A page Pagefind indexes: its URL, its date (Newest first sorts on it; authors have none) and its file's hash. */
export interface IndexedPage {
  url: string;
  /** The file under the built site, relative to it. */
  file: string;
  date: string | undefined;
  hash: string;
}

/**
 * Pages per shard at most, so Pagefind's memory is bounded by a shard: `LESSON_SHARE_SEARCH_SHARD_PAGES`, else
 * 4,000 (Pagefind needs about 1.1 GB for them; a smaller shard would split the bench's 3,000 entries, costing a third
 * more indexing time there while the build's peak is Astro's, not Pagefind's). A library of no more pages is one index.
 */
export function shardPages(env = process.env): number {
  const given = env['LESSON_SHARE_SEARCH_SHARD_PAGES'];
  const pages = given === undefined || given === '' ? 4000 : Number(given);
  if (!Number.isInteger(pages) || pages < 4)
    throw new Error(
      `LESSON_SHARE_SEARCH_SHARD_PAGES must be a whole number of at least 4, not "${given}".`,
    );
  return pages;
}

// Oldest first, then by URL: the order Pagefind keeps a date sort in (positions count from the oldest).
const byDate = (a: IndexedPage, b: IndexedPage) =>
  (a.date ?? '') < (b.date ?? '')
    ? -1
    : (a.date ?? '') > (b.date ?? '')
      ? 1
      : a.url < b.url
        ? -1
        : 1;

/**
 * Which of `buckets` shards a page goes to, from its URL alone (Lamping and Veach's jump consistent hash): the
 * same on every build, and when the number of shards grows by one only a share of the pages move, to the new one.
 */
function jumpHash(url: string, buckets: number): number {
  let key = createHash('sha256').update(url).digest().readBigUInt64BE(0);
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & 0xffffffffffffffffn;
    j = Math.floor(((b + 1) * 2 ** 31) / (Number(key >> 33n) + 1));
  }
  return b;
}

/**
 * Splits the indexed pages into shards of at most `max` pages, each page in the shard its URL hashes to. A shard
 * is then a sample of the whole library, so the word counts Pagefind scores a shard's pages by (BM25) are close to
 * the library's, and a lesson added, removed or edited changes its own shard only. There are as many shards as
 * hold about three quarters of `max` pages each, more if chance fills one past `max`.
 */
export function planShards(pages: IndexedPage[], max: number): IndexedPage[][] {
  const ordered = [...pages].sort((a, b) => (a.url < b.url ? -1 : 1));
  if (ordered.length <= max) return [ordered];
  for (let count = Math.ceil(ordered.length / Math.floor((max * 3) / 4)); ; count++) {
    const shards: IndexedPage[][] = Array.from({ length: count }, () => []);
    for (const page of ordered) shards[jumpHash(page.url, count)]?.push(page);
    if (shards.every((shard) => shard.length <= max && shard.length > 0)) return shards;
  }
}

/**
 * The shard of every dated page, oldest first, one base-36 digit (or more, past 36 shards) a page: Pagefind gives
 * a page of a sorted search its place in its own shard's date order, and this turns that place into the page's
 * place in the library's (the island's Newest first over several shards, src/islands/search/pagefind-shards.ts).
 */
export function dateOrder(shards: IndexedPage[][]): string {
  const width = digitsFor(shards.length);
  return shards
    .flatMap((shard, k) =>
      shard.filter((page) => page.date !== undefined).map((page) => ({ page, k })),
    )
    .sort((a, b) => byDate(a.page, b.page))
    .map(({ k }) => k.toString(36).padStart(width, '0'))
    .join('');
}

/** How many base-36 digits a shard's number takes. */
export const digitsFor = (shards: number) =>
  Math.max(1, Math.ceil(Math.log(shards) / Math.log(36)));
