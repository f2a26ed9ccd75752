// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { site } from './site.config.ts';
import buildSummary from './src/integrations/build-summary.ts';
import contentCheck from './src/integrations/content-check.ts';
import mdxCache from './src/integrations/mdx-cache.ts';
import { cacheDirFor } from './src/lib/content-dir.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';

export default defineConfig({
  site: site.url,
  // One content cache per content folder: libraries sharing slugs would collide in one cache.
  cacheDir: cacheDirFor(),
  trailingSlash: 'always',
  // Two pages on one URL is a content error, never something to pick a winner for.
  prerenderConflictBehavior: 'error',
  markdown: { processor: unified({ remarkPlugins, rehypePlugins }) },
  // A rebuild re-renders only pages whose cacheKey (src/page-keys.ts) or code changed; the rest are copied from the last build.
  experimental: { incrementalBuild: true },
  integrations: [contentCheck(), mdx(), mdxCache(), react(), buildSummary(), pagefind(), securityHeaders()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro's own MDX directive, flagged once per entry: withastro/astro#18087 (harmless, open upstream).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
