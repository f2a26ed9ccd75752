import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME_CARDS, PREVIEW_SIZE } from '../../src/view/pagination.ts';
import { ROOT } from '../helpers/build.ts';
import { addExtraLessons, copyLibrary } from '../helpers/content.ts';
import { openPage, siteForTests } from './browser.ts';

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
  '/how-to-write-a-lesson/',
  '/take-down-and-privacy/',
  '/code-of-conduct/',
  '/what-is-happening/',
  '/map/',
  '/search/?q=lesson',
  '/no-such-page/',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const served = siteForTests(() => {
  // More lessons citing lesson-one's neighbours than any preview shows, so the lists' own pages exist too.
  const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  // Four featured lessons with the fixture's own: rows of three would leave one alone on the home page.
  addExtraLessons(content, PREVIEW_SIZE, HOME_CARDS - 3);
  return content;
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.2 AA and best practice) on any page type in the ${colorScheme} theme`, async () => {
      const { page, close } = await openPage(served.browser, { colorScheme });
      const violations: string[] = [];
      for (const url of PAGES) {
        await page.goto(`${served.server.url}${url}`);
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
    const { page, problems, close } = await openPage(served.browser, { colorScheme: 'light' });
    await page.goto(`${served.server.url}/`);
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
    await page.goto(`${served.server.url}/lessons/lesson-one/`);
    expect(
      await page.evaluate(() => (window as { firstBackground?: string }).firstBackground),
    ).toBe(dark);
    expect(problems).toEqual([]);
    await close();
  });

  it('stays out of the way without JavaScript, where the system setting decides', async () => {
    const { page, close } = await openPage(served.browser, {
      colorScheme: 'dark',
      javaScriptEnabled: false,
    });
    await page.goto(`${served.server.url}/`);
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
      const { page, close } = await openPage(served.browser);
      await page.goto(`${served.server.url}${url}`);
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

describe('reading an entry', () => {
  it('sets body text in Source Sans 3 and headings in Source Serif 4, both from the subset files', async () => {
    const { page, close } = await openPage(served.browser);
    await page.goto(`${served.server.url}/lessons/lesson-one/`);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.status === 'loaded')
        .map((f) => f.family.replace(/"/g, ''));
    });
    expect(loaded).toContain('Source Sans 3 Subset');
    expect(loaded).toContain('Source Serif 4 Subset');
    const family = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
    await expect(family('.lead')).resolves.toMatch(/^"?Source Sans 3 Subset/);
    await expect(family('h1')).resolves.toMatch(/^"?Source Serif 4 Subset/);
    await close();
  });

  it('keeps "On this page" in view on a desktop while the entry scrolls', async () => {
    const { page, close } = await openPage(served.browser, {
      viewport: { width: 1280, height: 600 },
    });
    await page.goto(`${served.server.url}/lessons/lesson-two/`);
    const outline = page.getByRole('navigation', { name: 'On this page' });
    const startTop = (await outline.boundingBox())?.y ?? 0;
    await page.locator('#personal-lesson').scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(startTop);
    const box = await outline.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 600) + 40).toBeLessThan(600);
    await close();
  });

  it('marks the section in view in "On this page" and never lets it cover a related card', async () => {
    const { page, close } = await openPage(served.browser, {
      viewport: { width: 1280, height: 600 },
    });
    await page.goto(`${served.server.url}/lessons/lesson-two/`);
    const outline = page.getByRole('navigation', { name: 'On this page' });
    const current = () =>
      outline
        .getByRole('link')
        .evaluateAll((links) =>
          links.filter((a) => a.matches(':target-current')).map((a) => a.textContent),
        );
    // A section brought to the top of the window is the one the outline marks.
    await page.evaluate(() => document.getElementById('four-questions')?.scrollIntoView());
    await expect.poll(current).toEqual(['The four questions']);
    const overlaps = () =>
      page.evaluate(() => {
        const box = document.querySelector('.outline--side')!.getBoundingClientRect();
        return [...document.querySelectorAll('.entry__related .card')].filter((card) => {
          const c = card.getBoundingClientRect();
          return (
            c.top < box.bottom && c.bottom > box.top && c.left < box.right && c.right > box.left
          );
        }).length;
      });
    for (const y of [0, 600, 1200, 2400, 100_000]) {
      await page.evaluate((top) => scrollTo(0, top), y);
      expect(await overlaps(), `scrolled to ${y}`).toBe(0);
    }
    await close();
  });

  it('puts "On this page" at the top on a phone, folded until opened', async () => {
    const { page, close } = await openPage(served.browser, {
      viewport: { width: 375, height: 800 },
    });
    await page.goto(`${served.server.url}/lessons/lesson-two/`);
    const summary = page.locator('summary', { hasText: 'On this page' });
    const firstSection = page.getByRole('heading', { name: 'The four questions' });
    expect((await summary.boundingBox())?.y).toBeLessThan(
      (await firstSection.boundingBox())?.y ?? 0,
    );
    const link = page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'The four questions' });
    await expect(link.isVisible()).resolves.toBe(false);
    await summary.click();
    await expect(link.isVisible()).resolves.toBe(true);
    await close();
  });

  it('gives the actions table the full width below the side column, with dates on one line', async () => {
    const { page, close } = await openPage(served.browser);
    await page.goto(`${served.server.url}/lessons/lesson-one/`);
    const table = await page.locator('table').boundingBox();
    const main = await page.locator('.entry__main').boundingBox();
    const aside = await page.locator('.entry__aside').boundingBox();
    expect(table?.width).toBeGreaterThan((main?.width ?? 0) + 100);
    expect(table?.y).toBeGreaterThanOrEqual((aside?.y ?? 0) + (aside?.height ?? 0));
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const lines = await page
        .locator('td time')
        .evaluateAll((times) => times.map((t) => t.getClientRects().length));
      expect(lines.length).toBeGreaterThan(0);
      expect(
        lines.every((n) => n === 1),
        `dates on one line at ${width} px`,
      ).toBe(true);
    }
    await close();
  });

  it("shows a lesson's actions on a phone before the lists of linked entries", async () => {
    const { page, close } = await openPage(served.browser, {
      viewport: { width: 375, height: 800 },
    });
    await page.goto(`${served.server.url}/lessons/lesson-one/`);
    const top = async (name: RegExp) =>
      (await page.getByRole('heading', { name }).boundingBox())?.y ?? NaN;
    expect(await top(/^Actions$/)).toBeGreaterThan(await top(/^The personal lesson$/));
    // The side column's lists are named with their count: "Patterns it cites (1)".
    expect(await top(/^Actions$/)).toBeLessThan(await top(/^Patterns it cites/));
    const table = await page.getByRole('table').boundingBox();
    const related = await page.locator('.entry__related').boundingBox();
    expect((table?.y ?? NaN) + (table?.height ?? NaN)).toBeLessThanOrEqual(related?.y ?? NaN);
    await close();
  });

  it('copies a citation with its Copy button, which only shows when scripts run', async () => {
    const { page, problems, close } = await openPage(served.browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${served.server.url}/lessons/lesson-one/`);
    await page.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
    // Its name changes once it has copied: found again by place.
    const button = page.locator('.cite__copy').nth(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@misc\{/);
    expect(copied).toBe(await page.locator('.cite__text').nth(1).innerText());
    await expect(button.textContent()).resolves.toBe('Copied');
    expect(problems).toEqual([]);
    await close();
    const noScript = await openPage(served.browser, { javaScriptEnabled: false });
    await noScript.page.goto(`${served.server.url}/lessons/lesson-one/`);
    expect(await noScript.page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    await expect(noScript.page.locator('.cite__text').first().isVisible()).resolves.toBe(true);
    await noScript.close();
  });
});

describe('the home page', () => {
  for (const width of [1280, 800, 375]) {
    it(`leaves no card alone on the last row of a list at ${width} px`, async () => {
      const { page, close } = await openPage(served.browser, { viewport: { width, height: 900 } });
      await page.goto(`${served.server.url}/`);
      const lists = await page.locator('main .cards').evaluateAll((uls) =>
        uls.map((ul) => {
          const rows = new Map<number, number>();
          for (const li of ul.children) {
            const top = Math.round(li.getBoundingClientRect().top);
            rows.set(top, (rows.get(top) ?? 0) + 1);
          }
          return [...rows.values()];
        }),
      );
      expect(lists.length).toBeGreaterThan(0);
      for (const rows of lists) {
        const columns = Math.max(...rows);
        if (columns > 1) expect(rows.at(-1), `rows ${rows.join('+')}`).toBeGreaterThan(1);
      }
      await close();
    });
  }
});

describe('the 404 page', () => {
  it('suggests the pages nearest the mistyped address and offers search', async () => {
    const { page, problems, close } = await openPage(served.browser);
    const response = await page.goto(`${served.server.url}/patterns/alpha-patern/`);
    expect(response?.status()).toBe(404);
    const near = page.getByRole('region', { name: 'Did you mean' });
    await expect(near.getByRole('link').first().getAttribute('href')).resolves.toBe(
      '/patterns/alpha-pattern/',
    );
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('alpha');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=alpha$/);
    // The page itself answers 404, which Chromium logs; nothing else may fail.
    expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
    await close();
  });

  it('keeps its footer at the bottom of the window', async () => {
    const { page, close } = await openPage(served.browser, {
      viewport: { width: 1280, height: 1200 },
    });
    await page.goto(`${served.server.url}/no-such-page/`);
    const footer = await page.locator('.site-footer').boundingBox();
    expect((footer?.y ?? 0) + (footer?.height ?? 0)).toBeGreaterThanOrEqual(1199);
    await close();
  });
});
