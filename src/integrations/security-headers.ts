import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSite, setPageRewrite } from '../pipeline/built-pages.ts';
import { declaredInline, type InlineAssets } from '../pipeline/inline-assets.ts';
import {
  formatHeaders,
  hashSource,
  inlineElements,
  siteHeaders,
  withMetaPolicy,
  type HeaderRule,
} from '../pipeline/security-headers.ts';
import { cspInMeta, siteUrl } from '../pipeline/site-url.ts';
import { baseOf, withBase } from '../view/urls.ts';

/**
 * Writes the built `_headers` (src/pipeline/security-headers.ts's SITE_HEADERS under the site's base) with a
 * Content-Security-Policy that allows by hash exactly the inline scripts and styles the build declares
 * (src/pipeline/inline-assets.ts), never one found in the output. Every page's inline scripts and styles are read
 * with an HTML parser in the one walk over the built pages (src/pipeline/built-pages.ts): one that is not declared
 * stops the build, naming the page. For a host that sends no headers (LESSON_SHARE_CSP=meta: GitHub Pages), the
 * same walk gives every page the policy as a `<meta>` element.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let inline: InlineAssets = { scripts: [], styles: [] };
  let rules: HeaderRule[] = [];
  return {
    name: 'lesson-share:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseOf(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The policy comes from what the build declares, never from the pages, so it is known before they are read.
      'astro:build:start': async () => {
        inline = await declaredInline(siteUrl());
        rules = siteHeaders(base, inline);
        const policy = rules
          .find((rule) => rule.pattern === withBase('/*', base))
          ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
        if (!policy) throw new Error('The site headers have no Content-Security-Policy for /*.');
        // The meta element is no script or style, so adding it changes none of the hashes.
        setPageRewrite(
          'policy in meta',
          cspInMeta() ? (html) => withMetaPolicy(html, policy) : undefined,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const scripts = new Set(inline.scripts.map(hashSource));
        const styles = new Set(inline.styles.map(hashSource));
        const { pages } = builtSite(site, cacheDir);
        const undeclared: string[] = [];
        for (const [path, facts] of pages) {
          if (
            facts.inline.scripts.every((hash) => scripts.has(hash)) &&
            facts.inline.styles.every((hash) => styles.has(hash))
          )
            continue;
          // Only a page that fails is read again, for the text to quote.
          const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
          const found = inlineElements(readFileSync(join(site, file), 'utf8'));
          for (const text of found.scripts)
            if (!scripts.has(hashSource(text)))
              undeclared.push(`${file}: script \`${text.slice(0, 80)}\``);
          for (const text of found.styles)
            if (!styles.has(hashSource(text)))
              undeclared.push(`${file}: style \`${text.slice(0, 80)}\``);
        }
        if (undeclared.length)
          throw new Error(
            `${undeclared.length} inline script(s) or style(s) the build does not declare, which the Content-Security-Policy will block:\n  ${undeclared.slice(0, 10).join('\n  ')}\nDeclare the build's own in src/pipeline/inline-assets.ts; anything else must not be on a page.`,
          );
        writeFileSync(join(site, '_headers'), formatHeaders(rules));
        logger.info(
          `Content-Security-Policy in _headers allows the ${scripts.size} declared inline scripts and ${styles.size} inline styles by hash.`,
        );
        if (cspInMeta())
          logger.info(
            `Content-Security-Policy written into ${pages.size} pages as a <meta> element.`,
          );
      },
    },
  };
}
