import { describe, expect, it } from 'vitest';
import {
  dateOrder,
  planShards,
  shardPages,
  type IndexedPage,
} from '../../scripts/search-index/plan.ts';

/** A library of `n` pages: a few a day, as a real one is written, and some authors' pages. */
function library(n: number, perDay = 3): IndexedPage[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / perDay)));
    return {
      url: `/lessons/lesson-${i}/`,
      file: `lessons/lesson-${i}/index.html`,
      date: i % 10 === 9 ? undefined : day.toISOString().slice(0, 10),
      hash: `h${i}`,
    };
  });
}

const urls = (shards: IndexedPage[][]) => shards.map((shard) => shard.map((p) => p.url).join());

describe('planShards', () => {
  it('keeps a library of up to the shard size one index', () => {
    const pages = library(2000);
    expect(planShards(pages, 2000)).toHaveLength(1);
    expect(planShards(pages, 2000)[0]).toHaveLength(2000);
  });

  it('splits a larger one into shards of at most the shard size, about three quarters full, every page in one', () => {
    const pages = library(10_000);
    const shards = planShards(pages, 2000);
    expect(shards).toHaveLength(7);
    for (const shard of shards) {
      expect(shard.length).toBeGreaterThan(1200);
      expect(shard.length).toBeLessThanOrEqual(2000);
    }
    expect(
      shards
        .flat()
        .map((p) => p.url)
        .sort(),
    ).toEqual(pages.map((p) => p.url).sort());
  });

  it('mixes old and new pages in every shard, so each is a sample of the library', () => {
    const shards = planShards(library(10_000), 2000);
    // Three pages a day from 2020 to 2029: each shard holds some of the first month's and of the last's.
    for (const shard of shards) {
      const dates = shard
        .map((p) => p.date)
        .filter((d): d is string => d !== undefined)
        .sort();
      expect(dates[0]! < '2020-02-01', dates[0]).toBe(true);
      expect(dates.at(-1)! > '2029-01-15', dates.at(-1)).toBe(true);
    }
  });

  it('changes only the shard a new lesson falls in', () => {
    const pages = library(8000);
    const before = urls(planShards(pages, 2000));
    for (const n of [1, 2, 3, 4, 5]) {
      const added: IndexedPage = {
        url: `/lessons/a-new-lesson-${n}/`,
        file: `lessons/a-new-lesson-${n}/index.html`,
        date: '2030-01-01',
        hash: 'new',
      };
      const after = urls(planShards([...pages, added], 2000));
      expect(after.filter((shard) => !before.includes(shard))).toHaveLength(1);
    }
  });

  it('gives the same shards whatever order the pages come in', () => {
    const pages = library(5000);
    expect(urls(planShards([...pages].reverse(), 2000))).toEqual(urls(planShards(pages, 2000)));
  });
});

describe('dateOrder', () => {
  it('names the shard of every dated page, oldest first, so a place in a shard gives the place in the library', () => {
    const shards = planShards(library(3000), 1000);
    const order = dateOrder(shards);
    const dated = shards.flat().filter((p) => p.date !== undefined);
    expect(order).toHaveLength(dated.length);
    // The r-th page of shard k in its own date order is the page at the r-th place of k in the order.
    const key = (p: IndexedPage) => `${p.date ?? ''} ${p.url}`;
    const byDate = (a: IndexedPage, b: IndexedPage) => (key(a) < key(b) ? -1 : 1);
    const library3000 = [...dated].sort(byDate);
    for (const [k, shard] of shards.entries()) {
      const own = shard.filter((p) => p.date !== undefined).sort(byDate);
      const places = [...order].flatMap((digit, i) => (parseInt(digit, 36) === k ? [i] : []));
      expect(places.map((i) => library3000[i]?.url)).toEqual(own.map((p) => p.url));
    }
  });
});

describe('shardPages', () => {
  it('is 4,000 unless LESSON_SHARE_SEARCH_SHARD_PAGES says otherwise', () => {
    expect(shardPages({})).toBe(4000);
    expect(shardPages({ LESSON_SHARE_SEARCH_SHARD_PAGES: '8' })).toBe(8);
  });

  it('refuses a size that is not a whole number of at least 4, saying what it got', () => {
    expect(() => shardPages({ LESSON_SHARE_SEARCH_SHARD_PAGES: 'many' })).toThrow(
      'LESSON_SHARE_SEARCH_SHARD_PAGES must be a whole number of at least 4, not "many".',
    );
    expect(() => shardPages({ LESSON_SHARE_SEARCH_SHARD_PAGES: '2' })).toThrow(/not "2"/);
  });
});
