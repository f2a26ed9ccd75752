import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from '../../scripts/serve.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import {
  closeWatched,
  openPage,
  serveBuild,
  type ServedSite,
  type WatchedPage,
} from './browser.ts';

// The fixture library plus a pattern named only in its title, and a lesson that names it in its title and
// all through its body: Pagefind alone ranks the lesson first, as it did the Pre-Mortem pattern's lesson.
const PATTERN = (beta: string) =>
  beta
    .replace('title: Beta Pattern', 'title: Delta Pattern')
    .replace('also_known_as: [Beta Pattern alias]', 'also_known_as: [Fourth Way]')
    .replaceAll('Beta Pattern', 'it');
const LESSON = (lesson: string) =>
  lesson
    .replaceAll('Lesson Two', 'Trying the Delta Pattern')
    .replace('## The short version', '## The delta pattern, twice: the delta pattern')
    .replace(
      'The story of Lesson Two.',
      Array(12).fill('We used the delta pattern, and the delta pattern taught us.').join(' '),
    );

let served: ServedSite;
let server: PreviewServer;
let browser: Browser;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  const read = (path: string) => readFileSync(join(content, path), 'utf8');
  writeFileSync(
    join(content, 'patterns/delta-pattern.mdx'),
    PATTERN(read('patterns/beta-pattern.mdx')),
  );
  writeFileSync(join(content, 'lessons/delta-notes.mdx'), LESSON(read('lessons/lesson-two.mdx')));
  served = await serveBuild(content);
  ({ server, browser } = served);
});

afterAll(() => served?.close());

afterEach(async () => {
  const page = watched;
  watched = undefined;
  await closeWatched(page);
});

async function search(query: string): Promise<Page> {
  watched = await openPage(browser);
  await watched.page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  return watched.page;
}

const resultUrls = (page: Page) =>
  page.locator('.result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('search by name', () => {
  it('puts the entry whose title is the query first, above one that only mentions it', async () => {
    for (const query of ['delta pattern', 'Delta-Pattern', 'fourth way']) {
      const page = await search(query);
      await eventually(async () => (await resultUrls(page))[0]).toBe('/patterns/delta-pattern/');
      await watched?.close();
    }
    const page = await search('delta pattern');
    await eventually(() => resultUrls(page)).toContain('/lessons/delta-notes/');
  });

  it('shows the results for the library’s own word in place of a misspelt one, and the words as typed on request', async () => {
    const page = await search('gama');
    const correction = page.getByText('Showing results for');
    await eventually(() => correction.textContent()).toBe(
      'Showing results for gamma; search instead for gama',
    );
    await eventually(async () => (await resultUrls(page))[0]).toBe('/patterns/gamma-pattern/');
    await page.getByRole('link', { name: 'gama', exact: true }).click();
    await eventually(() => page.getByRole('status').textContent()).toBe('No results for “gama”');
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    await expect(correction.count()).resolves.toBe(0);
  });

  it('corrects nothing when the words are the library’s or nothing is near them', async () => {
    for (const query of ['gamma', 'zqxjv']) {
      const page = await search(query);
      await eventually(() => page.getByRole('status').textContent()).toMatch(
        /results? for|No results/,
      );
      await expect(page.getByText('Showing results for').count()).resolves.toBe(0);
      await watched?.close();
    }
  });
});
