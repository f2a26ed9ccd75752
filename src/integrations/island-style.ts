import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyle } from '../pipeline/island-style.ts';

/** Moves the island style Astro writes into a page's body up into its head, so every page is valid HTML. */
export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'lesson-share:island-style-in-head',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const entry of readdirSync(site, { withFileTypes: true, recursive: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const hoisted = hoistIslandStyle(html);
          if (hoisted !== html) writeFileSync(file, hoisted);
        }
      },
    },
  };
}
