import type { CheckedEntry } from '../../reader/read-entries.ts';
import { locateKey } from '../../reader/source.ts';
import { entryPath } from '../../domain/permalinks.ts';
import { readManifestOrProblem } from '../entries/permalinks.ts';
import { nameSkeleton } from '../text/identity.ts';
import type { Finding, Library, RuleContext } from '../types.ts';

/** An entry's field, when it is a string. */
const field = (entry: CheckedEntry, key: string): string | undefined => {
  const data = entry.path.reduce<unknown>(
    (value, step) => (value as Record<string, unknown> | undefined)?.[step],
    entry.source.data,
  ) as Record<string, unknown> | undefined;
  const value = data?.[key];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Entries that look like another of their kind: an author whose name reads the same as another author's once
 * look-alike letters, spaces and case are folded (an error: a second "Mei Tanaka" portfolio impersonates her),
 * and an entry with another entry's title (a warning). The entry reported is the one not yet published (not in
 * the permalink manifest), or the later file when both or neither are.
 */
export function checkIdentity(library: Library, published: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const isPublished = (entry: CheckedEntry) => published.has(entryPath(entry.collection, entry.id));
  const groups = new Map<string, CheckedEntry[]>();
  for (const entry of library.all) {
    const key =
      entry.collection === 'authors' ? 'name' : entry.collection === 'tags' ? undefined : 'title';
    const value = key && field(entry, key);
    if (!key || !value) continue;
    const group = `${entry.collection}\u0000${nameSkeleton(value)}`;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(
      (a, b) =>
        Number(isPublished(b)) - Number(isPublished(a)) ||
        a.source.file.localeCompare(b.source.file),
    );
    const [first, ...others] = ordered as [CheckedEntry, ...CheckedEntry[]];
    for (const entry of others) {
      if (!library.included(entry.source.file)) continue;
      const author = entry.collection === 'authors';
      const key = author ? 'name' : 'title';
      const theirs = field(first, key) ?? '';
      const same = field(entry, key) === theirs;
      findings.push({
        file: entry.source.file,
        ...locateKey(entry.source, entry.path, key),
        rule: 'identity',
        severity: author ? 'error' : 'warning',
        message: author
          ? `this author's name ${same ? 'is' : 'looks the same as'} "${theirs}", the name of the author in ${first.source.file}${same ? '' : ' (look-alike letters or spaces)'}: a second profile under that name impersonates them. Add yourself under your own name, or edit their file if you are them.`
          : `${first.source.file} has the same title${same ? '' : ' (as it reads)'}, "${theirs}": give this entry a title that says how it differs, so readers can tell them apart in lists and search.`,
      });
    }
  }
  return findings;
}

/** The `identity` rule, on the whole library: who is published first keeps the name. */
export default function identity(library: Library, context: RuleContext): void {
  context.report(...checkIdentity(library, new Set(readManifestOrProblem(library.manifest).urls)));
}
