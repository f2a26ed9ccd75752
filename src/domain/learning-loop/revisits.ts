import type { LessonFacts, RevisitFacts } from './facts.ts';
import { daysBetween, monthOf } from './facts.ts';

/** How long after publication a lesson is due a look back (the source guide's 30-day status check). */
export const REVISIT_AFTER_DAYS = 30;

/** A lesson due a look back, with how many days it has waited since publication. */
export interface AwaitingRevisit {
  lesson: string;
  lessonTitle: string;
  published: Date;
  days: number;
}

/** Lessons published at least 30 calendar days ago that were never revisited, longest waiting first. */
export function awaitingRevisit(lessons: readonly LessonFacts[], today: Date): AwaitingRevisit[] {
  return lessons
    .filter((l) => (l.revisited ?? []).length === 0)
    .map((l) => ({
      lesson: l.id,
      lessonTitle: l.title,
      published: l.published,
      days: daysBetween(l.published, today),
    }))
    .filter((l) => l.days >= REVISIT_AFTER_DAYS)
    .sort((a, b) => b.days - a.days || a.lesson.localeCompare(b.lesson));
}

/** A revisit with the lesson it belongs to. */
export interface LessonRevisit {
  lesson: string;
  lessonTitle: string;
  revisit: RevisitFacts;
}

/** Every revisit of the library grouped by `yyyy-mm`, each month's in date order. */
export function revisitsByMonth(lessons: readonly LessonFacts[]): Map<string, LessonRevisit[]> {
  const months = new Map<string, LessonRevisit[]>();
  const all = lessons
    .flatMap((l) =>
      (l.revisited ?? []).map((revisit) => ({ lesson: l.id, lessonTitle: l.title, revisit })),
    )
    .sort(
      (a, b) =>
        a.revisit.date.getTime() - b.revisit.date.getTime() || a.lesson.localeCompare(b.lesson),
    );
  for (const r of all) {
    const month = monthOf(r.revisit.date);
    months.set(month, [...(months.get(month) ?? []), r]);
  }
  return months;
}
