import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Parts of an indexed page that are chrome, not content: heading anchors would put a `#` in
 * every section title; card lists are backlinks that belong to other entries (an event page
 * lists its lessons inside its article); badges, bylines, fact lists, tag lists and table
 * headings are labels that Pagefind would glue to their values ("Also known asPre-mortem") or
 * to the last section's excerpt, and the filters and searchable metadata carry them already;
 * the provenance note is about the file, not the lesson.
 */
const EXCLUDED = ['.heading-anchor', '.cards', '.eyebrow', '.meta', '.tags', '.provenance', 'caption', 'thead'];

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so every
 * `astro build` ships a search index that matches its pages. Only elements marked
 * `data-pagefind-body` (entry articles, author profiles) are indexed.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'lesson-share:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED, forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          fail('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          fail('write the index', written.errors);
          logger.info(`Search index of ${added.page_count} pages written to pagefind/.`);
        } finally {
          // The Node API runs Pagefind as a child process: without this the build never exits.
          await close();
        }
      },
    },
  };
}

function fail(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}
