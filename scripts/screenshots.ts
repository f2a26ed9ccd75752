#!/usr/bin/env node
// npm run screenshots [-- /path/ …]: photographs built pages at phone and desktop widths, light and dark, into screenshots/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = pages.length ? pages : ['/', '/patterns/pre-mortem/', '/traps/hindsight-bias/', '/lessons/event-that-fired-twice/', '/authors/diego-alvarez/', '/tags/blameless/', '/events/wayfinder-onboarding-test/'];
const port = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});
const preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://localhost:${port}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  mkdirSync('screenshots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const url of targets) {
        await page.goto(`http://localhost:${port}${url}`);
        const name = url.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
        await page.screenshot({ path: `screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
      }
      await page.close();
    }
  }
  console.log(`screenshots of ${targets.length} pages in screenshots/`);
} finally {
  await browser.close();
  preview.kill();
}
