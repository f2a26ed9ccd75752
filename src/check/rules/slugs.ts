import type { CheckedEntry } from '../../reader/read-entries.ts';
import { locateKey } from '../../reader/source.ts';
import type { Finding, Library, RuleContext } from '../types.ts';
import { toSlug } from '../text/slugs.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** File names that are not URL slugs, and two files that would publish at one URL. */
export function checkSlugs(entries: readonly CheckedEntry[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.id) continue;
    // A tag is reported at its key in tags.yaml; a file at its first line.
    const position =
      entry.collection === 'tags' ? locateKey(entry.source, [], entry.id) : { line: 1, column: 1 };
    const what =
      entry.collection === 'tags' ? `tag id \`${entry.id}\`` : `file name \`${entry.id}\``;
    if (!SLUG.test(entry.id)) {
      findings.push({
        file: entry.source.file,
        ...position,
        rule: 'slugs',
        severity: 'error',
        message: `${what} is not a URL slug: rename it to \`${toSlug(entry.id) || 'a-descriptive-name'}\` (lowercase letters, digits and hyphens).`,
      });
    }
    // `/lessons/2/` is page 2 of the lesson list: an all-digit slug would collide with the pagination.
    if (entry.collection !== 'tags' && /^\d+$/.test(entry.id)) {
      findings.push({
        file: entry.source.file,
        ...position,
        rule: 'slugs',
        severity: 'error',
        message: `${what} is all digits, and /${entry.collection}/${entry.id}/ is page ${entry.id} of the ${entry.collection} list: add a word, e.g. \`${entry.collection === 'authors' ? 'author' : entry.collection.slice(0, -1)}-${entry.id}\`.`,
      });
    }
    const key = `${entry.collection}/${toSlug(entry.id)}`;
    const first = seen.get(key);
    if (first) {
      findings.push({
        file: entry.source.file,
        ...position,
        rule: 'slugs',
        severity: 'error',
        message: `duplicate slug: this entry and ${first} would both publish at /${key}/. Rename one of them.`,
      });
    } else {
      seen.set(key, entry.source.file);
    }
  }
  return findings;
}

/** The `slugs` rule, over the whole library, reported in the checked files. */
export default function slugs(library: Library, context: RuleContext): void {
  context.report(...checkSlugs(library.all).filter((f) => library.included(f.file)));
}
