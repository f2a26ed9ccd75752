import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { findChromium } from '../../scripts/chromium.ts';
import { startServer, type PreviewServer } from '../../scripts/serve.ts';
import { buildSite, type BuildOptions } from '../helpers/build.ts';

/**
 * Starts headless Chromium: @sparticuz/chromium's, or CHROMIUM_PATH's (scripts/chromium.ts). A missing
 * browser fails the run instead of skipping it, so CI can never go green without having driven a real browser.
 */
export async function launch(): Promise<Browser> {
  const { executablePath, args, env } = await findChromium();
  return chromium.launch({ executablePath, args, env });
}

/** A page whose console errors, warnings, uncaught exceptions and CSP violations are collected as they happen. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/** Opens a page in a fresh context and starts watching it. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  // Worker messages arrive here too, so a worker that fails under the CSP is caught as well.
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
        );
      }),
    );
  }
  return { page, problems, close: () => context.close() };
}

/** Closes a watched page, failing the test on any console error, warning or CSP violation it saw. */
export async function closeWatched(watched: WatchedPage | undefined): Promise<void> {
  const problems = watched?.problems ?? [];
  await watched?.close();
  expect(problems, 'console errors, warnings or CSP violations').toEqual([]);
}

/** A library built, served as a static host would serve it, and Chromium started: where each browser test file begins. */
export interface ServedSite {
  server: PreviewServer;
  browser: Browser;
  outDir: string;
  /** Closes the browser and the server, and removes the build. */
  close: () => Promise<void>;
}

/** Builds a content folder (a failed build fails the tests with its output), serves it, under `base` if given, and starts Chromium. */
export async function serveBuild(
  contentDir: string,
  { base, ...options }: BuildOptions & { base?: string } = {},
): Promise<ServedSite> {
  const build = buildSite(contentDir, options);
  if (build.status !== 0) throw new Error(`build of ${contentDir} failed:\n${build.output}`);
  const server = await startServer({ root: build.outDir, ...(base ? { base } : {}) });
  const browser = await launch();
  return {
    server,
    browser,
    outDir: build.outDir,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(build.outDir, { recursive: true, force: true });
    },
  };
}

/** One test file's served site: built before its tests, closed after them, and the page a test watches. */
export interface SiteForTests {
  readonly server: PreviewServer;
  readonly browser: Browser;
  readonly outDir: string;
  /** Opens a watched page, closing (and checking) the one open before: each is checked after its test too. */
  watch: (options?: BrowserContextOptions) => Promise<WatchedPage>;
}

/**
 * Registers the hooks every browser test file needs: build and serve `content` before the tests, fail a test on
 * any console problem of the page it watched, and close it all. `content` is a folder, or a function that writes
 * a scratch library (`copyLibrary()`), whose temporary folder is removed with the build.
 */
export function siteForTests(
  content: string | (() => string),
  options: BuildOptions & { base?: string } = {},
): SiteForTests {
  let served: ServedSite | undefined;
  let scratch: string | undefined;
  let watched: WatchedPage | undefined;
  const closeCurrent = async () => {
    const page = watched;
    watched = undefined;
    await closeWatched(page);
  };
  beforeAll(async () => {
    if (typeof content !== 'string') scratch = content();
    served = await serveBuild(scratch ?? (content as string), options);
  });
  afterEach(closeCurrent);
  afterAll(async () => {
    await served?.close();
    if (scratch) rmSync(dirname(scratch), { recursive: true, force: true });
  });
  const site = () => {
    if (!served) throw new Error('the site is served only once the tests start');
    return served;
  };
  return {
    get server() {
      return site().server;
    },
    get browser() {
      return site().browser;
    },
    get outDir() {
      return site().outDir;
    },
    watch: async (options) => {
      await closeCurrent();
      watched = await openPage(site().browser, options);
      return watched;
    },
  };
}
