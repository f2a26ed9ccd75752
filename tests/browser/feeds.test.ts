import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { openPage, siteForTests } from './browser.ts';

// Under a base path, as a GitHub Pages project site, and served with the build's own _headers (its policy).
const BASE = '/library/';

const served = siteForTests(() => copyLibrary(join(ROOT, 'tests/fixtures/library')), {
  siteUrl: `https://example.org${BASE}`,
  base: BASE,
});

describe('feeds in a browser', () => {
  for (const [feed, title] of [
    ['catalogue/feed.xml', `${site.title}: new patterns and traps`],
    ['authors/ana-lopez/feed.xml', `Ana López on ${site.title}`],
    ['tags/retro/feed.xml', `#Retrospectives on ${site.title}`],
    ['traps/first-trap/feed.xml', 'Lessons caught by First Trap'],
  ]) {
    it(`shows ${feed} as a styled page under the policy: what it is, how to follow it, its entries`, async () => {
      const { page, problems, close } = await openPage(served.browser);
      try {
        const response = await page.goto(`${served.server.url}${BASE}${feed}`);
        // The policy the host sends applies to the page the stylesheet makes.
        expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
        await expect(
          page.getByRole('heading', { name: 'How to follow it' }).isVisible(),
        ).resolves.toBe(true);
        await expect(page.locator('code').textContent()).resolves.toBe(
          `https://example.org${BASE}${feed}`,
        );
        const entries = page.getByRole('listitem');
        expect(await entries.count()).toBeGreaterThan(0);
        await expect(entries.first().getByRole('link').getAttribute('href')).resolves.toMatch(
          new RegExp(`^https://example.org${BASE}`),
        );
        // Styled by the site's own stylesheet, not the browser's XML tree or unstyled HTML.
        const font = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily);
        expect(font).toMatch(/Source Serif 4/);
        // On a phone the page fits its width: the feed's long address scrolls in its box, not the page.
        await page.setViewportSize({ width: 375, height: 800 });
        await expect(
          page.evaluate(() => document.documentElement.scrollWidth),
        ).resolves.toBeLessThanOrEqual(375);
        // Chromium says it will drop XSLT one day (docs/reading.md); that notice aside, nothing may fail or be blocked.
        expect(
          problems.filter((p) => !/XSLT Processing Instructions have been deprecated/.test(p)),
        ).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
