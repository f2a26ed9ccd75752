#!/usr/bin/env node
// npm run screenshots [-- /path/ …]: photographs built pages at phone and desktop widths, light and dark, into screenshots/.
// Paths are site paths: a site built under a base (`/library/`) is served and photographed under it.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';
import { baseOfBuild, startServer } from './serve.ts';
import { withBase } from '../src/view/urls.ts';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = pages.length
  ? pages
  : [
      '/',
      '/patterns/pre-mortem/',
      '/traps/hindsight-bias/',
      '/lessons/event-that-fired-twice/',
      '/events/wayfinder-onboarding-test/',
      '/authors/diego-alvarez/',
      '/tags/blameless/',
      '/health/',
      '/search/?q=rollback',
    ];
// @sparticuz/chromium's browser, or CHROMIUM_PATH's; found before the server starts, so a missing one leaves nothing running.
const { executablePath, args, env } = await findChromium();
// The project's own server, so pages are photographed under the real Content-Security-Policy.
const base = baseOfBuild('dist');
const server = await startServer({ root: 'dist', base });
const browser = await chromium.launch({ executablePath, args, env });
try {
  mkdirSync('screenshots', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const url of targets) {
        await page.goto(`${server.url}${withBase(url, base)}`);
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
  console.log(`screenshots of ${targets.length} pages in screenshots/`);
} finally {
  await browser.close();
  await server.close();
}
