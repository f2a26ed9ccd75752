import type { PaginateFunction } from 'astro';
import { plural } from '../view/dates-and-counts.ts';
import { PAGE_SIZE } from '../view/pagination.ts';
import { entryUrl } from '../view/urls.ts';
import type { AuthorsListPage, PageInputs } from './types.ts';

/** The authors index's pages: every author, by name, in pages. */
export function authorsListPaths(
  { library }: Pick<PageInputs, 'library'>,
  paginate: PaginateFunction,
) {
  return paginate(
    library.authors.map((a) => a.id),
    { pageSize: PAGE_SIZE },
  );
}

/** Everything one page of the authors index shows: each author's card with what they wrote. */
export function authorsListPage(
  { library }: Pick<PageInputs, 'library'>,
  { page }: Pick<AuthorsListPage, 'page'>,
): AuthorsListPage {
  return {
    page,
    authors: page.data.map((id) => {
      const { name, role } = library.get.authors(id).data;
      const wrote = library.graph.byAuthor(id);
      const counts = [
        ['lesson', wrote.lessons.length],
        ['pattern', wrote.patterns.length],
        ['trap', wrote.traps.length],
        ['event', wrote.events.length],
      ] as const;
      return {
        href: entryUrl('authors', id),
        name,
        role,
        wrote:
          counts
            .filter(([, n]) => n > 0)
            .map(([word, n]) => plural(n, word))
            .join(' · ') || 'No entry yet',
      };
    }),
  };
}
