import { describe, expect, it } from 'vitest';
import { planShards, shardPages, type IndexedPage } from '../../scripts/search-index/plan.ts';

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

  it('splits a larger one into shards of half to all of the shard size, every page in one', () => {
    const pages = library(10_000);
    const shards = planShards(pages, 2000);
    expect(shards.length).toBeGreaterThan(5);
    expect(shards.length).toBeLessThanOrEqual(10);
    for (const shard of shards.slice(0, -1)) {
      expect(shard.length).toBeGreaterThanOrEqual(1000);
      expect(shard.length).toBeLessThanOrEqual(2000);
    }
    expect(
      shards
        .flat()
        .map((p) => p.url)
        .sort(),
    ).toEqual(pages.map((p) => p.url).sort());
  });

  it('puts the pages in date order, newest first, one shard after the other, and never one date in two shards', () => {
    const shards = planShards(library(6000), 1000);
    const dated = shards.map((shard) => shard.filter((p) => p.date !== undefined));
    const order = dated.flat().map((p) => p.date);
    expect(order).toEqual([...order].sort().reverse());
    for (const [k, shard] of dated.entries()) {
      const next = dated[k + 1]?.[0];
      if (next && shard.length > 0) expect(shard.at(-1)?.date).not.toBe(next.date);
    }
  });

  it('changes only the shard a new lesson falls in, or that and the next', () => {
    const pages = library(8000);
    const before = urls(planShards(pages, 2000));
    const added: IndexedPage = {
      url: '/lessons/a-new-lesson/',
      file: 'lessons/a-new-lesson/index.html',
      date: pages[4000]?.date,
      hash: 'new',
    };
    const after = urls(planShards([...pages, added], 2000));
    const changed = after.filter((shard) => !before.includes(shard));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2);
  });

  it('gives the same shards whatever order the pages come in', () => {
    const pages = library(5000);
    expect(urls(planShards([...pages].reverse(), 2000))).toEqual(urls(planShards(pages, 2000)));
  });
});

describe('shardPages', () => {
  it('is 2,000 unless LESSON_SHARE_SEARCH_SHARD_PAGES says otherwise', () => {
    expect(shardPages({})).toBe(2000);
    expect(shardPages({ LESSON_SHARE_SEARCH_SHARD_PAGES: '8' })).toBe(8);
  });

  it('refuses a size that is not a whole number of at least 4, saying what it got', () => {
    expect(() => shardPages({ LESSON_SHARE_SEARCH_SHARD_PAGES: 'many' })).toThrow(
      'LESSON_SHARE_SEARCH_SHARD_PAGES must be a whole number of at least 4, not "many".',
    );
    expect(() => shardPages({ LESSON_SHARE_SEARCH_SHARD_PAGES: '2' })).toThrow(/not "2"/);
  });
});
