import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type PreviewServer } from '../../scripts/serve.ts';
import { inlineHashes, metaPolicy, parseHeaders } from '../../src/pipeline/security-headers.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { allPages, page } from '../helpers/html.ts';
import { launch, openPage } from '../browser/browser.ts';
import { readLibrary } from '../../src/reader/read-entries.ts';
import { permalinkEntries } from '../../src/check/entries/permalinks.ts';
import { servedUrls } from '../../src/domain/permalinks.ts';

// A GitHub Pages project site: the repository's name is the path every URL must carry.
const ORIGIN = 'https://example.github.io';
const BASE = '/library/';
const SITE = `${ORIGIN}${BASE}`;

let build: BuildResult;
let content: string;

/** Records every URL of a library as published, so a renamed entry must keep its old URL. */
function publish(library: string): void {
  const urls = [...servedUrls(permalinkEntries(readLibrary(library).entries)).keys()].sort();
  writeFileSync(join(dirname(library), 'permalinks.json'), JSON.stringify(urls, null, 2));
}

/** Renames a lesson's file, adding frontmatter lines (its former slug). */
function renameLesson(library: string, from: string, to: string, frontmatter: string): void {
  const text = readFileSync(join(library, `lessons/${from}.mdx`), 'utf8');
  rmSync(join(library, `lessons/${from}.mdx`));
  writeFileSync(join(library, `lessons/${to}.mdx`), text.replace(/^---\n/, `---\n${frontmatter}`));
}

beforeAll(() => {
  // The fixture library, with what only some libraries have: a renamed lesson (a redirect page) and a body that links
  // root-relative, as contributors write links.
  content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  publish(content);
  renameLesson(content, 'lesson-one', 'lesson-first', 'aliases: [lesson-one]\n');
  appendFileSync(
    join(content, 'lessons/lesson-two.mdx'),
    '\nWe reached for [the alpha pattern](/patterns/alpha-pattern/#solution) too late.\n',
  );
  build = buildSite(content, { siteUrl: SITE, cspMeta: true });
  if (build.status !== 0) throw new Error(`base-path build failed:\n${build.output}`);
});

afterAll(() => {
  if (content) rmSync(dirname(content), { recursive: true, force: true });
  if (build?.outDir) rmSync(build.outDir, { recursive: true, force: true });
});

/** What a URL found in the built site points at: a file of dist/, or why it points nowhere. */
function resolve(url: string, from: string): { file: string } | { problem: string } {
  const target = new URL(url, `${ORIGIN}${from}`);
  if (target.origin !== ORIGIN) return { file: '' };
  if (!target.pathname.startsWith(BASE))
    return { problem: `${url} on ${from} leaves the base ${BASE}` };
  const path = join(build.outDir, decodeURIComponent(target.pathname.slice(BASE.length)));
  const file =
    path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory())
      ? join(path, 'index.html')
      : path;
  return existsSync(file)
    ? { file }
    : { problem: `${url} on ${from}: nothing at ${target.pathname}` };
}

/** Every URL a page points to: links, loaded files, its form, a refresh, its sharing and canonical URLs, its JSON-LD. */
function urlsIn(html: HTMLElement): string[] {
  const attribute = (selector: string, name: string) =>
    html.querySelectorAll(selector).map((element) => element.getAttribute(name) ?? '');
  const jsonLd = html
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => JSON.stringify(JSON.parse(script.text)).match(/https?:\/\/[^"]+/g) ?? []);
  return [
    ...attribute('a[href], link[href]', 'href'),
    ...attribute('img[src], script[src], source[src]', 'src'),
    ...attribute('form[action]', 'action'),
    ...attribute('meta[http-equiv="refresh"]', 'content').map((c) =>
      c.replace(/^\d+;\s*url=/i, ''),
    ),
    ...attribute('meta[property^="og:"], meta[name^="twitter:"]', 'content').filter((c) =>
      /^https?:/.test(c),
    ),
    ...jsonLd,
  ].filter((url) => url !== '' && !url.startsWith('#'));
}

/** Every absolute URL of the site's own host in a text file (feeds, sitemap, library.json, robots.txt). */
const siteUrlsIn = (text: string) => text.match(/https:\/\/example\.github\.io[^\s"<)]*/g) ?? [];

describe('a site built under a base path (url: https://example.github.io/library/)', () => {
  it('has no internal URL on any page that leads nowhere or leaves the base', () => {
    const problems: string[] = [];
    const pages = allPages(build.outDir);
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) {
      const from = `${BASE}${path.slice(1)}`;
      for (const url of urlsIn(page(build.outDir, path))) {
        const found = resolve(url, from);
        if ('problem' in found) problems.push(found.problem);
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts the header, a body’s own links, cards and the pager under the base', () => {
    const home = page(build.outDir, '/');
    expect(home.querySelector('a.brand')?.getAttribute('href')).toBe(BASE);
    expect(home.querySelector('form[role=search]')?.getAttribute('action')).toBe(`${BASE}search/`);
    expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${SITE}og/page/site.png`,
    );
    const lesson = page(build.outDir, '/lessons/lesson-two/');
    expect(lesson.querySelector('.prose a[href*="alpha-pattern"]')?.getAttribute('href')).toBe(
      `${BASE}patterns/alpha-pattern/#solution`,
    );
    expect(lesson.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${SITE}og/lessons/lesson-two.png`,
    );
    expect(lesson.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      `${SITE}lessons/lesson-two/`,
    );
  });

  it('sends a former URL on to the entry under the base, as a page and in _redirects', () => {
    const old = page(build.outDir, '/lessons/lesson-one/');
    expect(old.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(
      `0; url=${BASE}lessons/lesson-first/`,
    );
    expect(readFileSync(join(build.outDir, '_redirects'), 'utf8').split('\n')).toContain(
      `${BASE}lessons/lesson-one/ ${BASE}lessons/lesson-first/ 301`,
    );
  });

  it('gives feeds, the sitemap, library.json and robots.txt absolute URLs under the base that resolve', () => {
    const problems: string[] = [];
    const files = [
      'feed.xml',
      'catalogue/feed.xml',
      'digest/feed.xml',
      'authors/ana-lopez/feed.xml',
      'sitemap.xml',
      'library.json',
      'robots.txt',
    ];
    for (const file of files) {
      const urls = siteUrlsIn(readFileSync(join(build.outDir, file), 'utf8'));
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) {
        const found = resolve(url, `${BASE}${file}`);
        if ('problem' in found) problems.push(found.problem);
      }
    }
    expect(problems).toEqual([]);
    const library = JSON.parse(readFileSync(join(build.outDir, 'library.json'), 'utf8')) as {
      url: string;
    };
    expect(library.url).toBe(SITE);
  });

  it('loads fonts and images from the stylesheets under the base', () => {
    const problems: string[] = [];
    const css = readdirSync(join(build.outDir, '_astro')).filter((name) => name.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const name of css) {
      const from = `${BASE}_astro/${name}`;
      const text = readFileSync(join(build.outDir, '_astro', name), 'utf8');
      for (const [, url = ''] of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
        if (url.startsWith('data:')) continue;
        const found = resolve(url, from);
        if ('problem' in found) problems.push(found.problem);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes the Content-Security-Policy into every page as a <meta> before any script or style, with every hash it needs', () => {
    const headers = parseHeaders(readFileSync(join(build.outDir, '_headers'), 'utf8'));
    const rule = headers.find((r) => r.pattern === `${BASE}*`);
    const policy = rule?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    expect(policy).toContain('frame-ancestors');
    for (const path of allPages(build.outDir)) {
      const html = readFileSync(
        join(build.outDir, relative('/', path), path.endsWith('/') ? 'index.html' : ''),
        'utf8',
      );
      const head = parse(html).querySelector('head');
      const metas = head?.querySelectorAll('meta[http-equiv="Content-Security-Policy"]') ?? [];
      expect(metas, path).toHaveLength(1);
      const content = metas[0]?.getAttribute('content') ?? '';
      expect(content, path).toBe(metaPolicy(policy));
      expect(content, path).not.toMatch(/frame-ancestors|report-uri|sandbox/);
      // Nothing it must govern comes before it.
      const before = html.slice(0, html.indexOf('http-equiv="Content-Security-Policy"'));
      expect(before, path).not.toMatch(/<script|<style|<link/i);
      // The hashes are of the page as served, meta included.
      const { scripts, styles } = inlineHashes(html);
      for (const hash of [...scripts, ...styles])
        expect(content, `${path} ${hash}`).toContain(hash);
    }
  });
});

describe('the base-path site in a browser, served like GitHub Pages (under /library/, no headers)', () => {
  let server: PreviewServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ root: build.outDir, base: BASE, headers: false });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a lesson by search and opens it under the base, with no console error or CSP violation', async () => {
    const { page: tab, problems, close } = await openPage(browser);
    try {
      await tab.goto(`${server.url}${BASE}`);
      await tab.getByRole('searchbox', { name: 'Search the library' }).fill('Lesson Two');
      await tab.keyboard.press('Enter');
      await tab.waitForURL(`${server.url}${BASE}search/?q=Lesson+Two`);
      const result = tab.getByRole('article').getByRole('link', { name: 'Lesson Two' }).first();
      expect(await result.getAttribute('href')).toBe(`${BASE}lessons/lesson-two/`);
      await result.click();
      await tab.waitForURL(`${server.url}${BASE}lessons/lesson-two/`);
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toContain('Lesson Two');
      // The stylesheet arrived from under the base: without it the skip link would sit on screen at full size.
      expect(
        await tab
          .locator('.visually-hidden')
          .first()
          .evaluate((e) => e.getBoundingClientRect().width),
      ).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('answers a URL outside the site with its 404 page, whose links lead back under the base', async () => {
    const response = await fetch(`${server.url}${BASE}no/such/page/`);
    expect(response.status).toBe(404);
    const html = parse(await response.text());
    expect(html.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(BASE);
  });
});
