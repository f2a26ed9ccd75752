import { createHash } from 'node:crypto';
import { entriesNamedIn } from '../components/author/hast-renderers.ts';
import { moreFromEvent, type Preview } from '../view/backlink-lists.ts';
import type { EntryKind } from '../schemas/collections.ts';
import { isOverdue } from '../domain/learning-loop/follow-through.ts';
import { ENTRY_COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { BUILD_DATE } from './build-date.ts';
import { getHistory } from './git-history.ts';
import type { Library } from './load-library.ts';

/**
 * A page's cache key for Astro's incremental build: a hash of every value the page is
 * rendered from, so equal keys mean an identical page. Dates hash as ISO strings.
 */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

const ENTRY_KINDS: ReadonlySet<CollectionName> = new Set(ENTRY_COLLECTIONS);

type Shown = { collection: CollectionName; id: string };

/**
 * The cache key of an entry's or an author's page. The rule: hash what the page shows, the
 * entry itself, every entry whose card or title it prints (linked with it in either direction,
 * named by its body, or in a list reaching two links away), each such list's shape, and its git
 * history. Cards carry their authors' names and tag labels, so a renamed author re-renders their pages.
 */
export function entryPageKey(library: Library, collection: CollectionName, id: string): string {
  const entry = library.get[collection](id);
  const far = twoLinksAway(library, collection, id);
  const around = [
    ...library.graph.neighbours(collection, id),
    ...entriesNamedIn(entry.rendered?.html ?? ''),
    ...far.entries,
  ];
  // The entry's own digest covers its body too; of a neighbour only the data shows, so editing a body re-renders one page.
  return pageKey(
    entry.digest,
    fingerprint(library, collection, id),
    around.map((n) => fingerprint(library, n.collection, n.id)),
    far.lists,
    entry.filePath && getHistory().get(entry.filePath),
  );
}

// The lists a page shows of entries not linked with it: the lists as shown (which, in what order, how many) and their entries.
function twoLinksAway(
  library: Library,
  collection: CollectionName,
  id: string,
): { lists: Preview[]; entries: Shown[] } {
  if (collection === 'events') {
    // An event page lists the patterns and traps its lessons cite; their counts come from the lessons, its neighbours.
    const cited = (['patterns', 'traps'] as const).flatMap((kind) =>
      library.graph.citedByEvent(id, kind).map((c) => ({ collection: kind, id: c.id })),
    );
    return { lists: [], entries: cited };
  }
  if (collection === 'traps') return { lists: [], entries: trapReaders(library).get(id) ?? [] };
  const event = collection === 'lessons' ? library.get.lessons(id).data.event : undefined;
  if (!event) return { lists: [], entries: [] };
  // A lesson page shows a few of its event's other lessons: one added, deleted, moved or retitled changes it.
  const siblings = moreFromEvent(library.graph, event.id, id);
  return {
    lists: [siblings],
    entries: siblings.ids.map((sibling) => ({ collection: 'lessons', id: sibling })),
  };
}

const readersOfTraps = new WeakMap<Library, Map<string, Shown[]>>();

/**
 * Per trap, the entries its page reads beyond its neighbours: the lessons whose actions counter it
 * (to say whether it came back after their fix), then the events of the lessons that fell into it
 * (when a lesson fell into it is its event's date). One pass over the lessons per build: scanning
 * them for every trap made the keys quadratic in the library.
 */
function trapReaders(library: Library): Map<string, Shown[]> {
  let readers = readersOfTraps.get(library);
  if (readers) return readers;
  const fixers = new Map<string, Shown[]>();
  const events = new Map<string, Shown[]>();
  const add = (map: Map<string, Shown[]>, trap: string, shown: Shown) => {
    const list = map.get(trap);
    if (list) list.push(shown);
    else map.set(trap, [shown]);
  };
  for (const lesson of library.lessons) {
    const countered = new Set(lesson.data.actions.flatMap((a) => a.counters.map((t) => t.id)));
    for (const trap of countered) add(fixers, trap, { collection: 'lessons', id: lesson.id });
    const event = lesson.data.event;
    if (event)
      for (const trap of new Set(lesson.data.traps.map((t) => t.id)))
        add(events, trap, { collection: 'events', id: event.id });
  }
  readers = new Map(
    [...new Set([...fixers.keys(), ...events.keys()])].map((trap) => [
      trap,
      [...(fixers.get(trap) ?? []), ...(events.get(trap) ?? [])],
    ]),
  );
  readersOfTraps.set(library, readers);
  return readers;
}

// What a page can show of one entry: its data, its card, for a lesson which actions are overdue today, and for a
// pattern or trap how many lessons cite it or fell into it (a related card says so: "8 lessons cite it").
function fingerprint(library: Library, collection: CollectionName, id: string): unknown[] {
  const entry = library.get[collection](id);
  const card = ENTRY_KINDS.has(collection) ? library.card(collection as EntryKind, id) : undefined;
  const overdue =
    collection === 'lessons'
      ? library.get.lessons(id).data.actions.map((a) => isOverdue(a, BUILD_DATE))
      : undefined;
  const usage =
    collection === 'patterns'
      ? library.graph.lessonsCiting(id).length
      : collection === 'traps'
        ? library.graph.lessonsFallingInto(id).length
        : undefined;
  return [collection, id, entry.data, card, overdue, usage];
}
