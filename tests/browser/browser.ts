import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.ts';

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
