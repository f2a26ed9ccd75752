import type { CollectionName } from '../schemas/index.ts';

/** Where an entry's page lies in the site: `/<collection>/<id>/`; tags and authors included. Not for printing: see entryUrl. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

/** An entry as the permalink rules see it: where it lives now and the slugs it had. */
export interface PermalinkEntry {
  collection: CollectionName;
  id: string;
  aliases: readonly string[];
  /** The file that defines it, for messages. */
  file: string;
  /** Where each former slug is written in that file, for findings. */
  aliasesAt?: readonly { line: number; column: number }[];
}

/** What a published URL serves today: the entry itself, or a redirect to it. */
export interface UrlTarget {
  entry: PermalinkEntry;
  /** The alias this URL comes from, when it is a redirect. */
  alias?: string;
}

/** Every URL the library serves for its entries, with what each one serves. */
export function servedUrls(entries: readonly PermalinkEntry[]): Map<string, UrlTarget> {
  const urls = new Map<string, UrlTarget>();
  for (const entry of entries) {
    urls.set(entryPath(entry.collection, entry.id), { entry });
    for (const alias of entry.aliases) {
      const url = entryPath(entry.collection, alias);
      if (!urls.has(url)) urls.set(url, { entry, alias });
    }
  }
  return urls;
}

/** Redirects from every former slug to the entry's current URL, in a stable order. */
export function redirects(entries: readonly PermalinkEntry[]): { from: string; to: string }[] {
  return entries
    .flatMap((e) =>
      e.aliases.map((alias) => ({
        from: entryPath(e.collection, alias),
        to: entryPath(e.collection, e.id),
      })),
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Published URLs that the library no longer serves, neither as a page nor as a redirect. */
export function brokenPermalinks(
  published: readonly string[],
  served: ReadonlyMap<string, UrlTarget>,
): string[] {
  return published.filter((url) => !served.has(url));
}

/** `/lessons/old-name/` → `{ collection: 'lessons', id: 'old-name' }`. */
export function parseEntryUrl(url: string): { collection: CollectionName; id: string } | undefined {
  const match = /^\/(patterns|traps|lessons|events|authors|tags)\/([^/]+)\/$/.exec(url);
  return match ? { collection: match[1] as CollectionName, id: match[2] ?? '' } : undefined;
}
