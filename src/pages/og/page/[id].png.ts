import type { APIRoute, GetStaticPaths } from 'astro';
import { getFacts } from '../../../pipeline/load-facts.ts';
import { getLibrary } from '../../../pipeline/load-library.ts';
import {
  cacheKey,
  cardImage,
  pageCards,
  warmCards,
  type CardModel,
} from '../../../pipeline/og/index.ts';

/** One sharing card per page that is not an entry: the site, each section, tag and monthly release: `/og/page/<id>.png`. */
export const getStaticPaths = (async () => {
  const cards = pageCards(await getLibrary(), await getFacts());
  // As for the entries' cards: drawn on the worker pool while Astro renders other pages.
  if (import.meta.env.PROD) warmCards(cards.map(({ model }) => model));
  return cards.map(({ id, model }) => ({
    params: { id },
    props: { model },
    cacheKey: cacheKey(model),
  }));
}) satisfies GetStaticPaths;

/** The card's PNG, drawn at build or read from the card cache. */
export const GET: APIRoute<{ model: CardModel }> = async ({ props }) => {
  const png = await cardImage(props.model);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
