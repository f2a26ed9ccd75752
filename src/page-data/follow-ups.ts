import type { PaginateFunction } from 'astro';
import { daysBetween } from '../domain/learning-loop/facts.ts';
import { overdueActions } from '../domain/learning-loop/follow-through.ts';
import { awaitingRevisit } from '../domain/learning-loop/revisits.ts';
import { PAGE_SIZE } from '../view/pagination.ts';
import type { FollowUpsPage, FollowUpsProps, PageInputs } from './types.ts';

/** The follow-ups' pages: every action past its date on the build date, oldest first, in pages. */
export function followUpsPaths(
  { facts, date }: Pick<PageInputs, 'facts' | 'date'>,
  paginate: PaginateFunction,
) {
  const overdue = overdueActions(facts.lessons, date);
  return paginate(overdue, {
    pageSize: PAGE_SIZE,
    props: {
      lessons: new Set(overdue.map((o) => o.lesson)).size,
      unrevisited: awaitingRevisit(facts.lessons, date),
    } satisfies Omit<FollowUpsProps, 'page'>,
  });
}

/** Everything one page of the follow-ups shows, as of the build date. */
export function followUpsPage(
  { date }: Pick<PageInputs, 'date'>,
  props: FollowUpsProps,
): FollowUpsPage {
  const { page, unrevisited } = props;
  return {
    ...props,
    date,
    late: page.data.map((overdue) => ({
      ...overdue,
      daysLate: overdue.action.by && daysBetween(overdue.action.by, date),
    })),
    // The first page lists the lessons awaiting a look back, the longest waiting first; a page stays a page long.
    revisits: page.currentPage === 1 ? unrevisited.slice(0, PAGE_SIZE) : [],
  };
}
