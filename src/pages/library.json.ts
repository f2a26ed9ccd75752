import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { getLibrary } from '../build/load-library.ts';
import { toFrontmatterValue } from '../view/json-export.ts';
import { absoluteUrl, entryUrl, SITE_URL } from '../view/urls.ts';

/** The whole library as data: every entry's fields (as written in frontmatter) and its URL, for reuse. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = [
    library.patterns,
    library.traps,
    library.lessons,
    library.events,
    library.authors,
    library.tags,
  ]
    .flat()
    .map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      url: absoluteUrl(entryUrl(entry.collection, entry.id)),
      data: toFrontmatterValue(entry.data),
    }));
  const body = {
    name: site.title,
    description: site.description,
    url: SITE_URL,
    license: 'See the repository',
    entries,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
