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
 * 2,000 (Pagefind needs about 0.5 GB for them). A library of no more pages is one index, as it always was.
 */
export function shardPages(env = process.env): number {
  const given = env['LESSON_SHARE_SEARCH_SHARD_PAGES'];
  const pages = given === undefined || given === '' ? 2000 : Number(given);
  if (!Number.isInteger(pages) || pages < 4)
    throw new Error(
      `LESSON_SHARE_SEARCH_SHARD_PAGES must be a whole number of at least 4, not "${given}".`,
    );
  return pages;
}

// Newest first, then by URL; pages without a date (authors) after every dated one.
const byDate = (a: IndexedPage, b: IndexedPage) =>
  a.date === b.date
    ? a.url < b.url
      ? -1
      : a.url > b.url
        ? 1
        : 0
    : a.date === undefined
      ? 1
      : b.date === undefined
        ? -1
        : a.date < b.date
          ? 1
          : -1;

/** A number from a page's URL alone, the same on every build: where a shard may end does not move with other pages. */
const urlNumber = (url: string) => createHash('sha256').update(url).digest().readUInt32BE(0);

/**
 * Splits the indexed pages into shards of at most `max` pages. Each shard is a run of the pages in date order
 * (newest first), so "Newest first" over several shards is each shard's own order, one shard after the other;
 * no shard ends between two pages of one date unless it is full. Where a run ends depends on its last page's
 * URL (content-defined chunking): a lesson added, removed or edited changes its own shard and, rarely, the next,
 * never every shard after it. Shards hold `max / 2` to `max` pages, about `3 max / 4` on average.
 */
export function planShards(pages: IndexedPage[], max: number): IndexedPage[][] {
  const ordered = [...pages].sort(byDate);
  if (ordered.length <= max) return [ordered];
  const min = Math.floor(max / 2);
  const spread = Math.max(1, Math.floor(max / 4));
  const shards: IndexedPage[][] = [];
  let current: IndexedPage[] = [];
  ordered.forEach((page, i) => {
    current.push(page);
    const next = ordered[i + 1];
    const sameDate = next !== undefined && next.date !== undefined && next.date === page.date;
    const natural = current.length >= min && !sameDate && urlNumber(page.url) % spread === 0;
    if (next === undefined || current.length >= max || natural) {
      shards.push(current);
      current = [];
    }
  });
  return shards;
}
