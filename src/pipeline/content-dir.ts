import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { site } from '../../site.config.ts';
import { siteUrl } from './site-url.ts';

const DEFAULT_CONTENT = 'content';

/**
 * The folder that holds the library's entries: `content/`, or the one named by
 * `LESSON_SHARE_CONTENT` (used by tests and the benchmark to build other libraries).
 */
export function contentDir(): string {
  return resolve(process.env['LESSON_SHARE_CONTENT'] ?? DEFAULT_CONTENT);
}

/** A short hash of every schema file: parsed entries cached under an older schema must not be reused. */
function schemaHash(): string {
  const dir = resolve('src/schemas');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort())
    hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The site pages' file names and frontmatter: every page's footer links to them by name and label, and the
 * incremental build would otherwise copy pages whose footer still shows the old ones.
 */
function sitePagesFrontmatter(): string {
  const dir = resolve(site.pages);
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map(
      (name) =>
        `${name}\0${/^---\n[\s\S]*?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[0] ?? ''}`,
    )
    .join('\0');
}

/**
 * Astro's cache folder for the current content folder, site address, site configuration and schemas.
 * Astro's content store keys entries by slug, so two libraries sharing one cache collide; the
 * incremental build would copy pages rendered for another address (another base) or under another
 * `LESSON_SHARE_SITE_CONFIG` (a code change to site.config.ts it notices itself); and it keeps entries
 * parsed by the schema, but only notices changes to content.config.ts itself, not to the schema files
 * it imports.
 */
export function cacheDirFor(content = contentDir(), url = siteUrl()): string {
  const otherSite = process.env['LESSON_SHARE_SITE_CONFIG'];
  const library = createHash('sha256')
    .update(`${content}\0${url}\0`)
    .update(otherSite ? readFileSync(resolve(otherSite)) : '')
    .update(sitePagesFrontmatter())
    .digest('hex')
    .slice(0, 12);
  return resolve('node_modules/.astro/libraries', `${library}-${schemaHash()}`);
}
