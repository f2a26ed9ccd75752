import type { MarkdownHeading } from 'astro';
import type { z } from 'astro/zod';
import type { ListOwner } from '../domain/backlinks.ts';
import { backlinksOf, type BacklinkList } from '../view/backlink-lists.ts';
import { eventQualifier, toCard, type Card } from '../view/cards.ts';
import { LibraryGraph } from '../domain/graph.ts';
import { linksOf } from '../domain/frontmatter-links.ts';
import { byLabel, newestFirst } from '../domain/sort.ts';
import { nameWithoutTitle } from '../view/citation.ts';
import {
  COLLECTIONS,
  ENTRY_COLLECTIONS,
  REGISTRY,
  type CollectionName,
  type CollectionRow,
  type EntryKind,
} from '../schemas/collections.ts';
import type { schemas } from '../schemas/index.ts';
import { CONFIDENCE, FAILURE_KINDS, TRAP_KINDS } from '../schemas/vocabulary.ts';

/**
 * One entry as the content layer stores it: what `getCollection()` returns, spelled from the schemas so that this
 * folder needs nothing of `astro:content` and a test can write an entry by hand.
 */
export interface LibraryEntry<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
  data: z.output<(typeof schemas)[C]>;
  /** The entry's file, relative to the project, when it lives in the repository. */
  filePath?: string | undefined;
  /** A hash of the entry's source, which the incremental build keys pages by. */
  digest?: string | undefined;
  /** The body, rendered once by the content loader, with its headings and what the loader measured. */
  rendered?:
    | { html: string; metadata?: { headings?: MarkdownHeading[]; [key: string]: unknown } }
    | undefined;
}

export type PatternEntry = LibraryEntry<'patterns'>;
export type TrapEntry = LibraryEntry<'traps'>;
export type LessonEntry = LibraryEntry<'lessons'>;
export type EventEntry = LibraryEntry<'events'>;
export type AuthorEntry = LibraryEntry<'authors'>;
export type TagEntry = LibraryEntry<'tags'>;

/** Every collection's entries, one list per registry row. */
export type LibraryEntries = { [C in CollectionName]: LibraryEntry<C>[] };

/** The whole library, loaded once per build, with its cross-link graph: one list per registry row, in its order. */
export interface Library extends LibraryEntries {
  graph: LibraryGraph;
  /** An entry by collection and id; the check guarantees every reference resolves. */
  get: { [C in CollectionName]: (id: string) => LibraryEntry<C> };
  /** The card of an entry, for any list. */
  card: (kind: EntryKind, id: string) => Card;
  /** Cards for a list of ids of one kind. */
  cards: (kind: EntryKind, ids: readonly string[]) => Card[];
  /** The lists of linked entries an entry's or author's page shows. */
  backlinks: (owner: ListOwner, id: string) => BacklinkList[];
}

function index<T extends { id: string }>(collection: string, entries: T[]): (id: string) => T {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`No entry \`${id}\` in ${collection}: run \`npm run check\`.`);
    return entry;
  };
}

// The registry's `order` of each collection, as a sort; the check guarantees the field it names.
type Sortable = { id: string; data: { published: Date; name: string; label: string } };
const SORTS: Record<CollectionRow['order'], (list: Sortable[]) => Sortable[]> = {
  newest: newestFirst,
  // "Dr Aoife Ní Bhriain" among the A's, where her name starts, not under D.
  name: (list) => {
    // Each name parsed once, not once per comparison.
    const key = new Map(list.map((entry) => [entry, nameWithoutTitle(entry.data.name)]));
    return byLabel(list, (entry) => key.get(entry) ?? entry.data.name);
  },
  label: (list) => byLabel(list, (entry) => entry.data.label),
};

/** The library of a set of entries, in any order: each collection sorted by its registry `order`, indexed and linked. */
export function libraryOf(loaded: LibraryEntries): Library {
  const entries = Object.fromEntries(
    COLLECTIONS.map((c) => [c, SORTS[REGISTRY[c].order](loaded[c] as unknown as Sortable[])]),
  ) as unknown as LibraryEntries;
  const get = Object.fromEntries(
    COLLECTIONS.map((c) => [c, index<{ id: string }>(c, entries[c])]),
  ) as unknown as Library['get'];
  const graph = new LibraryGraph(
    entriesOf(entries, ENTRY_COLLECTIONS).map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      links: linksOf(entry.data),
    })),
  );
  const lookups = {
    authorName: (id: string) => get.authors(id).data.name,
    tagLabel: (id: string) => get.tags(id).data.label,
  };
  // The qualifier printed beside a card's badge; a kind without one shows none.
  const qualifiers: Partial<Record<EntryKind, (id: string) => string>> = {
    patterns: (id) => CONFIDENCE[get.patterns(id).data.confidence].label,
    traps: (id) => TRAP_KINDS[get.traps(id).data.kind].label,
    lessons: (id) => FAILURE_KINDS[get.lessons(id).data.failure_kind].label,
    // The card's own date is when the write-up was published; a reader wants when the failure happened.
    events: (id) => eventQualifier(get.events(id).data.date, graph.lessonsFrom(id).length),
  };
  const cache = new Map<string, Card>();
  const card = (kind: EntryKind, id: string) => {
    const key = `${kind}/${id}`;
    let built = cache.get(key);
    if (!built) {
      built = toCard(kind, get[kind](id), lookups, qualifiers[kind]?.(id));
      cache.set(key, built);
    }
    return built;
  };
  return {
    ...entries,
    graph,
    get,
    card,
    cards: (kind, ids) => ids.map((id) => card(kind, id)),
    backlinks: (owner, id) =>
      backlinksOf(graph, owner, id, { lensOf: (lesson) => get.lessons(lesson).data.lens }),
  };
}

/** The entries of several collections as one list, collection by collection. */
export function entriesOf<C extends CollectionName>(
  library: Pick<LibraryEntries, C>,
  collections: readonly C[],
): LibraryEntry<C>[] {
  // Each list holds its own collection's entries; TypeScript cannot follow that through the index.
  return collections.flatMap((c) => library[c] as unknown as LibraryEntry<C>[]);
}

/** An entry's body as the content loader stored it: HTML rendered once, and its headings for the outline. */
export function renderedBody(entry: LibraryEntry<EntryKind>): {
  html: string;
  headings: MarkdownHeading[];
} {
  return {
    html: entry.rendered?.html ?? '',
    headings: entry.rendered?.metadata?.headings ?? [],
  };
}
