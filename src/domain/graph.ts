import { ENTRY_COLLECTIONS, type CollectionName, type EntryKind } from '../schemas/collections.ts';

/** A reference from one entry's field to another entry. */
export interface Link {
  /** The frontmatter field that holds the reference (`related`, `traps`…). */
  field: string;
  collection: CollectionName;
  id: string;
}

/** What the graph needs to know of an entry: who it is and what it points at. */
export interface GraphNode {
  collection: CollectionName;
  id: string;
  links: Link[];
}

/** `collection/id`, the graph's key for an entry. */
export const keyOf = (collection: CollectionName, id: string) => `${collection}/${id}`;

/** Every entry pointing at a given one, grouped by `sourceCollection.field`. */
type Incoming = Map<string, Map<string, string[]>>;

/**
 * The library's cross-links, computed once per build: every backlink a page
 * shows is a lookup here, never a rescan of the collections. Lists keep the order
 * in which nodes were given, so callers pass nodes already sorted (newest first).
 */
export class LibraryGraph {
  readonly #incoming: Incoming = new Map();
  readonly #outgoing = new Map<string, Link[]>();

  constructor(nodes: Iterable<GraphNode>) {
    // A tag carried by thousands of entries made `includes` on its list quadratic: a set per list dedupes instead.
    const seen = new Map<string[], Set<string>>();
    for (const node of nodes) {
      this.#outgoing.set(keyOf(node.collection, node.id), node.links);
      for (const link of node.links) {
        const target = keyOf(link.collection, link.id);
        let byField = this.#incoming.get(target);
        if (!byField) this.#incoming.set(target, (byField = new Map()));
        const field = `${node.collection}.${link.field}`;
        let sources = byField.get(field);
        if (!sources) byField.set(field, (sources = []));
        let ids = seen.get(sources);
        if (!ids) seen.set(sources, (ids = new Set()));
        if (!ids.has(node.id)) {
          ids.add(node.id);
          sources.push(node.id);
        }
      }
    }
  }

  /** Ids an entry points at through one field, in the order written. */
  outgoing(collection: CollectionName, id: string, field: string): string[] {
    return (this.#outgoing.get(keyOf(collection, id)) ?? [])
      .filter((l) => l.field === field)
      .map((l) => l.id);
  }

  /** Ids of entries in `from` whose `field` points at this entry. */
  incoming(collection: CollectionName, id: string, from: CollectionName, field: string): string[] {
    return this.#incoming.get(keyOf(collection, id))?.get(`${from}.${field}`) ?? [];
  }

  /** Every entry linked with this one, in either direction and through any field, each once. */
  neighbours(collection: CollectionName, id: string): { collection: CollectionName; id: string }[] {
    const found = new Map<string, { collection: CollectionName; id: string }>();
    for (const link of this.#outgoing.get(keyOf(collection, id)) ?? [])
      found.set(keyOf(link.collection, link.id), { collection: link.collection, id: link.id });
    for (const [field, ids] of this.#incoming.get(keyOf(collection, id)) ?? []) {
      const from = field.slice(0, field.indexOf('.')) as CollectionName;
      for (const source of ids) found.set(keyOf(from, source), { collection: from, id: source });
    }
    return [...found.values()];
  }

  /** Related patterns, in both directions: A lists B, or B lists A. */
  relatedPatterns(id: string): string[] {
    return union(
      this.outgoing('patterns', id, 'related'),
      this.incoming('patterns', id, 'patterns', 'related'),
    );
  }

  /** Traps a pattern counters: its own `counters` and traps naming it as a counter move. */
  trapsCounteredBy(patternId: string): string[] {
    return union(
      this.outgoing('patterns', patternId, 'counters'),
      this.incoming('patterns', patternId, 'traps', 'counter_moves'),
    );
  }

  /** Patterns that counter a trap: its own counter moves and patterns claiming to counter it. */
  counterMovesFor(trapId: string): string[] {
    return union(
      this.outgoing('traps', trapId, 'counter_moves'),
      this.incoming('traps', trapId, 'patterns', 'counters'),
    );
  }

  /** Lessons that cite a pattern. */
  lessonsCiting(patternId: string): string[] {
    return this.incoming('patterns', patternId, 'lessons', 'patterns');
  }

  /** Lessons that fell into a trap. */
  lessonsFallingInto(trapId: string): string[] {
    return this.incoming('traps', trapId, 'lessons', 'traps');
  }

  /** Lessons written about an event. */
  lessonsFrom(eventId: string): string[] {
    return this.incoming('events', eventId, 'lessons', 'event');
  }

  /** Patterns or traps cited by an event's lessons, most cited first, with how many lessons cite each. */
  citedByEvent(eventId: string, collection: 'patterns' | 'traps'): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const lesson of this.lessonsFrom(eventId)) {
      for (const id of this.outgoing('lessons', lesson, collection))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
  }

  /** Everything an author wrote, by collection. */
  byAuthor(authorId: string): Record<EntryKind, string[]> {
    return this.#grouped('authors', authorId, 'authors');
  }

  /** Everything carrying a tag, by collection. */
  byTag(tagId: string): Record<EntryKind, string[]> {
    return this.#grouped('tags', tagId, 'tags');
  }

  #grouped(collection: CollectionName, id: string, field: string) {
    return Object.fromEntries(
      ENTRY_COLLECTIONS.map((kind) => [kind, this.incoming(collection, id, kind, field)]),
    ) as Record<EntryKind, string[]>;
  }
}

function union(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
