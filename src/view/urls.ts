import type { CollectionName, CollectionsWhere } from '../schemas/index.ts';

/** The permanent URL of an entry: `/<collection>/<id>/`; tags and authors included. */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** The URL of a collection's index page. */
export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** The site-relative URL of an entry's or author's 1200×630 sharing card; make it absolute with `new URL(…, site.url)` for og:image. */
export function ogImageUrl(kind: CollectionsWhere<'sharingCard'>, id: string): string {
  return `/og/${kind}/${id}.png`;
}

/** The Atom feed of the monthly learning releases (`/digest/`). */
export function digestFeedUrl(): string {
  return '/digest/feed.xml';
}
