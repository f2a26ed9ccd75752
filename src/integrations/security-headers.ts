import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  addSources,
  formatHeaders,
  inlineHashes,
  parseHeaders,
} from '../build/security-headers.ts';

/**
 * Completes the Content-Security-Policy in the built `_headers` file with the hash of every
 * inline script and style Astro wrote (the island bootstrap, the `/` shortcut, small page
 * styles), so the policy needs no 'unsafe-inline' and stays right when Astro or a page changes.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'lesson-share:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const file = join(site, '_headers');
        if (!existsSync(file)) {
          logger.warn(
            'No _headers in the build (public/_headers is missing): the site ships without a Content-Security-Policy.',
          );
          return;
        }
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const page of htmlFiles(site)) {
          const found = inlineHashes(readFileSync(page, 'utf8'));
          found.scripts.forEach((hash) => scripts.add(hash));
          found.styles.forEach((hash) => styles.add(hash));
        }
        const rules = parseHeaders(readFileSync(file, 'utf8')).map((rule) => ({
          ...rule,
          headers: rule.headers.map(([name, value]): [string, string] =>
            name.toLowerCase() === 'content-security-policy'
              ? [
                  name,
                  addSources(
                    addSources(value, 'script-src', [...scripts].sort()),
                    'style-src',
                    [...styles].sort(),
                  ),
                ]
              : [name, value],
          ),
        }));
        writeFileSync(file, formatHeaders(rules));
        logger.info(
          `Content-Security-Policy in _headers allows ${scripts.size} inline scripts and ${styles.size} inline styles by hash.`,
        );
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}
