import type { ActionFacts, LessonFacts } from './facts.ts';
import { daysBetween } from './facts.ts';

/** An action with the lesson it belongs to. */
export interface LessonAction {
  lesson: string;
  lessonTitle: string;
  action: ActionFacts;
}

/** Every action of the library, each with its lesson. */
export function allActions(lessons: readonly LessonFacts[]): LessonAction[] {
  return lessons.flatMap((l) =>
    l.actions.map((action) => ({ lesson: l.id, lessonTitle: l.title, action })),
  );
}

/** Planned, and its day is over: an action due today is not late until tomorrow, whatever the hour. Undated actions never are. */
export const isOverdue = (action: Pick<ActionFacts, 'status' | 'by'>, today: Date) =>
  action.status === 'planned' && action.by !== undefined && daysBetween(action.by, today) > 0;

/** Planned actions past their date with no outcome yet, oldest first. Actions without a date are never overdue. */
export function overdueActions(lessons: readonly LessonFacts[], today: Date): LessonAction[] {
  return allActions(lessons)
    .filter(({ action }) => isOverdue(action, today))
    .sort(
      (a, b) =>
        (a.action.by?.getTime() ?? 0) - (b.action.by?.getTime() ?? 0) ||
        a.lesson.localeCompare(b.lesson),
    );
}

/** Done, with the dated outcome that verified it: what a portfolio counts as an action carried through. */
export const carriedThrough = (action: Pick<ActionFacts, 'status' | 'outcome'>) =>
  action.status === 'done' && action.outcome !== undefined;

/** Done within 30 days of its date (or before it). */
export const closedOnTime = (action: Pick<ActionFacts, 'status' | 'by' | 'outcome'>) =>
  action.status === 'done' &&
  action.by !== undefined &&
  action.outcome !== undefined &&
  daysBetween(action.by, action.outcome.date) <= 30;

/** Share of actions due by today (dated, not dropped) that were done within 30 days of their date; undefined with none due. */
export function onTimeClosure(
  lessons: readonly LessonFacts[],
  today: Date,
): { closed: number; due: number; share: number | undefined } {
  const due = allActions(lessons).filter(
    ({ action }) => action.status !== 'dropped' && action.by !== undefined && action.by <= today,
  );
  const closed = due.filter(({ action }) => closedOnTime(action)).length;
  return { closed, due: due.length, share: due.length ? closed / due.length : undefined };
}
