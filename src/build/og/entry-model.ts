import type { Library } from '../load-library.ts';
import { cardModel, contributions, type CardModel, type OgKind } from './model.ts';

/** The card model of one entry or author of the built library. */
export function modelFor(library: Library, kind: OgKind, id: string): CardModel {
  if (kind === 'authors') {
    const { data } = library.get.authors(id);
    const wrote = library.graph.byAuthor(id);
    const qualifier = contributions({
      lessons: wrote.lessons.length,
      patterns: wrote.patterns.length,
      traps: wrote.traps.length,
    });
    return cardModel({ kind, name: data.name, role: data.role, qualifier });
  }
  const card = library.card(kind, id);
  return cardModel({
    kind,
    title: card.title,
    authors: card.authors.map((a) => a.name),
    qualifier: card.qualifier,
  });
}
