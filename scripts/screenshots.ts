#!/usr/bin/env node
// npm run screenshots [-- /path/ …]: photographs built pages at phone and desktop widths, light and dark, into screenshots/.
// Paths are site paths: a site built under a base (`/library/`) is served and photographed under it.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';
import { baseOfBuild, startServer } from './serve.ts';
import { withBase } from '../src/view/urls.ts';

const USAGE =
  'usage: npm run screenshots [-- /path/ …]: the pages to photograph (site paths such as / or /authors/wang-fang/); without any, the home page, the first entry page of each kind the build has, /health/ and a search.';
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const base = baseOfBuild('dist');
const targets = pages.length ? pages : defaultPages(join('dist'));

/** The home page, the first entry page of each kind in the built site (whatever its library), the health page and a search. */
function defaultPages(dist: string): string[] {
  const first = (kind: string) => {
    const dir = join(dist, kind);
    if (!existsSync(dir)) return [];
    // Numbered folders are pages of the list, not entries.
    const entry = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
      .map((d) => d.name)
      .sort()[0];
    return entry ? [`/${kind}/${entry}/`] : [];
  };
  return [
    '/',
    ...['patterns', 'traps', 'lessons', 'events', 'authors', 'tags'].flatMap(first),
    '/health/',
    '/search/?q=review',
  ];
}
// @sparticuz/chromium's browser, or CHROMIUM_PATH's; found before the server starts, so a missing one leaves nothing running.
const { executablePath, args, env } = await findChromium();
// The project's own server, so pages are photographed under the real Content-Security-Policy.
const server = await startServer({ root: 'dist', base });
const browser = await chromium.launch({ executablePath, args, env });
// Pages that answered 404: the site was built from another library, or a path is mistyped.
const missing = new Set<string>();
try {
  mkdirSync('screenshots', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const url of targets) {
        const response = await page.goto(`${server.url}${withBase(url, base)}`);
        if (response?.status() === 404) missing.add(url);
        if (url.startsWith('/search/'))
          await page
            .getByRole('article')
            .first()
            .waitFor({ timeout: 10_000 })
            .catch(() => {});
        const name =
          url
            .replace(/\?.*$/, '')
            .replace(/^\/|\/$/g, '')
            .replace(/\//g, '_') || 'home';
        await page.screenshot({
          path: `screenshots/${name}-${width}-${colorScheme}.png`,
          fullPage: true,
        });
      }
      await page.close();
    }
  }
  console.log(
    `screenshots of ${targets.length} page${targets.length === 1 ? '' : 's'} in screenshots/`,
  );
  if (missing.size) {
    console.error(
      `not in the built site (photographed as its 404 page): ${[...missing].join(', ')}`,
    );
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
