import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { declaredInline } from '../pipeline/inline-assets.ts';
import {
  formatHeaders,
  hashSource,
  inlineElements,
  siteHeaders,
  withMetaPolicy,
} from '../pipeline/security-headers.ts';
import { cspInMeta, siteUrl } from '../pipeline/site-url.ts';
import { baseOf, withBase } from '../view/urls.ts';

/**
 * Writes the built `_headers` (src/pipeline/security-headers.ts's SITE_HEADERS under the site's base) with a
 * Content-Security-Policy that allows by hash exactly the inline scripts and styles the build declares
 * (src/pipeline/inline-assets.ts), never one found in the output. Every page is then read with an HTML parser: an
 * inline script or style that is not declared stops the build, naming the page. For a host that sends no headers
 * (LESSON_SHARE_CSP=meta: GitHub Pages), every page also carries the policy as a `<meta>` element.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'lesson-share:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseOf(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const inline = await declaredInline(siteUrl());
        const scripts = new Set(inline.scripts.map(hashSource));
        const styles = new Set(inline.styles.map(hashSource));
        const pages = htmlFiles(site);
        const undeclared: string[] = [];
        for (const page of pages) {
          const found = inlineElements(readFileSync(page, 'utf8'));
          const where = relative(site, page);
          for (const text of found.scripts)
            if (!scripts.has(hashSource(text)))
              undeclared.push(`${where}: script \`${text.slice(0, 80)}\``);
          for (const text of found.styles)
            if (!styles.has(hashSource(text)))
              undeclared.push(`${where}: style \`${text.slice(0, 80)}\``);
        }
        if (undeclared.length)
          throw new Error(
            `${undeclared.length} inline script(s) or style(s) the build does not declare, which the Content-Security-Policy will block:\n  ${undeclared.slice(0, 10).join('\n  ')}\nDeclare the build's own in src/pipeline/inline-assets.ts; anything else must not be on a page.`,
          );
        const rules = siteHeaders(base, inline);
        writeFileSync(join(site, '_headers'), formatHeaders(rules));
        logger.info(
          `Content-Security-Policy in _headers allows the ${scripts.size} declared inline scripts and ${styles.size} inline styles by hash.`,
        );
        if (!cspInMeta()) return;
        const policy = rules
          .find((rule) => rule.pattern === withBase('/*', base))
          ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
        if (!policy) throw new Error('The site headers have no Content-Security-Policy for /*.');
        // The meta element is no script or style, so adding it changes none of the hashes.
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
