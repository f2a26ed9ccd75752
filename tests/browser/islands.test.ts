import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { siteForTests } from './browser.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const QUERY_BOX = 'Search patterns, decision traps, lessons, events and authors';
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

const served = siteForTests(FIXTURE);

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const resultUrls = (page: Page) =>
  page.locator('.result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
/** The island marks its form once it runs. */
const hydrated = (page: Page) =>
  page.locator('form[role=search][data-ready]').waitFor({ state: 'attached' });

/** Opens the search page with the island's code held back until `release` is called, and lists the code it asked for. */
async function openHeld(path: string, options = {}) {
  const { page } = await served.watch(options);
  const code: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    code.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  await page.goto(`${served.server.url}${path}`);
  return { page, code, release };
}

describe('the search island', () => {
  it('loads neither React nor its own code until the reader uses the search box', async () => {
    const { page, code, release } = await openHeld('/search/');
    release();
    await page.waitForLoadState('networkidle');
    expect(code).toEqual([]);
    await expect(page.getByRole('searchbox', { name: QUERY_BOX }).isVisible()).resolves.toBe(true);

    await page.getByRole('searchbox', { name: QUERY_BOX }).click();
    await hydrated(page);
    expect(code.some((path) => /^\/_astro\/Search\.[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('comes to life at once when the address holds a search', async () => {
    const { page, release } = await openHeld('/search/?q=alpha');
    release();
    await eventually(() => resultUrls(page)).toEqual(['/patterns/alpha-pattern/']);
    await expect(page.getByRole('searchbox', { name: QUERY_BOX }).inputValue()).resolves.toBe(
      'alpha',
    );
  });

  it('keeps a query typed before it ran, with the caret where the reader left it', async () => {
    const { page, release } = await openHeld('/search/');
    const box = page.getByRole('searchbox', { name: QUERY_BOX });
    await box.click();
    // A slip mended in the middle of the word, all before the island's code has arrived.
    await page.keyboard.type('gama');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('m');
    release();
    await hydrated(page);
    await eventually(() => page.getByRole('status').textContent()).toMatch(/ for “gamma”$/);
    await eventually(async () => (await resultUrls(page))[0]).toBe('/patterns/gamma-pattern/');
    await expect(box.inputValue()).resolves.toBe('gamma');
    await expect(box.evaluate((el: HTMLInputElement) => el.selectionStart)).resolves.toBe(4);
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('gamma');
  });

  it('keeps typing that runs on while it comes to life, and searches for the whole query', async () => {
    const { page, release } = await openHeld('/search/');
    const box = page.getByRole('searchbox', { name: QUERY_BOX });
    await box.click();
    await page.keyboard.type('forces beh');
    release();
    // No pause between the keys: these land while React hydrates the form.
    await page.keyboard.type('ind gamma');
    await hydrated(page);
    // The status names the query searched: all of it, not what was typed before the code arrived.
    await eventually(() => page.getByRole('status').textContent()).toMatch(
      / for “forces behind gamma”$/,
    );
    await expect(box.inputValue()).resolves.toBe('forces behind gamma');
    await expect(box.evaluate((el: HTMLInputElement) => el.selectionStart)).resolves.toBe(19);
  });

  it('answers a press on the phone’s filter button made before it ran', async () => {
    const { page, release } = await openHeld('/search/', PHONE);
    await page.getByRole('button', { name: 'Show filters' }).tap();
    release();
    await hydrated(page);
    await eventually(() => page.getByRole('group', { name: 'Type' }).isVisible()).toBe(true);
    await expect(
      page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
  });
});

/** The island code a page asks for, in the order it asks. */
async function codeOf(page: Page, path: string, use?: (page: Page) => Promise<void>) {
  const code: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) code.push(pathname);
  });
  await page.goto(`${served.server.url}${path}`);
  await use?.(page);
  await page.waitForLoadState('networkidle');
  return code;
}

describe('the contribute island', () => {
  it('loads the checker only once the reader starts on the form, and shares one React with search', async () => {
    const before: string[] = [];
    const contribute = await codeOf((await served.watch()).page, '/contribute/', async (page) => {
      await page.locator('.contribute[data-ready]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      before.push(
        ...(await page.evaluate(() =>
          performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
        )),
      );
      await page.getByRole('textbox').first().focus();
    });
    // Nothing of the checker before the reader's first use of the form; then it comes, after the island's own code.
    expect(
      before.some((path) => /\/entry-check\.[\w-]+\.js$/.test(path)),
      before.join(', '),
    ).toBe(false);
    const checker = contribute.findIndex((path) => /\/entry-check\.[\w-]+\.js$/.test(path));
    const island = contribute.findIndex((path) => /\/Contribute\.[\w-]+\.js$/.test(path));
    expect(checker, contribute.join(', ')).toBeGreaterThan(island);
    expect(island).toBeGreaterThanOrEqual(0);

    const search = await codeOf((await served.watch()).page, '/search/?q=alpha', hydrated);
    // React-DOM's client is the one file that creates roots: the build has one, and both pages load it.
    const reactDom = readdirSync(join(served.outDir, '_astro'))
      .filter((name) => name.endsWith('.js'))
      .filter((name) =>
        readFileSync(join(served.outDir, '_astro', name), 'utf8').includes('__reactContainer$'),
      )
      .map((name) => `/_astro/${name}`);
    expect(reactDom).toHaveLength(1);
    expect(contribute).toContain(reactDom[0]);
    expect(search).toContain(reactDom[0]);
    // What else they share is the same files too, not a second copy under another name.
    const shared = search.filter((path) => contribute.includes(path));
    expect(shared.length).toBeGreaterThan(1);
  });
});
