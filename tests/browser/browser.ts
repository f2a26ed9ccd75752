import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; set CHROMIUM_PATH to use another Chromium or Chrome (on a Mac, say). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium. A missing browser fails the run instead of skipping it, so CI can
 * never go green without having driven a real browser.
 */
export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it (\`apt-get install -y chromium\`) or point CHROMIUM_PATH at one.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A page whose console errors, warnings, uncaught exceptions and CSP violations are collected as they happen. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/** Opens a page in a fresh context and starts watching it. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  // Worker messages arrive here too, so a worker that fails under the CSP is caught as well.
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      }),
    );
  }
  return { page, problems, close: () => context.close() };
}
