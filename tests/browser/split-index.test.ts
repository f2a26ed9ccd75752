import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import {
  closeWatched,
  openPage,
  serveBuild,
  type ServedSite,
  type WatchedPage,
} from './browser.ts';

// The starting library's 52 searchable pages in shards of at most 16: split as a library of tens of thousands is.
const SPLIT = { env: { LESSON_SHARE_SEARCH_SHARD_PAGES: '16' } };
const SITUATIONS = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/situations.json'), 'utf8'),
) as { query: string; fits: string[] }[];
/** The date a page is sorted by for Newest first, as its built page gives it to Pagefind. */
const dateOf = (url: string) =>
  /data-sort-date="([^"]*)"/.exec(readFileSync(join(whole.outDir, url, 'index.html'), 'utf8'))?.[1];
const q = (query: string) => `q=${encodeURIComponent(query)}`;

let whole: ServedSite;
let split: ServedSite;
const watched: WatchedPage[] = [];

beforeAll(async () => {
  whole = await serveBuild(join(ROOT, 'content'));
  split = await serveBuild(join(ROOT, 'content'), SPLIT);
}, 600_000);

afterAll(async () => {
  for (const page of watched) await closeWatched(page);
  await whole?.close();
  await split?.close();
});

const pages = new Map<ServedSite, Page>();
async function pageOf(site: ServedSite): Promise<Page> {
  let page = pages.get(site);
  if (!page) {
    const opened = await openPage(site.browser);
    watched.push(opened);
    page = opened.page;
    pages.set(site, page);
  }
  return page;
}

/** What a reader sees for a search: the sentence above the results, every result (all asked for), the filters' counts. */
async function answer(site: ServedSite, search: string) {
  const page = await pageOf(site);
  await page.goto(`${site.server.url}/search/?${search}`);
  await page.locator('form[role=search][data-ready]').waitFor({ state: 'attached' });
  const status = page.getByRole('status');
  await expect
    .poll(
      async () =>
        /^(No|\d+) results?\b/.test((await status.textContent()) ?? '') &&
        (await page.locator('[aria-busy=true]').count()) === 0,
      { timeout: 15_000 },
    )
    .toBe(true);
  const more = page.getByRole('button', { name: /^Show more results/ });
  while ((await more.count()) > 0) {
    const shown = await page.locator('.result__title a').count();
    await more.click();
    await expect.poll(() => page.locator('.result__title a').count()).toBeGreaterThan(shown);
  }
  const urls = await page
    .locator('.result__title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // The facets' counts follow the results (the filter index loads after them): read once they stay the same.
  const read = async () =>
    `${(await page.locator('[data-counts=library]').count()) > 0 ? 'the library’s: ' : ''}${(
      await page.locator('fieldset').allInnerTexts()
    ).join(' | ')}`;
  const counts = async () => {
    let last = '';
    let steady = 0;
    await expect
      .poll(
        async () => {
          const now = await read();
          steady = now === last ? steady + 1 : 0;
          last = now;
          return steady >= 3;
        },
        { timeout: 15_000, interval: 300 },
      )
      .toBe(true);
    return last;
  };
  return { status: (await status.textContent()) ?? '', urls, counts };
}

describe('a search index split into shards', () => {
  it('serves a split index: the library is in more than one shard', () => {
    const manifest = JSON.parse(
      readFileSync(join(split.outDir, 'pagefind/shards.json'), 'utf8'),
    ) as { shards: number };
    expect(manifest.shards).toBeGreaterThan(2);
  });

  it('lists Newest first the same pages by date as one index, and counts them the same', async () => {
    for (const search of [
      'sort=date&type=lesson',
      'sort=date&type=pattern&type=trap',
      'sort=date&type=event&type=author',
      `sort=date&${q('retro blame')}&type=lesson`,
    ]) {
      const one = await answer(whole, search);
      const shards = await answer(split, search);
      // Pages of one date come in the order Pagefind read them, which a split does not keep.
      expect(shards.urls.map(dateOf), search).toEqual(one.urls.map(dateOf));
      expect([...shards.urls].sort(), search).toEqual([...one.urls].sort());
      expect(shards.status, search).toBe(one.status);
      expect(await shards.counts(), search).toBe(await one.counts());
    }
  }, 120_000);

  it('answers every situation one index answers, and prints how the answers differ', async () => {
    const fits = new Map(SITUATIONS.map((s) => [s.query, s.fits.map((fit) => `/${fit}/`)]));
    const tally = { one: 0, shards: 0, count: 0, order: 0 };
    const emptied: string[] = [];
    const topThree = (query: string, urls: string[]) =>
      Number(urls.slice(0, 3).some((url) => fits.get(query)?.includes(url)));
    for (const { query } of SITUATIONS) {
      const one = await answer(whole, q(query));
      const shards = await answer(split, q(query));
      if (shards.urls.length === 0 && one.urls.length > 0) emptied.push(query);
      tally.one += topThree(query, one.urls);
      tally.shards += topThree(query, shards.urls);
      tally.count += Number(shards.status === one.status);
      tally.order += Number(shards.urls.join() === one.urls.join());
    }
    // Pagefind scores each shard's pages by that shard's own word counts (BM25), and which longer words a word
    // finds depends on how its index is chunked: shards of 16 pages order results far from one index's, shards of
    // thousands barely (docs/search-index.md has both). Printed; an empty page where one index answers fails.
    console.log(
      `shards of 16 pages, of ${SITUATIONS.length} situations: a fitting entry in the first three for ${tally.shards} ` +
        `(one index: ${tally.one}); as many results for ${tally.count}; the same results in the same order for ${tally.order}`,
    );
    expect(emptied).toEqual([]);
  }, 600_000);

  it('counts a filtered search’s facets as one index does', async () => {
    for (const search of [
      `${q('failure')}&type=lesson`,
      'type=pattern',
      `${q('meeting')}&type=trap`,
    ]) {
      const one = await answer(whole, search);
      const shards = await answer(split, search);
      expect(shards.status, search).toBe(one.status);
      expect(await shards.counts(), search).toBe(await one.counts());
    }
  });
});
