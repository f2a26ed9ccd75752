import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * Astro's cache folder for the current content folder, site address and schemas. Astro's content
 * store keys entries by slug, so two libraries sharing one cache collide; and it
 * keeps entries parsed by the schema, but only notices changes to content.config.ts
 * itself, not to the schema files it imports.
 */
export function cacheDirFor(content = contentDir(), url = siteUrl()): string {
  // Pages built for another address (another base) must not be copied into this build by the incremental build.
  const library = createHash('sha256').update(`${content}\0${url}`).digest('hex').slice(0, 12);
  return resolve('node_modules/.astro/libraries', `${library}-${schemaHash()}`);
}
