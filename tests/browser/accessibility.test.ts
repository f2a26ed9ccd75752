import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type PreviewServer } from '../../scripts/serve.ts';
import { HOME_CARDS, PREVIEW_SIZE } from '../../src/view/pagination.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { addExtraLessons, copyLibrary } from '../helpers/content.ts';
import { launch, openPage } from './browser.ts';

// One page of every page type the site has.
const PAGES = [
  '/',
  '/patterns/',
  '/patterns/alpha-pattern/',
  '/traps/',
  '/traps/first-trap/',
  '/traps/second-trap/',
  '/lessons/',
  '/lessons/lesson-two/',
  '/events/',
  '/events/big-launch/',
  '/events/big-launch/lessons/',
  '/authors/',
  '/authors/ana-lopez/',
  '/patterns/alpha-pattern/lessons/',
  '/showcase/',
  '/tags/',
  '/tags/retro/',
  '/health/',
  '/follow-ups/',
  '/health/thin-evidence/',
  '/digest/',
  '/digest/2026-03/',
  '/digest/2026-05/',
  '/about/',
  '/search/?q=lesson',
  '/no-such-page/',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let server: PreviewServer;
let browser: Browser;
let content: string;
let outDir: string;

beforeAll(async () => {
  // More lessons citing lesson-one's neighbours than any preview shows, so the lists' own pages exist too.
  content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  addExtraLessons(content, PREVIEW_SIZE, HOME_CARDS);
  const build = buildSite(content);
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  server = await startServer({ root: build.outDir });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (content) rmSync(dirname(content), { recursive: true, force: true });
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.2 AA and best practice) on any page type in the ${colorScheme} theme`, async () => {
      const { page, close } = await openPage(browser, { colorScheme });
      const violations: string[] = [];
      for (const url of PAGES) {
        await page.goto(`${server.url}${url}`);
        // Wait for the island to hydrate and the results to arrive, so axe sees the page a reader sees.
        if (url.startsWith('/search/')) await page.getByRole('article').first().waitFor();
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations)
          violations.push(
            `${url} ${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
          );
      }
      await close();
      expect(violations).toEqual([]);
    });
  }
});

describe('the theme toggle', () => {
  it('switches the theme, says which is on, and remembers the choice without a flash on the next page', async () => {
    const { page, problems, close } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(`${server.url}/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    // The choice is applied by the head script, before the body is parsed: the first paint is already dark.
    await page.addInitScript(() =>
      document.addEventListener(
        'DOMContentLoaded',
        () =>
          ((window as { firstBackground?: string }).firstBackground = getComputedStyle(
            document.body,
          ).backgroundColor),
      ),
    );
    await page.goto(`${server.url}/lessons/lesson-one/`);
    expect(
      await page.evaluate(() => (window as { firstBackground?: string }).firstBackground),
    ).toBe(dark);
    expect(problems).toEqual([]);
    await close();
  });

  it('stays out of the way without JavaScript, where the system setting decides', async () => {
    const { page, close } = await openPage(browser, {
      colorScheme: 'dark',
      javaScriptEnabled: false,
    });
    await page.goto(`${server.url}/`);
    expect(await page.getByRole('button', { name: 'Dark theme' }).count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      'light dark',
    );
    await close();
  });
});

describe('keyboard use', () => {
  for (const url of ['/', '/lessons/lesson-two/']) {
    it(`reaches every interactive control on ${url} in document order, skip link first`, async () => {
      const { page, close } = await openPage(browser);
      await page.goto(`${server.url}${url}`);
      // Every visible control a keyboard user can reach, in document order.
      const expected = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
          ),
        ]
          .filter(
            (el) =>
              el.tabIndex >= 0 &&
              !el.closest('[hidden]') &&
              (el.offsetParent !== null || el.classList.contains('skip-link')),
          )
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(() => (document.activeElement as HTMLElement).outerHTML.slice(0, 80)),
        );
      }
      expect(reached[0]).toContain('skip-link');
      expect(reached).toEqual(expected);
      // The focused control is visibly outlined.
      expect(
        await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle),
      ).not.toBe('none');
      await close();
    });
  }
});
