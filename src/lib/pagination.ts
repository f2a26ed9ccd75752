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
  const shown = [...new Set([1, last, ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  const items: PagerItem[] = [];
  shown.forEach((n, i) => {
    const previous = shown[i - 1];
    // A gap of one page is shown as that page: a "…" would hide nothing.
    if (previous !== undefined && n - previous === 2) items.push({ page: n - 1, url: pageUrl(first, n - 1), current: false });
    else if (previous !== undefined && n - previous > 2) items.push({ gap: true });
    items.push({ page: n, url: pageUrl(first, n), current: n === current });
  });
  return items;
}

/** "page 2 of 7" for titles, so no two pages of a list share one title; nothing on the first page. */
export function pageSuffix(current: number, last: number): string {
  return current > 1 ? ` · page ${current} of ${last}` : '';
}
