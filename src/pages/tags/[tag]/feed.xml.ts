import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../site.config.ts';
import { getLibrary } from '../../../pipeline/load-library.ts';
import { ENTRY_COLLECTIONS } from '../../../schemas/collections.ts';
import { byNewest, cardToFeedEntry, feedResponse } from '../../../view/feeds.ts';
import { entryPath, SITE_URL } from '../../../view/urls.ts';

/** One feed per tag, so a reader can follow a topic. */
export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.tags.map((t) => ({ params: { tag: t.id } }));
}) satisfies GetStaticPaths;

/** Every entry that carries the tag, newest first. */
export const GET: APIRoute = async ({ params }) => {
  const library = await getLibrary();
  const tag = library.get.tags(params['tag'] ?? '');
  const tagged = library.graph.byTag(tag.id);
  const entries = byNewest(
    ENTRY_COLLECTIONS.flatMap((kind) => tagged[kind].map((id) => library.card(kind, id))),
    (card) => card.published,
  )
    .slice(0, 50)
    .map((card) => cardToFeedEntry(card, SITE_URL));
  const page = entryPath('tags', tag.id);
  return feedResponse(
    {
      title: `#${tag.data.label} on ${site.title}`,
      subtitle: tag.data.description,
      selfPath: `${page}feed.xml`,
      pagePath: page,
      entries,
    },
    { url: SITE_URL, licence: site.licence },
  );
};
