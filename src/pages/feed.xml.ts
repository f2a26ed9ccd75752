import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { getLibrary } from '../build/load-library.ts';
import { atomFeed } from '../view/atom.ts';
import { cardToFeedEntry } from '../view/feeds.ts';

/** New lessons, newest first: the library's main feed. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = library.lessons.slice(0, 50).map((l) => cardToFeedEntry(library.card('lessons', l.id), site.url, l.data.updated));
  const body = atomFeed({ title: `${site.title}: new lessons`, subtitle: site.description, self: new URL('/feed.xml', site.url).href, page: new URL('/lessons/', site.url).href, entries });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
