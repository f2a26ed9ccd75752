import type { LibraryGraph } from './graph.ts';
import { PREVIEW_SIZE, SHORT_PREVIEW_SIZE } from '../view/pagination.ts';
import { plural } from '../view/format.ts';
import { entryUrl } from '../view/urls.ts';
import { LENSES, keysOf } from '../schemas/vocabulary.ts';
import {
  collectionsWhere,
  ENTRY_COLLECTIONS,
  REGISTRY,
  type CollectionsWhere,
  type EntryKind,
} from '../schemas/collections.ts';

/** The pages that list other entries: the registry's `lists` rows. */
export type ListOwner = CollectionsWhere<'lists'>;

/** Every kind of owner, in the order the lists' routes are built. */
export const LIST_OWNERS: readonly ListOwner[] = collectionsWhere('lists');

/**
 * A list of the entries linked to one entry or author. Its owner's page shows the first
 * `preview`; a longer list also gets pages of its own below the owner's URL.
 */
export interface BacklinkList {
  /** The list's URL segment below its owner's: `lessons` in `/patterns/pre-mortem/lessons/`. */
  slug: string;
  /** Its heading on the owner's page: "Lessons that cite it". */
  title: string;
  /** Its short name, for the breadcrumb of its own pages: "Lessons". */
  label: string;
  /** The heading of its own pages, naming the owner: "Lessons that cite Pre-mortem". */
  fullTitle: (owner: string) => string;
  /** The kind of entry it lists. */
  kind: EntryKind;
  /** Every entry in it, in the order the preview and the full list both show. */
  ids: string[];
  /** How many its owner's page shows: fewer in a side column than in the main one. */
  preview: number;
  /** Shown when it is empty. */
  empty: string;
  /** Why each entry is on it, seen from that entry: "counters this trap". */
  relation: string;
  /** A note under some entries' cards ("cited by 3 lessons of this event"). */
  notes?: Record<string, string>;
  /** Groups the list is shown in, every group of the vocabulary in order, their ids laid end to end in `ids`. */
  groups?: ListGroup[];
}

/** What the lists need to know beyond the graph. */
export interface BacklinkLookups {
  /** A lesson's lens, to group an event's lessons by. */
  lensOf: (lessonId: string) => string;
}

/** One group of a grouped list: an event's lessons through one lens. */
export interface ListGroup {
  key: string;
  label: string;
  /** Its heading's id, the same on the owner's page and on the full list's. */
  id: string;
  ids: string[];
}

/** Every list an owner's page shows, in page order. */
export function backlinksOf(
  graph: LibraryGraph,
  owner: ListOwner,
  id: string,
  lookups: BacklinkLookups,
): BacklinkList[] {
  switch (owner) {
    case 'patterns':
      return [
        {
          slug: 'traps',
          title: 'Traps it counters',
          relation: 'Countered by this pattern',
          label: 'Decision traps',
          fullTitle: (n) => `Traps that ${n} counters`,
          kind: 'traps',
          ids: graph.trapsCounteredBy(id),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No trap linked yet.',
        },
        {
          slug: 'lessons',
          title: 'Lessons that cite it',
          relation: 'Cites this pattern',
          label: 'Lessons',
          fullTitle: (n) => `Lessons that cite ${n}`,
          kind: 'lessons',
          ids: graph.lessonsCiting(id),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No lesson cites this pattern yet.',
        },
        {
          slug: 'related',
          title: 'Related patterns',
          relation: 'Works alongside this one',
          label: 'Related patterns',
          fullTitle: (n) => `Patterns related to ${n}`,
          kind: 'patterns',
          ids: graph.relatedPatterns(id),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No related pattern yet.',
        },
      ];
    case 'traps':
      return [
        {
          slug: 'counter-moves',
          title: 'Counter moves',
          relation: 'Counters this trap',
          label: 'Counter moves',
          fullTitle: (n) => `Counter moves for ${n}`,
          kind: 'patterns',
          ids: graph.counterMovesFor(id),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No counter move yet.',
        },
        {
          slug: 'lessons',
          title: 'Lessons that fell into it',
          relation: 'Fell into this trap',
          label: 'Lessons',
          fullTitle: (n) => `Lessons that fell into ${n}`,
          kind: 'lessons',
          ids: graph.lessonsFallingInto(id),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No lesson has fallen into this trap yet.',
        },
      ];
    case 'events': {
      const lessons = graph.lessonsFrom(id);
      const groups = keysOf(LENSES).map((lens) => ({
        key: lens,
        label: LENSES[lens].label,
        id: `lens-${lens}`,
        ids: lessons.filter((l) => lookups.lensOf(l) === lens),
      }));
      const cited = (collection: 'patterns' | 'traps') => {
        const counts = graph.citedByEvent(id, collection);
        return {
          ids: counts.map((c) => c.id),
          notes: Object.fromEntries(
            counts.map((c) => [c.id, `cited by ${plural(c.count, 'lesson')} of this event`]),
          ),
        };
      };
      return [
        {
          slug: 'lessons',
          title: 'Lessons from this event, by lens',
          relation: 'Written about this event',
          label: 'Lessons',
          fullTitle: (n) => `Lessons from ${n}, by lens`,
          kind: 'lessons',
          ids: groups.flatMap((g) => g.ids),
          groups,
          preview: PREVIEW_SIZE,
          empty: 'No lesson has been written about this event yet.',
        },
        {
          slug: 'patterns',
          // Its lessons cite patterns that may well be older than the event: none of them came out of it.
          title: 'Patterns its lessons cite',
          relation: 'Cited by its lessons',
          label: 'Patterns',
          fullTitle: (n) => `Patterns the lessons of ${n} cite`,
          kind: 'patterns',
          ...cited('patterns'),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No pattern cited yet.',
        },
        {
          slug: 'traps',
          title: 'Traps it revealed',
          relation: 'Its lessons fell into it',
          label: 'Decision traps',
          fullTitle: (n) => `Traps that ${n} revealed`,
          kind: 'traps',
          ...cited('traps'),
          preview: SHORT_PREVIEW_SIZE,
          empty: 'No trap named yet.',
        },
      ];
    }
    case 'authors': {
      const wrote = graph.byAuthor(id);
      return [
        {
          slug: 'lessons',
          title: 'Lessons written',
          relation: 'Written by them',
          label: 'Lessons',
          fullTitle: (n) => `Lessons written by ${n}`,
          kind: 'lessons',
          ids: wrote.lessons,
          preview: PREVIEW_SIZE,
          empty: 'No lessons yet.',
        },
        {
          slug: 'patterns',
          title: 'Patterns authored',
          relation: 'Authored by them',
          label: 'Patterns',
          fullTitle: (n) => `Patterns authored by ${n}`,
          kind: 'patterns',
          ids: wrote.patterns,
          preview: PREVIEW_SIZE,
          empty: 'No patterns yet.',
        },
        {
          slug: 'traps',
          title: 'Decision traps authored',
          relation: 'Authored by them',
          label: 'Decision traps',
          fullTitle: (n) => `Decision traps authored by ${n}`,
          kind: 'traps',
          ids: wrote.traps,
          preview: PREVIEW_SIZE,
          empty: 'No decision traps yet.',
        },
        {
          slug: 'events',
          title: 'Events analysed',
          relation: 'Analysed by them',
          label: 'Events',
          fullTitle: (n) => `Events analysed by ${n}`,
          kind: 'events',
          ids: wrote.events,
          preview: PREVIEW_SIZE,
          empty: 'No events yet.',
        },
        // A kind added to the registry gets its list too, worded from its label.
        ...ENTRY_COLLECTIONS.filter((kind) => !WORDED_FOR_AUTHORS.has(kind)).map((kind) => {
          const { many } = REGISTRY[kind].label;
          return {
            slug: kind,
            title: `${many} written`,
            relation: 'Written by them',
            label: many,
            fullTitle: (n: string) => `${many} written by ${n}`,
            kind,
            ids: wrote[kind],
            preview: PREVIEW_SIZE,
            empty: `No ${many.toLowerCase()} yet.`,
          };
        }),
      ];
    }
  }
}

// The kinds an author's page words by hand above.
const WORDED_FOR_AUTHORS: ReadonlySet<EntryKind> = new Set([
  'lessons',
  'patterns',
  'traps',
  'events',
]);

/** The URL of the first page of an owner's list: `/patterns/pre-mortem/lessons/`. */
export function listUrl(owner: ListOwner, id: string, slug: string): string {
  return `${entryUrl(owner, id)}${slug}/`;
}

/** Whether a list is longer than its owner's page shows, and so has pages of its own. */
export function hasOwnPages(list: Pick<BacklinkList, 'ids' | 'preview'>): boolean {
  return list.ids.length > list.preview;
}

/** What a page shows of a list: its first few ids, how many there are, and where the rest are when there are more. */
export interface Preview {
  ids: string[];
  total: number;
  /** The full list's URL, when the preview leaves entries out. */
  more?: string;
}

/** The first `limit` of a list whose whole is at `url`. */
export function previewOf(ids: readonly string[], url: string, limit: number): Preview {
  return {
    ids: ids.slice(0, limit),
    total: ids.length,
    ...(ids.length > limit ? { more: url } : {}),
  };
}

/** What an owner's page shows of one of its lists, with a link to the list's own pages when it leaves some out. */
export function previewOfList(owner: ListOwner, id: string, list: BacklinkList): Preview {
  return previewOf(list.ids, listUrl(owner, id, list.slug), list.preview);
}

/** What a lesson's page shows of its event's other lessons: a few, and the event's page for all of them. */
export function moreFromEvent(graph: LibraryGraph, eventId: string, lessonId: string): Preview {
  return previewOf(
    graph.lessonsFrom(eventId).filter((id) => id !== lessonId),
    `${entryUrl('events', eventId)}#lessons`,
    SHORT_PREVIEW_SIZE,
  );
}

/**
 * A preview of a grouped list that shows something of every group: one id of each group in
 * turn until `limit` are chosen, so a busy lens cannot crowd a quiet one off the page.
 */
export function previewGroups<G extends { ids: readonly string[] }>(
  groups: readonly G[],
  limit: number,
): (G & { shown: string[] })[] {
  const shown = groups.map((): string[] => []);
  let left = limit;
  for (let round = 0; left > 0 && groups.some((g) => g.ids.length > round); round++) {
    groups.forEach((group, i) => {
      const id = group.ids[round];
      if (left > 0 && id !== undefined) {
        shown[i]?.push(id);
        left--;
      }
    });
  }
  return groups.map((group, i) => ({ ...group, shown: shown[i] ?? [] }));
}
