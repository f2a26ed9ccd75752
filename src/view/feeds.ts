import type { Card } from '../domain/cards.ts';
import type { FeedEntry } from './atom.ts';

/** A card as a feed entry: newest first is the caller's order, absolute URLs from the site's address. */
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
