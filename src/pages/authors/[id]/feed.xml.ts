import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../site.config.ts';
import { getLibrary } from '../../../pipeline/load-library.ts';
import { cardToFeedEntry, feedResponse, byNewest } from '../../../view/feeds.ts';
import { entryPath, SITE_URL } from '../../../view/urls.ts';

/** One feed per author, so a portfolio can be followed. */
export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.authors.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

/** Everything the author wrote, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  const author = library.get.authors(params['id'] ?? '');
  const wrote = library.graph.byAuthor(author.id);
  const entries = byNewest(
    (['lessons', 'patterns', 'traps', 'events'] as const).flatMap((kind) =>
      wrote[kind].map((id) => library.card(kind, id)),
    ),
    (card) => card.published,
  ).map((card) => cardToFeedEntry(card, SITE_URL));
  const page = entryPath('authors', author.id);
  return feedResponse(
    {
      title: `${author.data.name} on ${site.title}`,
      subtitle: `Lessons, patterns and traps by ${author.data.name}, ${author.data.role}.`,
      selfPath: `${page}feed.xml`,
      pagePath: page,
      entries,
    },
    { url: SITE_URL, licence: site.licence },
  );
};
