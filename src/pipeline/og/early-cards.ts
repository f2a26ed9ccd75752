import { toFacts } from '../../page-data/facts.ts';
import { libraryOf, type LibraryEntries, type LibraryEntry } from '../../page-data/library.ts';
import type { CheckedLibrary } from '../../reader/handoff.ts';
import { COLLECTIONS } from '../../schemas/collections.ts';
import { schemas } from '../../schemas/index.ts';
import { modelFor } from './entry-model.ts';
import { OG_KINDS, type CardModel } from './model.ts';
import { pageCards } from './page-cards.ts';

/**
 * Every card the build will draw, from the library as the content check read it: each entry parsed by its
 * schema as the content loader has Astro parse it, so the card pool can start drawing before Astro loads the
 * collections and bundles the pages. A guess by construction: a card the routes ask for that is not among these
 * is drawn then, and one of these that no route asks for only costs its drawing (the cache keys on what is printed).
 * `host` is the site's, which the routes read from the build's defines and this module, loaded with the
 * integration, cannot.
 */
export function cardModelsOf(checked: CheckedLibrary, host: string): CardModel[] {
  const loaded = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as LibraryEntry[]]));
  for (const { collection, id, source, path } of checked.entries) {
    const raw = path.length
      ? (source.data as Record<string, unknown> | undefined)?.[id]
      : source.data;
    const parsed = schemas[collection].safeParse(raw);
    // An entry the check refused stops the build before any card is needed.
    if (!parsed.success) return [];
    const body = checked.bodies.get(source.file);
    loaded[collection]?.push({
      id,
      collection,
      data: parsed.data,
      ...(body && {
        rendered: {
          html: body.rendered.html,
          metadata: {
            headings: body.rendered.headings,
            ...(body.knownUses !== undefined && { knownUses: body.knownUses }),
          },
        },
      }),
    } as LibraryEntry);
  }
  const library = libraryOf(loaded as unknown as LibraryEntries);
  const models = [
    ...OG_KINDS.flatMap((kind) => library[kind].map(({ id }) => modelFor(library, kind, id))),
    ...pageCards(library, toFacts(library)).map(({ model }) => model),
  ];
  return models.map((model) => ({ ...model, host }));
}
