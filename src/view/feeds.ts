import type { Card } from '../domain/cards.ts';
import { atomFeed, type Feed, type FeedEntry } from './atom.ts';
import { withBase } from './urls.ts';

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

/** A feed route's response: the feed's and its page's site paths made absolute, served as Atom. */
export function feedResponse(
  feed: Omit<Feed, 'self' | 'page'> & { selfPath: string; pagePath: string },
  siteUrl: string,
): Response {
  const { selfPath, pagePath, ...rest } = feed;
  const body = atomFeed({
    ...rest,
    self: new URL(withBase(selfPath), siteUrl).href,
    page: new URL(withBase(pagePath), siteUrl).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
