import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../../pipeline/load-library.ts';
import {
  cacheKey,
  cardImage,
  modelFor,
  OG_KINDS,
  warmCards,
  type CardModel,
} from '../../../pipeline/og/index.ts';

/** One sharing card per pattern, trap, lesson and author: `/og/<kind>/<id>.png`. */
export const getStaticPaths = (async () => {
  const library = await getLibrary();
  const paths = OG_KINDS.flatMap((kind) =>
    library[kind].map(({ id }) => {
      const model = modelFor(library, kind, id);
      return { params: { kind, id }, props: { model }, cacheKey: cacheKey(model) };
    }),
  );
  // At build, draw the uncached cards on worker threads while Astro renders the pages before these;
  // in dev this runs on every request, where drawing the whole library would be wasted.
  if (import.meta.env.PROD) warmCards(paths.map(({ props }) => props.model));
  return paths;
}) satisfies GetStaticPaths;

/** The card's PNG, drawn at build or read from the card cache. */
export const GET: APIRoute<{ model: CardModel }> = async ({ props }) => {
  const png = await cardImage(props.model);
  // A copy: Response's types want an ArrayBuffer-backed view, and Buffer's allow a shared one.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
