import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  addSources,
  formatHeaders,
  inlineHashes,
  parseHeaders,
  withMetaPolicy,
} from '../build/security-headers.ts';
import { cspInMeta } from '../build/site-url.ts';
import { baseOf, withBase } from '../view/urls.ts';

/**
 * Completes the Content-Security-Policy in the built `_headers` file with the hash of every
 * inline script and style Astro wrote (the island bootstrap, the `/` shortcut, small page
 * styles), so the policy needs no 'unsafe-inline' and stays right when Astro or a page changes. Its paths are put
 * under the site's base. For a host that sends no headers (LESSON_SHARE_CSP=meta: GitHub Pages), every page also
 * carries the policy as a `<meta>` element.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'lesson-share:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseOf(config.base);
      },
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
        const pages = htmlFiles(site);
        for (const page of pages) {
          const found = inlineHashes(readFileSync(page, 'utf8'));
          found.scripts.forEach((hash) => scripts.add(hash));
          found.styles.forEach((hash) => styles.add(hash));
        }
        const rules = parseHeaders(readFileSync(file, 'utf8')).map((rule) => ({
          pattern: withBase(rule.pattern, base),
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
        if (!cspInMeta()) return;
        const policy = rules
          .find((rule) => rule.pattern === withBase('/*', base))
          ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
        if (!policy)
          throw new Error(
            'LESSON_SHARE_CSP=meta, but _headers has no Content-Security-Policy for /*.',
          );
        // After every hash is known: the meta element is no script or style, so adding it changes none of them.
        for (const page of pages)
          writeFileSync(page, withMetaPolicy(readFileSync(page, 'utf8'), policy));
        logger.info(
          `Content-Security-Policy written into ${pages.length} pages as a <meta> element.`,
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
