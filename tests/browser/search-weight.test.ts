import { join, resolve } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../scripts/serve.ts';
import { ROOT } from '../helpers/build.ts';
import { openPage, serveBuild, type ServedSite, type WatchedPage } from './browser.ts';

// Issue 25's budgets for the search page, in compressed bytes as they cross the wire.
const BEFORE_TYPING_KB = 100;
const AFTER_FIRST_RESULTS_KB = 260;
// Common words of the library, so each search fills a whole first page of results.
const QUERIES = ['failure', 'review', 'team'];
// The starting library, or another one (the bench's 1,000 entries, kept with `npm run bench -- --keep`).
const LIBRARY = resolve(process.env['LESSON_SHARE_WEIGHT_LIBRARY'] ?? join(ROOT, 'content'));

/** What each response is part of, by path: the figures docs/search-weight.md explains. */
const PARTS: [part: string, path: RegExp][] = [
  // @astrojs/react's client carries React-DOM and its scheduler; `react` is React itself.
  ['React and React-DOM', /^\/_astro\/(client|react)\.[\w-]+\.js$/],
  ['the island', /^\/_astro\/.+\.js$/],
  ['Pagefind’s JavaScript', /^\/pagefind\/.+\.js$/],
  ['Pagefind’s WebAssembly', /^\/pagefind\/wasm\./],
  ['index chunks', /^\/pagefind\/(index|filter)\/|\.pf_meta$|^\/pagefind\/pagefind-entry\.json$/],
  ['result text', /^\/pagefind\/fragment\//],
  ['fonts', /\.woff2$/],
  ['page and stylesheets', /\/$|\.css$|\.svg$/],
];
const partOf = (path: string) => PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';

let served: ServedSite;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild(LIBRARY);
  ({ server, browser } = served);
});

afterAll(() => served?.close());

/**
 * Counts the body bytes of every response a page receives, as sent (gzipped where the server compresses).
 * Headers are left out: a real host sends them compressed once per connection, the preview server in full each time.
 */
function weigh(page: Page) {
  const sizes = new Map<string, Promise<number>>();
  let inFlight = 0;
  let lastChange = Date.now();
  const settle = (request: Request) => {
    inFlight--;
    lastChange = Date.now();
    sizes.set(
      request.url(),
      request.sizes().then((s) => s.responseBodySize),
    );
  };
  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return {
    /** Waits until no request has been open or started for half a second. */
    quiet: () =>
      expect
        .poll(() => inFlight === 0 && Date.now() - lastChange > 500, { timeout: 15_000 })
        .toBe(true),
    /** Bytes so far, per path and in all. */
    async total() {
      const rows = await Promise.all(
        [...sizes].map(async ([url, size]) => [new URL(url).pathname, await size] as const),
      );
      return { rows, bytes: rows.reduce((sum, [, size]) => sum + size, 0) };
    },
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** One line per part, heaviest first, with its files. */
function byPart(rows: readonly (readonly [string, number])[]): string[] {
  const parts = new Map<string, { bytes: number; files: number }>();
  for (const [path, size] of rows) {
    const part = parts.get(partOf(path)) ?? { bytes: 0, files: 0 };
    parts.set(partOf(path), { bytes: part.bytes + size, files: part.files + 1 });
  }
  return [...parts]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([part, { bytes, files }]) => `  ${kb(bytes).padStart(6)} KB  ${part} (${files})`);
}

describe(`the search page’s weight, on ${LIBRARY === join(ROOT, 'content') ? 'the starting library' : LIBRARY}`, () => {
  for (const query of QUERIES) {
    it(`loads no island code and stays under ${BEFORE_TYPING_KB} KB before typing, and under ${AFTER_FIRST_RESULTS_KB} KB once “${query}” shows its first results`, async () => {
      let watched: WatchedPage | undefined;
      try {
        // A fresh context each time: nothing comes from the cache.
        watched = await openPage(browser);
        const { page } = watched;
        const meter = weigh(page);
        await page.goto(`${server.url}/search/`);
        await meter.quiet();
        const before = await meter.total();

        await page.getByRole('searchbox').fill(query);
        await expect
          .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
          .toMatch(new RegExp(`^\\d+ results? for “${query}”$`));
        const shown = await page.locator('.result__title a').count();
        await meter.quiet();
        const after = await meter.total();

        const biggest = [...after.rows]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([path, size]) => `  ${kb(size).padStart(6)} KB  ${path}`);
        console.log(
          [
            `search page, “${query}” (${shown} results shown):`,
            `  before typing ${kb(before.bytes)} KB in ${before.rows.length} responses:`,
            ...byPart(before.rows),
            `  after the first results ${kb(after.bytes)} KB in ${after.rows.length} responses:`,
            ...byPart(after.rows),
            '  the biggest:',
            ...biggest,
          ].join('\n'),
        );
        expect(shown, 'a whole first page of results, the heaviest case').toBe(5);
        // React and the island wait for the reader: until then the page is its HTML, styles and fonts.
        expect(before.rows.filter(([path]) => path.endsWith('.js'))).toEqual([]);
        expect(before.bytes / 1024).toBeLessThanOrEqual(BEFORE_TYPING_KB);
        expect(after.bytes / 1024).toBeLessThanOrEqual(AFTER_FIRST_RESULTS_KB);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched?.close();
      }
    });
  }
});
