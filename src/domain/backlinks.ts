import type { LibraryGraph } from './graph.ts';
import { LENSES, keysOf } from '../schemas/vocabulary.ts';
import {
  collectionsWhere,
  ENTRY_COLLECTIONS,
  type CollectionsWhere,
  type EntryKind,
} from '../schemas/collections.ts';

/** The pages that list other entries: the registry's `lists` rows. */
export type ListOwner = CollectionsWhere<'lists'>;

/** Every kind of owner, in the order the lists' routes are built. */
export const LIST_OWNERS: readonly ListOwner[] = collectionsWhere('lists');

/** The entries linked to one entry or author in one way: data only, worded by `src/view/backlink-lists.ts`. */
export interface LinkedList {
  /** The list's URL segment below its owner's: `lessons` in `/patterns/pre-mortem/lessons/`. */
  slug: string;
  /** The kind of entry it lists. */
  kind: EntryKind;
  /** Every entry in it, in the order its owner's page and its own pages show. */
  ids: string[];
  /** How many of the owner's lessons cite each entry, for an event's lists of what its lessons cite. */
  citedBy?: Record<string, number>;
  /** Its entries by lens, every lens of the vocabulary in order, their ids laid end to end in `ids`. */
  groups?: LinkedGroup[];
}

/** The entries of a grouped list under one key (an event's lessons through one lens). */
export interface LinkedGroup {
  key: string;
  ids: string[];
}

/** What the lists need to know beyond the graph. */
export interface BacklinkLookups {
  /** A lesson's lens, to group an event's lessons by. */
  lensOf: (lessonId: string) => string;
}

// An author's lists: the four kinds every library has, then any kind added to the registry.
const AUTHOR_LIST_ORDER: readonly EntryKind[] = [
  ...new Set<EntryKind>(['lessons', 'patterns', 'traps', 'events', ...ENTRY_COLLECTIONS]),
];

/** Every list of entries linked to an owner, in its page's order. */
export function linkedListsOf(
  graph: LibraryGraph,
  owner: ListOwner,
  id: string,
  lookups: BacklinkLookups,
): LinkedList[] {
  switch (owner) {
    case 'patterns':
      return [
        { slug: 'traps', kind: 'traps', ids: graph.trapsCounteredBy(id) },
        { slug: 'lessons', kind: 'lessons', ids: graph.lessonsCiting(id) },
        { slug: 'related', kind: 'patterns', ids: graph.relatedPatterns(id) },
      ];
    case 'traps':
      return [
        { slug: 'counter-moves', kind: 'patterns', ids: graph.counterMovesFor(id) },
        { slug: 'lessons', kind: 'lessons', ids: graph.lessonsFallingInto(id) },
      ];
    case 'events': {
      const lessons = graph.lessonsFrom(id);
      const groups = keysOf(LENSES).map((lens) => ({
        key: lens,
        ids: lessons.filter((l) => lookups.lensOf(l) === lens),
      }));
      const cited = (collection: 'patterns' | 'traps') => {
        const counts = graph.citedByEvent(id, collection);
        return {
          ids: counts.map((c) => c.id),
          citedBy: Object.fromEntries(counts.map((c) => [c.id, c.count])),
        };
      };
      return [
        { slug: 'lessons', kind: 'lessons', ids: groups.flatMap((g) => g.ids), groups },
        { slug: 'patterns', kind: 'patterns', ...cited('patterns') },
        { slug: 'traps', kind: 'traps', ...cited('traps') },
      ];
    }
    case 'authors': {
      const wrote = graph.byAuthor(id);
      return AUTHOR_LIST_ORDER.map((kind) => ({ slug: kind, kind, ids: wrote[kind] }));
    }
  }
}
