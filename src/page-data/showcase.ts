import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from '../view/pagination.ts';
import type { PageInputs, ShowcasePage } from './types.ts';

/** The showcase's pages: every featured lesson, newest first; the home page shows the newest few and links here. */
export function showcasePaths(
  { library }: Pick<PageInputs, 'library'>,
  paginate: PaginateFunction,
) {
  return paginate(
    library.lessons.filter((l) => l.data.featured).map((l) => l.id),
    { pageSize: PAGE_SIZE },
  );
}

/** Everything one page of the showcase shows: its lessons' cards. */
export function showcasePage(
  { library }: Pick<PageInputs, 'library'>,
  { page }: Pick<ShowcasePage, 'page'>,
): ShowcasePage {
  return { page, cards: library.cards('lessons', page.data) };
}
