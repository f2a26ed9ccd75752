import { isReference, type Reference } from '../../domain/frontmatter-links.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { CheckedEntry } from '../../reader/read-entries.ts';
import { didYouMean } from '../text/nearest.ts';
import { locate } from '../../reader/source.ts';
import type { Finding, Library, RuleContext } from '../types.ts';
import { checkComponentReferences } from '../entries/components.ts';

/** Every reference inside parsed fields, with the YAML path it came from. */
export function referencesIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; ref: Reference }[] {
  if (isReference(value)) return [{ path, ref: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => referencesIn(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => referencesIn(item, [...path, key]));
  }
  return [];
}

const whereToAdd: Record<CollectionName, string> = {
  patterns: 'content/patterns/<slug>.mdx',
  traps: 'content/traps/<slug>.mdx',
  lessons: 'content/lessons/<slug>.mdx',
  events: 'content/events/<slug>.mdx',
  authors: 'content/authors/<id>.yaml',
  tags: 'content/tags.yaml',
};

/** A reference to an entry that does not exist, with the nearest existing id suggested. */
export function checkReferences(
  entry: CheckedEntry,
  fields: Record<string, unknown>,
  ids: Record<CollectionName, Set<string>>,
): Finding[] {
  return referencesIn(fields).flatMap(({ path, ref }) => {
    if (ids[ref.collection].has(ref.id)) return [];
    const what = ref.collection.replace(/s$/, '');
    const fix =
      didYouMean(ref.id, ids[ref.collection]) ||
      ` Use an existing id or add it to ${whereToAdd[ref.collection]}.`;
    return [
      {
        file: entry.source.file,
        ...locate(entry.source, [...entry.path, ...path]),
        rule: 'references',
        severity: 'error' as const,
        message: `unknown ${what} \`${ref.id}\` in \`${path.join('.')}\`.${fix}`,
      },
    ];
  });
}

/** The `references` rule: ids in the fields of each checked entry that parsed, then ids in the author components of its body. */
export default async function references(library: Library, context: RuleContext): Promise<void> {
  await library.each(library.entries, (entry) =>
    context.report(...checkReferences(entry, library.schema(entry).fields, library.ids)),
  );
  const analyses = await library.analyses();
  for (const entry of library.entries) {
    const analysis = analyses.get(entry.source.file);
    if (analysis)
      context.report(
        ...checkComponentReferences(entry.source.file, analysis.components, library.ids),
      );
  }
}
