import type { Card } from './cards.ts';
import { atomFeed, type Feed, type FeedEntry } from './atom.ts';
import { FEED_STYLESHEET, withBase } from './urls.ts';

/** A card as a feed entry: newest first is the caller's order, absolute URLs from the site's address (SITE_URL). */
export function cardToFeedEntry(card: Card, siteUrl: string, updated?: Date): FeedEntry {
  return {
    url: new URL(card.url, siteUrl).href,
    title: card.title,
    summary: card.summary,
    published: card.published,
    updated: updated ?? card.published,
    authors: card.authors.map((a) => a.name),
  };
}

/** Newest first, equals in the order given: the order a feed of several kinds lists its entries in. */
export const byNewest = <T>(items: readonly T[], published: (item: T) => Date): T[] =>
  [...items].sort((a, b) => published(b).getTime() - published(a).getTime());

/** What a feed route says about the site: its address (SITE_URL) and the licence its entries are shared under. */
export interface FeedSite {
  url: string;
  licence: { name: string; url: string };
}

/** Atom's `<rights>` for a licence: its name and where to read it. */
export const rightsOf = (licence: FeedSite['licence']) =>
  `Shared under ${licence.name} (${licence.url})`;

/** A feed route's response: the feed's and its page's site paths made absolute, the licence as `<rights>`, served as Atom. */
export function feedResponse(
  feed: Omit<Feed, 'self' | 'page' | 'rights' | 'licenseUrl'> & {
    selfPath: string;
    pagePath: string;
  },
  site: FeedSite,
): Response {
  const { selfPath, pagePath, ...rest } = feed;
  const body = atomFeed({
    ...rest,
    self: new URL(withBase(selfPath), site.url).href,
    page: new URL(withBase(pagePath), site.url).href,
    rights: rightsOf(site.licence),
    licenseUrl: site.licence.url,
    stylesheet: withBase(FEED_STYLESHEET),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
