import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeAtomicSync } from './files.ts';
import { readThesaurus, WORDNET, WORDNET_PACKAGE, type Thesaurus } from './thesaurus.ts';
import thesaurusSource from './thesaurus.ts?raw';

/** Where the thesaurus read from WordNet is kept between builds; under node_modules/.cache, so never committed. */
export const THESAURUS_CACHE_DIR = resolve('node_modules/.cache/lesson-share/thesaurus');

// The cache file's extension: v8's serialisation, which keeps the Maps and Sets as they are.
const EXTENSION = '.v8';

/**
 * The thesaurus, as readThesaurus reads it, from the cache when the same code read the same WordNet before (reading
 * WordNet takes seconds, the cache a fraction of one); otherwise read, and cached for the next build. A cache that
 * cannot be read or written only costs the time.
 */
export function cachedThesaurus(
  cacheDir: string = THESAURUS_CACHE_DIR,
  dir: string = WORDNET,
): Thesaurus {
  const file = join(cacheDir, `${thesaurusVersion(dir)}${EXTENSION}`);
  try {
    return deserialize(readFileSync(file)) as Thesaurus;
  } catch {
    // Not cached yet (or unreadable): read WordNet below.
  }
  const thesaurus = readThesaurus(dir);
  try {
    writeAtomicSync(file, serialize(thesaurus));
    // Only the current version is worth its megabytes.
    for (const other of readdirSync(cacheDir))
      if (other.endsWith(EXTENSION) && join(cacheDir, other) !== file)
        rmSync(join(cacheDir, other), { force: true });
  } catch {
    // A read-only folder: the next build reads WordNet again.
  }
  return thesaurus;
}

/** What a cached thesaurus depends on: thesaurus.ts's code, the WordNet package's version, and which database folder. */
export function thesaurusVersion(dir: string = WORDNET): string {
  const { version } = JSON.parse(readFileSync(WORDNET_PACKAGE, 'utf8')) as { version: string };
  return createHash('sha256')
    .update(`${thesaurusSource}\0${version}\0${resolve(dir)}`)
    .digest('hex')
    .slice(0, 16);
}
