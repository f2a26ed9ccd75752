// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { site } from './site.config.ts';
import browserReference from './src/integrations/browser-reference.ts';
import buildSummary from './src/integrations/build-summary.ts';
import contentCheck from './src/integrations/content-check.ts';
import { cacheDirFor } from './src/build/content-dir.ts';
import securityHeaders from './src/integrations/security-headers.ts';

export default defineConfig({
  site: site.url,
  // One content cache per content folder: libraries sharing slugs would collide in one cache.
  cacheDir: cacheDirFor(),
  trailingSlash: 'always',
  // Two pages on one URL is a content error, never something to pick a winner for.
  prerenderConflictBehavior: 'error',
  // A rebuild re-renders only pages whose cacheKey (src/build/page-keys.ts) or code changed; the rest are copied from the last build.
  experimental: { incrementalBuild: true },
  // Pages render while the card workers draw: with one page at a time, every card page left the main thread idle.
  build: { concurrency: 4 },
  // The contribute page's checker (src/islands/lesson-check.ts) carries the check's parsers and rules, about 770 KB
  // (240 KB gzipped); it loads after the form is on screen, so its size is expected, not a warning.
  vite: { build: { chunkSizeWarningLimit: 1024 } },
  integrations: [
    contentCheck(),
    mdx(),
    react(),
    browserReference(),
    buildSummary(),
    securityHeaders(),
  ],
});
