import { lensGroupId } from '../markdown/page-ids.ts';
import {
  linkedListsOf,
  type BacklinkLookups,
  type LinkedList,
  type ListOwner,
} from '../domain/backlinks.ts';
import type { EntryKind } from '../schemas/collections.ts';
import type { LibraryGraph } from '../domain/graph.ts';
import { LENSES } from '../schemas/vocabulary.ts';
import { REGISTRY } from '../schemas/collections.ts';
import { PREVIEW_SIZE, SHORT_PREVIEW_SIZE } from './pagination.ts';
import { plural } from './dates-and-counts.ts';
import { entryUrl } from './urls.ts';

/**
 * A list of the entries linked to one entry or author, as pages show it. Its owner's page shows the first
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

/** One group of a grouped list: an event's lessons through one lens. */
export interface ListGroup {
  key: string;
  label: string;
  /** Its heading's id, the same on the owner's page and on the full list's. */
  id: string;
  ids: string[];
}

/** How a list reads on its owner's page and its own, and how many of it the owner's page shows. */
type ListWording = Pick<
  BacklinkList,
  'title' | 'relation' | 'label' | 'fullTitle' | 'empty' | 'preview'
>;

// Each owner's lists by slug; an author's lists of a kind not named here are worded from the kind's label.
const WORDING: Record<ListOwner, Record<string, ListWording>> = {
  patterns: {
    traps: {
      title: 'Traps it counters',
      relation: 'Countered by this pattern',
      label: 'Decision traps',
      fullTitle: (n) => `Traps that ${n} counters`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No trap linked yet.',
    },
    lessons: {
      title: 'Lessons that cite it',
      relation: 'Cites this pattern',
      label: 'Lessons',
      fullTitle: (n) => `Lessons that cite ${n}`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No lesson cites this pattern yet.',
    },
    related: {
      title: 'Related patterns',
      relation: 'Works alongside this one',
      label: 'Related patterns',
      fullTitle: (n) => `Patterns related to ${n}`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No related pattern yet.',
    },
  },
  traps: {
    'counter-moves': {
      title: 'Counter moves',
      relation: 'Counters this trap',
      label: 'Counter moves',
      fullTitle: (n) => `Counter moves for ${n}`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No counter move yet.',
    },
    lessons: {
      title: 'Lessons that fell into it',
      relation: 'Fell into this trap',
      label: 'Lessons',
      fullTitle: (n) => `Lessons that fell into ${n}`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No lesson has fallen into this trap yet.',
    },
  },
  events: {
    lessons: {
      title: 'Lessons from this event, by lens',
      relation: 'Written about this event',
      label: 'Lessons',
      fullTitle: (n) => `Lessons from ${n}, by lens`,
      preview: PREVIEW_SIZE,
      empty: 'No lesson has been written about this event yet.',
    },
    patterns: {
      // Its lessons cite patterns that may well be older than the event: none of them came out of it.
      title: 'Patterns its lessons cite',
      relation: 'Cited by its lessons',
      label: 'Patterns',
      fullTitle: (n) => `Patterns the lessons of ${n} cite`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No pattern cited yet.',
    },
    traps: {
      title: 'Traps it revealed',
      relation: 'Its lessons fell into it',
      label: 'Decision traps',
      fullTitle: (n) => `Traps that ${n} revealed`,
      preview: SHORT_PREVIEW_SIZE,
      empty: 'No trap named yet.',
    },
  },
  authors: {
    lessons: {
      title: 'Lessons written',
      relation: 'Written by them',
      label: 'Lessons',
      fullTitle: (n) => `Lessons written by ${n}`,
      preview: PREVIEW_SIZE,
      empty: 'No lessons yet.',
    },
    patterns: {
      title: 'Patterns authored',
      relation: 'Authored by them',
      label: 'Patterns',
      fullTitle: (n) => `Patterns authored by ${n}`,
      preview: PREVIEW_SIZE,
      empty: 'No patterns yet.',
    },
    traps: {
      title: 'Decision traps authored',
      relation: 'Authored by them',
      label: 'Decision traps',
      fullTitle: (n) => `Decision traps authored by ${n}`,
      preview: PREVIEW_SIZE,
      empty: 'No decision traps yet.',
    },
    events: {
      title: 'Events analysed',
      relation: 'Analysed by them',
      label: 'Events',
      fullTitle: (n) => `Events analysed by ${n}`,
      preview: PREVIEW_SIZE,
      empty: 'No events yet.',
    },
  },
};

/** An author's list of a kind added to the registry, worded from its label. */
function wordedFromLabel(kind: EntryKind): ListWording {
  const { many } = REGISTRY[kind].label;
  return {
    title: `${many} written`,
    relation: 'Written by them',
    label: many,
    fullTitle: (n) => `${many} written by ${n}`,
    preview: PREVIEW_SIZE,
    empty: `No ${many.toLowerCase()} yet.`,
  };
}

/** One list worded for its owner's page: headings, notes under cards, group headings. */
function worded(owner: ListOwner, list: LinkedList): BacklinkList {
  const { citedBy, groups, ...data } = list;
  return {
    ...data,
    ...(WORDING[owner][list.slug] ?? wordedFromLabel(list.kind)),
    ...(groups
      ? {
          groups: groups.map((g) => ({
            key: g.key,
            label: LENSES[g.key as keyof typeof LENSES].label,
            id: lensGroupId(g.key),
            ids: g.ids,
          })),
        }
      : {}),
    ...(citedBy
      ? {
          notes: Object.fromEntries(
            Object.entries(citedBy).map(([id, count]) => [
              id,
              `cited by ${plural(count, 'lesson')} of this event`,
            ]),
          ),
        }
      : {}),
  };
}

/** Every list an owner's page shows, in page order, worded. */
export function backlinksOf(
  graph: LibraryGraph,
  owner: ListOwner,
  id: string,
  lookups: BacklinkLookups,
): BacklinkList[] {
  return linkedListsOf(graph, owner, id, lookups).map((list) => worded(owner, list));
}

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
