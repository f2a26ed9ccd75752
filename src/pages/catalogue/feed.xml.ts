import type { APIRoute } from 'astro';
import { site } from '../../../site.config.ts';
import { getLibrary } from '../../build/load-library.ts';
import { atomFeed } from '../../view/atom.ts';
import { cardToFeedEntry } from '../../view/feeds.ts';

/** New patterns and decision traps, newest first. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = [...library.patterns, ...library.traps]
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime())
    .slice(0, 50)
    .map((e) => cardToFeedEntry(library.card(e.collection, e.id), site.url, e.data.updated));
  const body = atomFeed({ title: `${site.title}: new patterns and traps`, subtitle: 'The catalogue of patterns and decision traps.', self: new URL('/catalogue/feed.xml', site.url).href, page: new URL('/patterns/', site.url).href, entries });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
