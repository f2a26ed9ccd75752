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

/** Where a full shard may end so that no date runs on into the next: after its last change of date past `min`. */
function lastDateChange(pages: IndexedPage[], min: number): number | undefined {
  for (let j = pages.length - 1; j >= min; j--) if (pages[j - 1]?.date !== pages[j]?.date) return j;
  return undefined;
}

/**
 * Splits the indexed pages into shards of at most `max` pages. Each shard is a run of the pages in date order
 * (newest first), so "Newest first" over several shards is each shard's own order, one shard after the other;
 * no shard ends between two pages of one date unless a single date fills it. Where a run ends depends on its
 * last page's URL (content-defined chunking): a lesson added, removed or edited changes its own shard and,
 * rarely, the next, not every shard after it. Shards hold `max / 2` to `max` pages.
 */
export function planShards(pages: IndexedPage[], max: number): IndexedPage[][] {
  const ordered = [...pages].sort(byDate);
  if (ordered.length <= max) return [ordered];
  const min = Math.floor(max / 2);
  const spread = Math.max(1, Math.floor(max / 8));
  const shards: IndexedPage[][] = [];
  let current: IndexedPage[] = [];
  const cut = (at: number) => {
    shards.push(current.slice(0, at));
    current = current.slice(at);
  };
  ordered.forEach((page, i) => {
    current.push(page);
    const next = ordered[i + 1];
    const sameDate = next !== undefined && next.date !== undefined && next.date === page.date;
    if (current.length >= min && !sameDate && urlNumber(page.url) % spread === 0)
      cut(current.length);
    else if (current.length >= max) cut(lastDateChange(current, min) ?? current.length);
  });
  if (current.length > 0) shards.push(current);
  return shards;
}
