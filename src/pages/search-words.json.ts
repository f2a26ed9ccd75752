import type { APIRoute } from 'astro';
import { entriesOf, getLibrary } from '../build/load-library.ts';
import { ENTRY_COLLECTIONS } from '../schemas/collections.ts';
import { vocabulary } from '../view/search-words.ts';

/** The words search may offer for a misspelt one: fetched only after a search that found little. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const names = [
    ...entriesOf(library, ENTRY_COLLECTIONS).map((entry) => entry.data.title),
    ...library.patterns.flatMap((pattern) => pattern.data.also_known_as),
    ...library.tags.map((tag) => tag.data.label),
  ];
  return new Response(JSON.stringify(vocabulary(names)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
