import type { AstroIntegration } from 'astro';
import { setPageRewrite } from '../pipeline/built-pages.ts';
import { hoistIslandStyle } from '../pipeline/island-style.ts';

/**
 * Moves the island style Astro writes into a page's body up into its head, so every page is valid HTML. The move is
 * made in the one walk over the built pages (src/pipeline/built-pages.ts), before any check reads them.
 */
export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'lesson-share:island-style-in-head',
    hooks: {
      'astro:build:start': () => {
        setPageRewrite('island style in head', hoistIslandStyle);
      },
    },
  };
}
