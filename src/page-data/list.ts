import type { PaginateFunction } from 'astro';
import type { CardGroup } from '../components/GroupedCards.astro';
import type { EntryKind } from '../schemas/collections.ts';
import { CONFIDENCE, TRAP_KINDS, keysOf } from '../schemas/vocabulary.ts';
import { PAGE_SIZE, groupsOnPage, layOutGroups } from '../view/pagination.ts';
import type { Library } from './library.ts';
import type { ListPage, ListProps, PageInputs } from './types.ts';

/** How a collection's list is grouped: its groups in order, an entry's group, and each group's heading. */
interface Grouping {
  keys: readonly (string | number)[];
  keyOf: (library: Library, id: string) => string | number;
  section: (key: string | number) => Pick<CardGroup, 'id' | 'label' | 'qualifier' | 'empty'>;
}

// Patterns most established first, traps by kind in vocabulary order; newest first within a group.
const GROUPINGS: Partial<Record<EntryKind, Grouping>> = {
  patterns: {
    keys: [3, 2, 1],
    keyOf: (library, id) => library.get.patterns(id).data.confidence,
    section: (key) => {
      const { label, meaning } = CONFIDENCE[key as keyof typeof CONFIDENCE];
      return {
        id: `confidence-${key}`,
        label,
        qualifier: `— ${meaning}`,
        empty: `No ${label.toLowerCase()} pattern yet.`,
      };
    },
  },
  traps: {
    keys: keysOf(TRAP_KINDS),
    keyOf: (library, id) => library.get.traps(id).data.kind,
    section: (key) => {
      const { label, meaning } = TRAP_KINDS[key as keyof typeof TRAP_KINDS];
      return {
        id: String(key),
        label,
        qualifier: `— ${meaning}`,
        empty: 'No trap of this kind yet.',
      };
    },
  },
};

// A note under some cards; only for the cards on the page, since the whole library's would be work thrown away.
// (An event's card says how many lessons came of it in its qualifier: a note would say it twice.)
const NOTES: Partial<Record<EntryKind, (library: Library, id: string) => string>> = {};

/** A collection's list route's pages: its entries, newest first, grouped when the collection is, in pages. */
export function listPaths(
  { library }: Pick<PageInputs, 'library'>,
  kind: EntryKind,
  paginate: PaginateFunction,
) {
  const ids = library[kind].map((entry) => entry.id);
  const grouping = GROUPINGS[kind];
  if (!grouping) return paginate(ids, { pageSize: PAGE_SIZE });
  // The groups are counted once here, not on every page.
  const { items, groups } = layOutGroups(
    grouping.keys.map((key) => ({
      key,
      items: ids.filter((id) => grouping.keyOf(library, id) === key),
    })),
  );
  return paginate(items, { pageSize: PAGE_SIZE, props: { groups } });
}

/** Everything one page of a collection's list shows: its cards, and its groups when the list is grouped. */
export function listPage(
  { library }: Pick<PageInputs, 'library'>,
  kind: EntryKind,
  { page, groups = [] }: ListProps,
): ListPage {
  const grouping = GROUPINGS[kind];
  const note = NOTES[kind];
  return {
    page,
    cards: library.cards(kind, page.data),
    notes: note && Object.fromEntries(page.data.map((id) => [id, note(library, id)])),
    sections: grouping
      ? groupsOnPage(groups, page).map((group) => ({
          ...group,
          ...grouping.section(group.key),
          cards: library.cards(kind, group.items),
        }))
      : [],
  };
}
