import type { CollectionName } from '../schemas/index.ts';
import type { Link } from './graph.ts';

/** What Astro's `reference()` turns an id into. */
export interface Reference {
  collection: CollectionName;
  id: string;
}

/** Whether a parsed value is a reference to another entry. */
export const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' &&
  value !== null &&
  'collection' in value &&
  'id' in value &&
  Object.keys(value).length === 2;

/**
 * The references in an entry's data, one link per reference, named by top-level
 * field; a reference inside a typed item (`relations: [{ type, pattern }]`) is
 * named `field:type`.
 */
export function linksOf(data: Record<string, unknown>): Link[] {
  return Object.entries(data).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((item): Link[] => {
      if (isReference(item)) return [{ field, collection: item.collection, id: item.id }];
      if (
        item &&
        typeof item === 'object' &&
        typeof (item as { type?: unknown }).type === 'string'
      ) {
        const typed = `${field}:${(item as { type: string }).type}`;
        return Object.values(item)
          .filter(isReference)
          .map((ref) => ({ field: typed, collection: ref.collection, id: ref.id }));
      }
      return [];
    }),
  );
}
