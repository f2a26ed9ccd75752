import type { CollectionName } from '../schemas/index.ts';

/** The permanent URL of an entry: `/<collection>/<id>/`; tags and authors included. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The URL of a collection's index page. */
export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}
