import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Ends `npm run build` by saying where the site is and how to look at it. */
export default function buildSummary(): AstroIntegration {
  return {
    name: 'lesson-share:build-summary',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = relative(process.cwd(), fileURLToPath(dir)) || '.';
        logger.info(
          `${pages.length} pages written to ${out}/. Preview them with \`npm run preview\` (http://localhost:4321/).`,
        );
      },
    },
  };
}
