import { getCollection, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { backlinksOf, type BacklinkList, type ListOwner } from '../domain/backlinks.ts';
import { toCard, type Card, type EntryKind } from '../domain/cards.ts';
import { LibraryGraph } from '../domain/graph.ts';
import { linksOf } from '../domain/frontmatter-links.ts';
import { byLabel, newestFirst } from '../domain/sort.ts';
import { CONFIDENCE, FAILURE_KINDS, TRAP_KINDS } from '../schemas/vocabulary.ts';

export type PatternEntry = CollectionEntry<'patterns'>;
export type TrapEntry = CollectionEntry<'traps'>;
export type LessonEntry = CollectionEntry<'lessons'>;
export type EventEntry = CollectionEntry<'events'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type TagEntry = CollectionEntry<'tags'>;

/** The whole library, loaded once per build, with its cross-link graph. */
export interface Library {
  patterns: PatternEntry[];
  traps: TrapEntry[];
  lessons: LessonEntry[];
  events: EventEntry[];
  authors: AuthorEntry[];
  tags: TagEntry[];
  graph: LibraryGraph;
  /** An entry by collection and id; the check guarantees every reference resolves. */
  get: {
    patterns: (id: string) => PatternEntry;
    traps: (id: string) => TrapEntry;
    lessons: (id: string) => LessonEntry;
    events: (id: string) => EventEntry;
    authors: (id: string) => AuthorEntry;
    tags: (id: string) => TagEntry;
  };
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

async function load(): Promise<Library> {
  const [patterns, traps, lessons, events, authors, tags] = await Promise.all([
    getCollection('patterns').then(newestFirst),
    getCollection('traps').then(newestFirst),
    getCollection('lessons').then(newestFirst),
    getCollection('events').then(newestFirst),
    getCollection('authors').then((list) => byLabel(list, (a) => a.data.name)),
    getCollection('tags').then((list) => byLabel(list, (t) => t.data.label)),
  ]);
  const get = {
    patterns: index('patterns', patterns),
    traps: index('traps', traps),
    lessons: index('lessons', lessons),
    events: index('events', events),
    authors: index('authors', authors),
    tags: index('tags', tags),
  };
  const graph = new LibraryGraph(
    [patterns, traps, lessons, events].flat().map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      links: linksOf(entry.data),
    })),
  );
  const lookups = {
    authorName: (id: string) => get.authors(id).data.name,
    tagLabel: (id: string) => get.tags(id).data.label,
  };
  const qualifiers: Record<EntryKind, (id: string) => string | undefined> = {
    patterns: (id) => CONFIDENCE[get.patterns(id).data.confidence].label,
    traps: (id) => TRAP_KINDS[get.traps(id).data.kind].label,
    lessons: (id) => FAILURE_KINDS[get.lessons(id).data.failure_kind].label,
    events: () => undefined,
  };
  const cache = new Map<string, Card>();
  const card = (kind: EntryKind, id: string) => {
    const key = `${kind}/${id}`;
    let built = cache.get(key);
    if (!built) {
      built = toCard(kind, get[kind](id), lookups, qualifiers[kind](id));
      cache.set(key, built);
    }
    return built;
  };
  return {
    patterns,
    traps,
    lessons,
    events,
    authors,
    tags,
    graph,
    get,
    card,
    cards: (kind, ids) => ids.map((id) => card(kind, id)),
    backlinks: (owner, id) =>
      backlinksOf(graph, owner, id, { lensOf: (lesson) => get.lessons(lesson).data.lens }),
  };
}

let cached: Promise<Library> | undefined;

/** The library, loaded once per build (reloaded on every request in dev, where files change). */
export function getLibrary(): Promise<Library> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** An entry's body as the content loader stored it: HTML rendered once, and its headings for the outline. */
export function renderedBody(entry: PatternEntry | TrapEntry | LessonEntry | EventEntry): {
  html: string;
  headings: MarkdownHeading[];
} {
  return {
    html: entry.rendered?.html ?? '',
    headings: (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [],
  };
}
