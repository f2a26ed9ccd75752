import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { PreviewServer } from '../../scripts/serve.ts';
import { KIND_LABELS } from '../../src/view/cards.ts';
import {
  CONFIDENCE,
  FAILURE_KINDS,
  LENSES,
  TAG_DIMENSIONS,
  TRAP_KINDS,
} from '../../src/schemas/vocabulary.ts';
import { ROOT } from '../helpers/build.ts';
import { readFrontmatter } from '../helpers/content.ts';
import { allPages } from '../helpers/html.ts';
import {
  closeWatched,
  openPage,
  serveBuild,
  type ServedSite,
  type WatchedPage,
} from './browser.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const QUERY_BOX = 'Search patterns, decision traps, lessons, events and authors';

// What each facet value should find, worked out from the fixture's own files rather than from the site's mapping.
const entries = [...readFrontmatter(FIXTURE)].map(([key, data]) => ({
  url: `/${key}/`,
  collection: key.split('/')[0] ?? '',
  data,
}));
const authors = readdirSync(join(FIXTURE, 'authors')).map((file) => {
  const id = file.replace(/\.yaml$/, '');
  return {
    id,
    url: `/authors/${id}/`,
    name: (parseYaml(readFileSync(join(FIXTURE, 'authors', file), 'utf8')) as { name: string })
      .name,
  };
});
const tagLabels = parseYaml(readFileSync(join(FIXTURE, 'tags.yaml'), 'utf8')) as Record<
  string,
  { label: string; dimension?: keyof typeof TAG_DIMENSIONS }
>;
const list = (value: unknown) =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
const TYPES = { patterns: 'pattern', traps: 'trap', lessons: 'lesson', events: 'event' } as Record<
  string,
  string
>;

interface Case {
  legend: string;
  label: string;
  param: string;
  value: string;
  expected: string[];
}

function facetCases(): Case[] {
  const cases = new Map<string, Case>();
  const add = (legend: string, param: string, value: string, label: string, url: string) => {
    const key = `${param}=${value}`;
    const found = cases.get(key) ?? { legend, label, param, value, expected: [] };
    found.expected.push(url);
    cases.set(key, found);
  };
  for (const { url, collection, data } of entries) {
    const type = TYPES[collection] ?? '';
    add('Type', 'type', type, KIND_LABELS[collection as keyof typeof KIND_LABELS].one, url);
    // A tag files under its dimension's own facet: system, root cause, impacted metric, or plain tag.
    for (const tag of list(data['tags'])) {
      const dimension = TAG_DIMENSIONS[tagLabels[tag]?.dimension ?? 'topic'];
      const legend = dimension.facet === 'tag' ? 'Tag' : dimension.label;
      add(legend, dimension.facet, tag, tagLabels[tag]?.label ?? tag, url);
    }
    for (const id of list(data['authors']))
      add('Author', 'author', id, authors.find((a) => a.id === id)?.name ?? id, url);
    if (collection === 'traps') {
      const kind = String(data['kind']) as keyof typeof TRAP_KINDS;
      add('Trap kind', 'trap-kind', kind, TRAP_KINDS[kind].label, url);
    }
    if (collection === 'lessons') {
      const kind = String(data['failure_kind']) as keyof typeof FAILURE_KINDS;
      add('Failure kind', 'failure-kind', kind, FAILURE_KINDS[kind].label, url);
    }
    for (const lens of [...list(data['lens']), ...list(data['lenses'])])
      add('Lens', 'lens', lens, LENSES[lens as keyof typeof LENSES].label, url);
    if (collection === 'patterns') {
      const level = Number(data['confidence']) as keyof typeof CONFIDENCE;
      add('Confidence', 'confidence', String(level), CONFIDENCE[level].label, url);
    }
  }
  for (const author of authors) add('Type', 'type', 'author', 'Author', author.url);
  return [...cases.values()];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A facet checkbox, found as a reader finds it: by its fieldset's legend and its label (with the count read out after it). */
const checkbox = (page: Page, legend: string, label: string, count?: number) =>
  page
    .getByRole('group', { name: legend })
    .getByRole('checkbox', { name: new RegExp(`^${escape(label)} ${count ?? '\\d+'} results?$`) });
/** The links of the result titles on screen, in order. */
const resultUrls = (page: Page) =>
  page.locator('.result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
/** Every result's URL, asking for more results until the list is whole: call it inside `eventually`. */
const allResultUrls = async (page: Page) => {
  const more = page.getByRole('button', { name: /^Show more results/ });
  if ((await more.count()) > 0) await more.click();
  return resultUrls(page);
};
const status = (page: Page) => page.getByRole('status');
/** Polls until the value matches: the first search on a page also loads Pagefind and its WebAssembly. */
const eventually = <T>(read: () => T | Promise<T>, message?: string) =>
  expect.poll(read, { timeout: 10_000, ...(message ? { message } : {}) });

let served: ServedSite;
let server: PreviewServer;
let browser: Browser;
let outDir: string;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  served = await serveBuild(FIXTURE);
  ({ server, browser, outDir } = served);
});

afterAll(() => served?.close());

afterEach(async () => {
  const page = watched;
  watched = undefined;
  await closeWatched(page);
});

/** Waits until the search island runs: it marks its form `data-ready` once hydrated. */
const hydrated = (page: Page) =>
  page.locator('form[role=search][data-ready]').waitFor({ state: 'attached' });

async function open(path: string, options?: Parameters<typeof openPage>[1]): Promise<Page> {
  watched = await openPage(browser, options);
  await watched.page.goto(`${server.url}${path}`);
  if (path.startsWith('/search/') && options?.javaScriptEnabled !== false) {
    // With nothing in its address the island waits for the reader's first use: here, the cursor put in its box.
    if (!path.includes('?')) await watched.page.getByRole('searchbox', { name: QUERY_BOX }).focus();
    await hydrated(watched.page);
  }
  return watched.page;
}

describe('the preview server', () => {
  it('sends the Content-Security-Policy and the other security headers, the search worker included', async () => {
    for (const path of ['/', '/search/', '/pagefind/pagefind-worker.js']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(csp, path).toMatch(/worker-src 'self' blob:/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/unsafe-inline/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
    }
  });

  it('answers a missing path with the 404 page and a 404 status, and adds the slash a page URL needs', async () => {
    const missing = await fetch(`${server.url}/patterns/no-such-pattern/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('This page is not in the library');
    const bare = await fetch(`${server.url}/search?q=alpha`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/search/?q=alpha');
  });
});

describe('the built site', () => {
  // JSON-LD and other data blocks never run, so neither the CSP nor the JavaScript budget concerns them.
  const scriptsOf = (html: ReturnType<typeof parseHtml>) =>
    html
      .querySelectorAll('script')
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''));
  const pagesHtml = () =>
    allPages(outDir).map((url) => ({
      url,
      html: parseHtml(
        readFileSync(join(outDir, url, url.endsWith('/') ? 'index.html' : ''), 'utf8'),
      ),
    }));

  it('allows by hash every inline script and style it contains', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name) ?? [];
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const { url, html } of pagesHtml()) {
      for (const script of scriptsOf(html).filter((s) => !s.hasAttribute('src')))
        expect(directive('script-src'), url).toContain(hash(script.rawText));
      for (const style of html.querySelectorAll('style'))
        expect(directive('style-src'), url).toContain(hash(style.rawText));
    }
  });

  it('ships no JavaScript outside the search and contribute pages but the inline theme script and `/` shortcut, under 1 KB', () => {
    const shipping = ['/search/', '/contribute/', '/contribute/pattern/', '/contribute/trap/'];
    const pages = pagesHtml();
    // The allowed pages exist, so leaving them out below is not a test that cannot fail.
    for (const url of shipping) expect(pages.map((p) => p.url)).toContain(url);
    for (const { url, html } of pages.filter((p) => !shipping.includes(p.url))) {
      const all = scriptsOf(html);
      // The 404 page alone adds its suggestions, under 1 KB of its own.
      const suggestions =
        url === '/404.html' ? all.find((s) => s.rawText.includes('[data-sitemap]')) : undefined;
      if (url === '/404.html') expect(suggestions, url).toBeDefined();
      if (suggestions) expect(Buffer.byteLength(suggestions.rawText), url).toBeLessThan(1024);
      const scripts = all.filter((s) => s !== suggestions);
      // The theme choice in the head (before first paint), the toggle and `/` shortcut in the body; a redirect page (a former slug) has none.
      const redirect = html.querySelector('meta[http-equiv="refresh"]') !== null;
      expect(scripts, url).toHaveLength(redirect ? 0 : 2);
      for (const script of scripts) expect(script.getAttribute('src'), url).toBeUndefined();
      expect(
        scripts.reduce((bytes, script) => bytes + Buffer.byteLength(script.rawText), 0),
        url,
      ).toBeLessThan(1024);
      expect(html.querySelector('astro-island'), url).toBeNull();
    }
  });
});

describe('search', () => {
  it('finds an entry by words from its body, highlights them, and links to the matching section', async () => {
    const page = await open('/search/');
    await page.getByRole('searchbox', { name: QUERY_BOX }).fill('forces behind gamma');
    // The one entry with every word comes first; entries with some of them follow.
    await eventually(async () => (await resultUrls(page))[0]).toBe('/patterns/gamma-pattern/');
    await expect(
      page
        .getByText('The first result has all of these words; the others have some of them.')
        .count(),
    ).resolves.toBe(1);
    const result = page
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Gamma Pattern' }) });
    expect(await result.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['Gamma', 'forces']),
    );
    const sections = result.getByRole('list', { name: 'Matching sections of Gamma Pattern' });
    await eventually(() =>
      sections.getByRole('link', { name: 'Problem' }).getAttribute('href'),
    ).toBe('/patterns/gamma-pattern/#problem');
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain(
      '/pagefind/pagefind-worker.js',
    );
  });

  it('finds a pattern by one of its other names', async () => {
    const page = await open('/search/?q=alias');
    await eventually(async () => (await resultUrls(page)).sort()).toEqual([
      '/patterns/alpha-pattern/',
      '/patterns/beta-pattern/',
      '/patterns/gamma-pattern/',
    ]);
  });

  it('narrows results to exactly the entries carrying each facet value, with the count shown beside it', async () => {
    const page = await open('/search/');
    const cases = facetCases();
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const { legend, label, param, value, expected } of cases) {
      const box = checkbox(page, legend, label, expected.length);
      expect(await box.getAttribute('value'), `${legend}: ${label} (${expected.length})`).toBe(
        value,
      );
      await box.check();
      await eventually(() => new URL(page.url()).search).toBe(
        `?${new URLSearchParams({ [param]: value })}`,
      );
      await eventually(
        async () => (await allResultUrls(page)).sort(),
        `${legend}: ${label}`,
      ).toEqual([...expected].sort());
      await box.uncheck();
      await eventually(() => resultUrls(page)).toEqual([]);
    }
  });

  it('treats values of one facet as alternatives, and different facets as all required', async () => {
    const page = await open('/search/');
    await checkbox(page, 'Type', 'Lesson').check();
    await checkbox(page, 'Type', 'Pattern').check();
    // The fixture's four lessons and three patterns.
    await eventually(() => status(page).textContent()).toBe('7 results with 2 filters');
    await checkbox(page, 'Tag', 'Metrics').check();
    await eventually(async () => (await resultUrls(page)).sort()).toEqual([
      '/lessons/lesson-three/',
      '/lessons/lesson-two/',
      '/patterns/beta-pattern/',
      '/patterns/gamma-pattern/',
    ]);
    // Counts say what ticking a value would give: within Type, the other types' metrics entries.
    await eventually(() => checkbox(page, 'Type', 'Decision trap', 1).count()).toBe(1);
    await eventually(() => status(page).textContent()).toBe('4 results with 3 filters');
  });

  it('orders results newest first when asked, and keeps that in the URL', async () => {
    const page = await open('/search/?type=lesson');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest first' });
    await eventually(() => resultUrls(page)).toEqual([
      '/lessons/lesson-four/',
      '/lessons/lesson-three/',
      '/lessons/lesson-two/',
      '/lessons/lesson-one/',
    ]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
  });

  it('orders newest first also the results that hold only some of the words', async () => {
    // The pages of Lessons One to Three hold both words, Lesson Four's does not say "one". Newest
    // first lists those with every word by date, then the others by date, and says which are which.
    const page = await open('/search/?q=one+four&type=lesson&sort=date');
    await eventually(() => resultUrls(page)).toEqual([
      '/lessons/lesson-three/',
      '/lessons/lesson-two/',
      '/lessons/lesson-one/',
      '/lessons/lesson-four/',
    ]);
    await expect(page.locator('.search__partial').textContent()).resolves.toBe(
      'The first 3 have all of these words; the others have some of them.',
    );
  });
});

describe('long result lists', () => {
  it('show five results, then five more on each request, with focus on the first new one', async () => {
    const page = await open('/search/?q=fixture');
    await eventually(async () => (await resultUrls(page)).length).toBe(5);
    await expect(status(page).textContent()).resolves.toBe('13 results for “fixture”');
    await page.getByRole('button', { name: 'Show more results (8 more)' }).click();
    await eventually(async () => (await resultUrls(page)).length).toBe(10);
    const sixth = page.locator('.result__title a').nth(5);
    await eventually(() => sixth.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Show more results (3 more)' }).click();
    await eventually(async () => (await resultUrls(page)).length).toBe(13);
    await expect(page.getByRole('button', { name: /Show more results/ }).count()).resolves.toBe(0);
  });
});

describe('the search URL', () => {
  it('opens a shared search in the same state: words, facets and sort', async () => {
    const page = await open('/search/?q=pattern&type=pattern&tag=retro&sort=date');
    await eventually(() => resultUrls(page)).toEqual([
      '/patterns/gamma-pattern/',
      '/patterns/alpha-pattern/',
    ]);
    await expect(page.getByRole('searchbox', { name: QUERY_BOX }).inputValue()).resolves.toBe(
      'pattern',
    );
    await expect(checkbox(page, 'Type', 'Pattern').isChecked()).resolves.toBe(true);
    await expect(checkbox(page, 'Tag', 'Retrospectives').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Sort by' }).inputValue()).resolves.toBe(
      'date',
    );
    await expect(
      page.getByRole('list', { name: 'Active filters' }).getByRole('button').allTextContents(),
    ).resolves.toEqual(['Remove filter Type: Pattern ×', 'Remove filter Tag: Retrospectives ×']);
    expect(await page.title()).toMatch(/^“pattern” · Search/);
  });

  it('takes the back button to the previous search, and forward again', async () => {
    const page = await open('/search/?q=pattern');
    // The fixture's three patterns score alike, so only the set of results is compared, not its order.
    const shown = async () => (await resultUrls(page)).sort();
    await eventually(async () => (await resultUrls(page)).length).toBeGreaterThan(3);
    const before = await shown();
    await checkbox(page, 'Type', 'Lesson').check();
    // Every lesson page says "the pattern of …" in its personal lesson.
    await eventually(async () => (await resultUrls(page)).length).toBe(4);
    await page.goBack();
    await eventually(shown).toEqual(before);
    await expect(checkbox(page, 'Type', 'Lesson').isChecked()).resolves.toBe(false);

    // Typing makes one history entry for the whole edit, not one per keystroke.
    await page.getByRole('searchbox', { name: QUERY_BOX }).press('End');
    await page.keyboard.type(' alias');
    await eventually(() => new URL(page.url()).searchParams.get('q')).toBe('pattern alias');
    await page.goBack();
    await eventually(() => page.getByRole('searchbox', { name: QUERY_BOX }).inputValue()).toBe(
      'pattern',
    );
    await eventually(shown).toEqual(before);
    await page.goForward();
    await eventually(() => page.getByRole('searchbox', { name: QUERY_BOX }).inputValue()).toBe(
      'pattern alias',
    );
  });
});

describe('keyboard and screen reader use', () => {
  it('goes from any page to a result with `/`, typing, Enter and Enter', async () => {
    const page = await open('/traps/first-trap/');
    await page.keyboard.press('/');
    const header = page.getByRole('searchbox', { name: 'Search the library' });
    await expect(header.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('alpha');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/search/?q=alpha`);
    await hydrated(page);
    await eventually(() => status(page).textContent()).toBe('1 result for “alpha”');

    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: QUERY_BOX });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const first = page.getByRole('link', { name: 'Alpha Pattern' });
    await eventually(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/patterns/alpha-pattern/`);
  });

  it('types a slash inside a field instead of jumping, and reaches the filters with Tab and Space', async () => {
    const page = await open('/search/');
    const box = page.getByRole('searchbox', { name: QUERY_BOX });
    // The cursor stays in the box it was put in while the island comes to life.
    await eventually(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('a/b');
    await expect(box.inputValue()).resolves.toBe('a/b');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    const pattern = checkbox(page, 'Type', 'Pattern');
    await expect(pattern.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await eventually(async () => (await resultUrls(page)).length).toBe(3);
    await page.keyboard.press('Tab');
    await expect(
      checkbox(page, 'Type', 'Decision trap').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
  });

  it('labels every control and announces the result count in a live region', async () => {
    const page = await open('/search/?q=lesson');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ results for “lesson”$/);
    await expect(status(page).getAttribute('aria-live')).resolves.toBe('polite');
    const unlabelled = await page
      .locator('input, select, button')
      .evaluateAll(
        (controls) =>
          controls.filter(
            (control) =>
              !(control as HTMLInputElement).labels?.length &&
              !control.textContent?.trim() &&
              !control.getAttribute('aria-label'),
          ).length,
      );
    expect(unlabelled).toBe(0);
    expect(await page.getByRole('group').count()).toBeGreaterThanOrEqual(5);
  });
});

describe('a slow start', () => {
  it('keeps what the reader typed and ticked before the page came to life', async () => {
    watched = await openPage(browser);
    const { page } = watched;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold back the island runtime so the reader gets to the server-rendered form first.
    await page.route('**/_astro/client.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/search/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('searchbox', { name: QUERY_BOX }).fill('gamma');
    await checkbox(page, 'Type', 'Pattern').check();
    release();
    await hydrated(page);
    await eventually(() => resultUrls(page)).toEqual(['/patterns/gamma-pattern/']);
    await expect(page.getByRole('searchbox', { name: QUERY_BOX }).inputValue()).resolves.toBe(
      'gamma',
    );
    expect(new URL(page.url()).search).toBe('?q=gamma&type=pattern');
  });
});

describe('when nothing matches', () => {
  it('suggests other words and browsing the tags, not dropping filters that are not to blame', async () => {
    const page = await open('/search/?q=zqxjv&type=lesson');
    await eventually(() => status(page).textContent()).toBe('No results for “zqxjv” with 1 filter');
    await expect(
      page.getByText('Nothing in the library contains those words').isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: 'tag', exact: true }).getAttribute('href'),
    ).resolves.toBe('/tags/');
    await expect(page.getByRole('button', { name: /^Remove Type/ }).count()).resolves.toBe(0);
  });

  it('offers to remove the filter that emptied the list', async () => {
    const page = await open('/search/?q=alpha&type=trap');
    await eventually(() => status(page).textContent()).toBe('No results for “alpha” with 1 filter');
    await expect(page.getByText('without them there is 1 result').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Remove Type: Decision trap' }).click();
    await eventually(() => resultUrls(page)).toEqual(['/patterns/alpha-pattern/']);
    expect(new URL(page.url()).search).toBe('?q=alpha');
  });
});

describe('an empty search page', () => {
  it('offers the most cited names and the most used tags, each a search of its own', async () => {
    const page = await open('/search/');
    const starters = page.locator('.search__starters');
    const queries = await starters.getByRole('list').first().getByRole('link').allTextContents();
    // Three patterns, then the traps, each kind most cited first (counted from the fixture's own files).
    const uses = (field: string, title: string) => {
      const target = entries.find((e) => e.data['title'] === title)?.url.split('/')[2];
      return entries.filter((e) => list(e.data[field]).includes(target ?? '')).length;
    };
    expect(queries).toHaveLength(5);
    const cited = queries.slice(0, 3).map((t) => uses('patterns', t));
    const caught = queries.slice(3).map((t) => uses('traps', t));
    expect(cited).toEqual([...cited].sort((a, b) => b - a));
    expect(caught).toEqual([...caught].sort((a, b) => b - a));
    expect(cited[0]).toBeGreaterThan(cited[2] ?? 0);
    const tags = await starters.getByRole('list').nth(1).getByRole('link').allTextContents();
    const counts = tags.map((t) => Number(/\((\d+)\)$/.exec(t)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await starters.getByRole('link', { name: 'Beta Pattern' }).click();
    await eventually(async () => (await resultUrls(page))[0]).toBe('/patterns/beta-pattern/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Beta Pattern');
    await expect(starters.count()).resolves.toBe(0);
  });
});

describe('on a phone', () => {
  it('folds the filters behind a button, closes them with one that counts the results, and hides the `/` hint', async () => {
    const page = await open('/search/?q=lesson', {
      viewport: { width: 375, height: 812 },
      hasTouch: true,
      isMobile: true,
    });
    await eventually(() => status(page).textContent()).toMatch(/^\d+ results? for “lesson”$/);
    const count = /^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1];
    await expect(page.getByText('on any page to come back here').isVisible()).resolves.toBe(false);
    const facets = page.getByRole('group', { name: 'Type' });
    await expect(facets.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Show filters' }).click();
    await expect(facets.isVisible()).resolves.toBe(true);
    const done = page.getByRole('button', { name: `Show ${count} results` });
    await done.click();
    await expect(facets.isVisible()).resolves.toBe(false);
  });

  it('fetches the facet counts only once the filters are opened, then counts the search on screen', async () => {
    const page = await open('/search/', {
      viewport: { width: 375, height: 812 },
      hasTouch: true,
      isMobile: true,
    });
    const filterIndex: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/filter/'))
        filterIndex.push(request.url());
    });
    await page.getByRole('searchbox', { name: QUERY_BOX }).fill('pattern');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ results? for “pattern”$/);
    const results = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    // Fewer than the library holds, so counts for the whole library could not pass for this search's.
    expect(results).toBeLessThan(entries.length + authors.length);
    await page.waitForLoadState('networkidle');
    expect(filterIndex).toEqual([]);

    await page.getByRole('button', { name: 'Show filters' }).click();
    const typeCounts = async () =>
      (await page.getByRole('group', { name: 'Type' }).locator('.facet__count').allTextContents())
        .map((text) => Number.parseInt(text, 10))
        .reduce((sum, n) => sum + n, 0);
    // Every result has one type, so this search's counts add up to its results.
    await eventually(typeCounts).toBe(results);
    expect(filterIndex.length).toBeGreaterThan(0);
  });

  it('leaves the `/` key off the header search box', async () => {
    const page = await open('/patterns/alpha-pattern/', {
      viewport: { width: 375, height: 812 },
      hasTouch: true,
      isMobile: true,
    });
    await expect(page.locator('.site-search__key').isVisible()).resolves.toBe(false);
  });

  it('keeps the `/` hint where there is a keyboard', async () => {
    const page = await open('/search/');
    await expect(page.getByText('on any page to come back here').isVisible()).resolves.toBe(true);
    await watched?.close();
    const entry = await open('/patterns/alpha-pattern/');
    await expect(entry.locator('.site-search__key').isVisible()).resolves.toBe(true);
  });
});

describe('on a desktop', () => {
  it('leaves the facet counts out of a plain search, and counts the search on screen once a filter is used', async () => {
    const page = await open('/search/');
    const filterIndex: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/filter/'))
        filterIndex.push(request.url());
    });
    await page.getByRole('searchbox', { name: QUERY_BOX }).fill('pattern');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ results? for “pattern”$/);
    const results = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    // Fewer than the library holds, so counts for the whole library could not pass for this search's.
    expect(results).toBeLessThan(entries.length + authors.length);
    await page.waitForLoadState('networkidle');
    expect(filterIndex).toEqual([]);

    // Moving to the filters with the keyboard is using them: the counts follow.
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().focus();
    const typeCounts = async () =>
      (await page.getByRole('group', { name: 'Type' }).locator('.facet__count').allTextContents())
        .map((text) => Number.parseInt(text, 10))
        .reduce((sum, n) => sum + n, 0);
    // Every result has one type, so this search's counts add up to its results.
    await eventually(typeCounts).toBe(results);
    expect(filterIndex.length).toBeGreaterThan(0);
  });
});

describe('without JavaScript', () => {
  it('says search needs it and links to the browse pages, while the header box still leads there', async () => {
    const page = await open('/search/', { javaScriptEnabled: false });
    // Playwright's text and role engines skip <noscript>, so the note is found by its place instead.
    const note = page.locator('noscript .panel');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain(
      'Search runs in your browser and needs JavaScript',
    );
    const links = await note
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/patterns/', '/traps/', '/lessons/', '/tags/']);
    await expect(page.getByRole('searchbox', { name: QUERY_BOX }).isVisible()).resolves.toBe(false);

    await page.goto(`${server.url}/lessons/`);
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('blame');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/search/?q=blame`);
  });
});

describe('the problem watcher', () => {
  it('catches a CSP violation, so the clean runs above mean something', async () => {
    const page = await open('/search/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true';
      document.body.append(script);
    });
    await eventually(() =>
      watched?.problems.some((p) => p.includes('CSP violation: script-src')),
    ).toBe(true);
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
    watched?.problems.splice(0);
  });
});
