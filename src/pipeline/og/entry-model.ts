import type { Library } from '../load-library.ts';
import { cardModel, contributions, type CardModel, type OgKind } from './model.ts';

/** The card model of one entry or author of the built library. */
export function modelFor(library: Library, kind: OgKind, id: string): CardModel {
  if (kind === 'authors') {
    const { data } = library.get.authors(id);
    const wrote = library.graph.byAuthor(id);
    // Every kind an author can be named on, events included: analysing one is a contribution too.
    const qualifier = contributions(
      Object.fromEntries(Object.entries(wrote).map(([kind, ids]) => [kind, ids.length])),
    );
    return cardModel({ kind, name: data.name, role: data.role, summary: data.bio, qualifier });
  }
  const card = library.card(kind, id);
  return cardModel({
    kind,
    title: card.title,
    authors: card.authors.map((a) => a.name),
    qualifier: card.qualifier,
  });
}
