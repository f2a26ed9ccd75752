import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readLibrary } from '../check/library.ts';
import { permalinkEntries } from '../check/rules/permalinks.ts';
import { contentDir } from '../lib/content-dir.ts';
import { redirects } from '../lib/permalinks.ts';

/** Writes `_redirects` (Netlify, Cloudflare Pages) beside the redirect pages, for hosts that answer with a real 301. */
export default function redirectsFile(): AstroIntegration {
  return {
    name: 'lesson-share:redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const lines = redirects(permalinkEntries(readLibrary(contentDir()).entries)).map(({ from, to }) => `${from} ${to} 301`);
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), lines.length ? `${lines.join('\n')}\n` : '');
      },
    },
  };
}
