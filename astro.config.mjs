// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import browserReference from './src/integrations/browser-reference.ts';
import buildSummary from './src/integrations/build-summary.ts';
import contentCheck from './src/integrations/content-check.ts';
import interactionDirective from './src/integrations/interaction-directive.ts';
import { cacheDirFor } from './src/pipeline/content-dir.ts';
import { siteUrl } from './src/pipeline/site-url.ts';
import { baseOf } from './src/view/urls.ts';
import islandStyleInHead from './src/integrations/island-style.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sitemap from './src/integrations/sitemap.ts';

const url = siteUrl();

export default defineConfig({
  site: url,
  // The url's path is where the site is served (a GitHub Pages project site: /<repository>/); every href carries it.
  base: baseOf(url),
  // One content cache per content folder and address: libraries sharing slugs would collide in one cache.
  cacheDir: cacheDirFor(),
  trailingSlash: 'always',
  // Two pages on one URL is a content error, never something to pick a winner for.
  prerenderConflictBehavior: 'error',
  // A rebuild re-renders only pages whose cacheKey (src/pipeline/page-keys.ts) or code changed; the rest are copied from the last build.
  experimental: { incrementalBuild: true },
  // Pages render while the card workers draw: with one page at a time, every card page left the main thread idle.
  // Component styles ship as files ('self'): the only inline styles are those src/pipeline/inline-assets.ts declares.
  build: { concurrency: 4, inlineStylesheets: 'never' },
  // The island style moves into the head before the security headers hash what the pages hold.
  integrations: [
    contentCheck(),
    mdx(),
    // Only the islands are components: left open, the plugin would transform every TypeScript module of the build.
    react({ include: ['**/src/islands/**/*.tsx'] }),
    // client:interaction: React and an island load on the reader's first use of it, not with the page.
    interactionDirective(),
    browserReference(),
    buildSummary(),
    islandStyleInHead(),
    securityHeaders(),
    sitemap(url),
  ],
  vite: {
    // The address for src/view/urls.ts, in server and browser code alike.
    define: { __LESSON_SHARE_SITE_URL__: JSON.stringify(url) },
    // The contribute page's checker (src/islands/contribute/entry-check.ts) carries the check's parsers and rules, about 770 KB
    // (240 KB gzipped); it loads after the form is on screen, so its size is expected, not a warning.
    build: {
      chunkSizeWarningLimit: 1024,
      // Fonts stay files: the policy's font-src 'self' refuses a font inlined as a data: URL (the latin-ext cuts are ~1 KB).
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    },
  },
});
