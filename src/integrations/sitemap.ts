import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSite } from '../pipeline/built-pages.ts';
import { sitemapPages, sitemapXml } from '../pipeline/sitemap.ts';

/**
 * Writes `sitemap.xml` from the built pages themselves, so no page can be left out of it:
 * every HTML page but the 404 and the redirects, an entry with the date its file last
 * changed in git (the page's `article:modified_time`). It reads them from the link check's
 * walk over the site (`builtSite`), so the two cost one walk, and a rebuild parses only changed pages.
 */
export default function sitemap(siteUrl: string): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'lesson-share:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = sitemapPages(builtSite(outDir, cacheDir));
        writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(pages, siteUrl));
        logger.info(`sitemap.xml lists ${pages.length} pages.`);
      },
    },
  };
}
