import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../site.config.ts';
import { getLibrary } from '../../../build/load-library.ts';
import { atomFeed } from '../../../view/atom.ts';
import { cardToFeedEntry } from '../../../view/feeds.ts';
import { entryUrl } from '../../../view/urls.ts';

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
  const entries = (['lessons', 'patterns', 'traps', 'events'] as const)
    .flatMap((kind) => wrote[kind].map((id) => library.card(kind, id)))
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .map((card) => cardToFeedEntry(card, site.url));
  const page = entryUrl('authors', author.id);
  const body = atomFeed({ title: `${author.data.name} on ${site.title}`, subtitle: `Lessons, patterns and traps by ${author.data.name}, ${author.data.role}.`, self: new URL(`${page}feed.xml`, site.url).href, page: new URL(page, site.url).href, entries });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
