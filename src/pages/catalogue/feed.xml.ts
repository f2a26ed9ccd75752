import type { APIRoute } from 'astro';
import { site } from '../../../site.config.ts';
import { getLibrary } from '../../pipeline/load-library.ts';
import { cardToFeedEntry, feedResponse, byNewest } from '../../view/feeds.ts';
import { SITE_URL } from '../../view/urls.ts';

/** New patterns and decision traps, newest first. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = byNewest([...library.patterns, ...library.traps], (e) => e.data.published)
    .slice(0, 50)
    .map((e) => cardToFeedEntry(library.card(e.collection, e.id), SITE_URL, e.data.updated));
  return feedResponse(
    {
      title: `${site.title}: new patterns and traps`,
      subtitle: 'The catalogue of patterns and decision traps.',
      selfPath: '/catalogue/feed.xml',
      pagePath: '/patterns/',
      entries,
    },
    { url: SITE_URL, licence: site.licence },
  );
};
