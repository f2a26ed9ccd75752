import type { CollectionEntry } from 'astro:content';
import { decodeHTML } from 'entities';
import { collectionsWhere } from '../schemas/collections.ts';
import type { Library } from './load-library.ts';

/**
 * The text of every page search can find, as one string each: every string its data holds (title, summary,
 * warning signs, the four questions, other names...), its tags' labels and its rendered body without markup.
 * References and dates are left out: they are not words a page shows.
 */
export function searchTexts(library: Library): string[] {
  return collectionsWhere('search').flatMap((kind) =>
    (library[kind] as CollectionEntry<typeof kind>[]).map((entry) => {
      const tags = 'tags' in entry.data ? entry.data.tags : [];
      return [
        ...stringsOf(entry.data),
        ...tags.map((tag) => library.get.tags(tag.id).data.label),
        decodeHTML((entry.rendered?.html ?? '').replace(/<[^>]*>/g, ' ')),
      ].join('\n');
    }),
  );
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  // A reference is an id, not text the page shows.
  if (value && typeof value === 'object' && !(value instanceof Date) && !('collection' in value))
    return Object.values(value).flatMap(stringsOf);
  return [];
}
