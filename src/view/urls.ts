import type { CollectionName } from '../schemas/index.ts';

/** The permanent URL of an entry: `/<collection>/<id>/`; tags and authors included. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The URL of a collection's index page. */
export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** The site-relative URL of an entry's or author's 1200×630 sharing card; make it absolute with `new URL(…, site.url)` for og:image. */
export function ogImageUrl(kind: 'patterns' | 'traps' | 'lessons' | 'authors', id: string): string {
  return `/og/${kind}/${id}.png`;
}

/** The page that writes a lesson in the browser and sends it as a pull request. */
export function contributeUrl(): string {
  return '/contribute/';
}
