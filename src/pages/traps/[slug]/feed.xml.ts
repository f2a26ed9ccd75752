import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../site.config.ts';
import { getLibrary } from '../../../pipeline/load-library.ts';
import { byNewest, cardToFeedEntry, feedResponse } from '../../../view/feeds.ts';
import { entryPath, SITE_URL } from '../../../view/urls.ts';

/** One feed per trap, so a reader can follow where it strikes next. */
export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.traps.map((t) => ({ params: { slug: t.id } }));
}) satisfies GetStaticPaths;

/** The lessons that fell into the trap, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  const trap = library.get.traps(params['slug'] ?? '');
  const entries = byNewest(
    library.cards('lessons', library.graph.lessonsFallingInto(trap.id)),
    (card) => card.published,
  ).map((card) => cardToFeedEntry(card, SITE_URL));
  const page = entryPath('traps', trap.id);
  return feedResponse(
    {
      title: `Lessons caught by ${trap.data.title}`,
      subtitle: `Each new lesson on ${site.title} that fell into ${trap.data.title}: ${trap.data.summary}`,
      selfPath: `${page}feed.xml`,
      pagePath: page,
      entries,
    },
    { url: SITE_URL, licence: site.licence },
  );
};
