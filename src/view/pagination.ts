/**
 * How many cards an index or tag page shows. Fifty keeps a page's HTML near 10 kB
 * gzip whatever the size of the library, and a reader scrolling a long list rarely
 * wants more before the next click.
 */
export const PAGE_SIZE = 50;

/** The URL of page `n` of a list whose first page is at `first` (`/lessons/` → `/lessons/2/`). */
export function pageUrl(first: string, n: number): string {
  const base = first.endsWith('/') ? first : `${first}/`;
  return n <= 1 ? base : `${base}${n}/`;
}

/** One item of a pager: a page link, or a gap standing for the pages left out. */
export type PagerItem = { page: number; url: string; current: boolean } | { gap: true };

/**
 * The page numbers a pager shows: the first and last pages, and the pages around the
 * current one, with gaps between, so the pager stays short on a list of 200 pages.
 */
export function pagerItems(current: number, last: number, first: string, around = 2): PagerItem[] {
  const shown = [
    ...new Set([
      1,
      last,
      ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i),
    ]),
  ]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const items: PagerItem[] = [];
  shown.forEach((n, i) => {
    const previous = shown[i - 1];
    // A gap of one page is shown as that page: a "…" would hide nothing.
    if (previous !== undefined && n - previous === 2)
      items.push({ page: n - 1, url: pageUrl(first, n - 1), current: false });
    else if (previous !== undefined && n - previous > 2) items.push({ gap: true });
    items.push({ page: n, url: pageUrl(first, n), current: n === current });
  });
  return items;
}

/** "page 2 of 7" for titles, so no two pages of a list share one title; nothing on the first page. */
export function pageSuffix(current: number, last: number): string {
  return current > 1 ? ` · page ${current} of ${last}` : '';
}

/**
 * How many entries a list shows in the main column of a page that is not the list's own (an
 * author's lessons, an event's lessons, a column of the home page's catalogue) before it links
 * to the whole list. Twelve fill two, three or four columns of cards evenly.
 */
export const PREVIEW_SIZE = 12;

/** The same for a list that shares its column with several others (an entry page's side column) or leads into them (an author's skills). */
export const SHORT_PREVIEW_SIZE = 6;

/** How many cards each of the home page's lists of lessons (the showcase, the newest) shows. */
export const HOME_CARDS = 6;

/** Where one group of a list paginated in groups (patterns by confidence, a tag's entries by kind) lies in the whole list. */
export interface PageGroup<K extends string | number = string> {
  key: K;
  /** Items in the group, across all pages. */
  count: number;
  /** The index of the group's first item in the whole list. */
  startIndex: number;
  /** The page the group's first item is on. */
  startPage: number;
}

/** Lays groups end to end for `paginate`: their items in group order, and where each group starts (with whatever else it carries). */
export function layOutGroups<G extends { key: string | number; items: readonly unknown[] }>(
  groups: readonly G[],
  pageSize = PAGE_SIZE,
): { items: G['items'][number][]; groups: (Omit<G, 'items'> & PageGroup<G['key']>)[] } {
  let before = 0;
  const laidOut = groups.map(({ items, ...rest }) => {
    const group = {
      ...rest,
      count: items.length,
      startIndex: before,
      startPage: Math.floor(before / pageSize) + 1,
    };
    before += items.length;
    return group;
  });
  return { items: groups.flatMap((g) => g.items), groups: laidOut };
}

/** A group as one page shows it. */
export interface GroupOnPage<K extends string | number, T> extends PageGroup<K> {
  /** The group's items on this page; none when it lies wholly on other pages. */
  items: T[];
  /** Whether the group began on an earlier page. */
  continued: boolean;
}

/** Splits one page's items among the groups `layOutGroups` laid out, every group kept, in order, with whatever else it carries. */
export function groupsOnPage<G extends PageGroup<string | number>, T>(
  groups: readonly G[],
  page: { start: number; data: readonly T[] },
): (G & GroupOnPage<G['key'], T>)[] {
  return groups.map((group) => ({
    ...group,
    items: page.data.slice(
      Math.max(0, group.startIndex - page.start),
      Math.max(0, group.startIndex + group.count - page.start),
    ),
    continued: group.startIndex < page.start,
  }));
}
