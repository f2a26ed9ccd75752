import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { getLibrary } from '../pipeline/load-library.ts';
import { cardToFeedEntry, feedResponse } from '../view/feeds.ts';
import { SITE_URL } from '../view/urls.ts';

/** New lessons, newest first: the library's main feed. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = library.lessons
    .slice(0, 50)
    .map((l) => cardToFeedEntry(library.card('lessons', l.id), SITE_URL, l.data.updated));
  return feedResponse(
    {
      title: `${site.title}: new lessons`,
      subtitle: site.description,
      selfPath: '/feed.xml',
      pagePath: '/lessons/',
      entries,
    },
    { url: SITE_URL, licence: site.licence },
  );
};
