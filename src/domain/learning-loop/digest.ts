import type { LessonFacts, LibraryFacts } from './facts.ts';
import { monthOf } from './facts.ts';
import { allActions, type LessonAction } from './follow-through.ts';
import { recurrences, type Recurrence } from './recurrence.ts';
import { revisitsByMonth, type LessonRevisit } from './revisits.ts';

/** What the library learned and changed in one month. */
export interface Digest {
  /** `yyyy-mm`. */
  month: string;
  newLessons: string[];
  completedActions: LessonAction[];
  /** Patterns cited by lessons published this month, with how many new citations. */
  strengthenedPatterns: { id: string; added: number; total: number }[];
  /** Traps a lesson fell into for the first time this month. */
  newlySeenTraps: string[];
  /** Lessons looked back at this month, with what changed. */
  revisits: LessonRevisit[];
  /** Traps that caught a lesson published this month after a verified fix. */
  recurrences: Recurrence[];
}

const memo = new WeakMap<LibraryFacts, Digest[]>();

/** Every month's digest, newest first, in one chronological pass (per-month rescans grew with patterns × lessons × months). */
export function digests(facts: LibraryFacts): Digest[] {
  const known = memo.get(facts);
  if (known) return known;
  const lessonsByMonth = groupBy(facts.lessons, (l) => monthOf(l.published));
  const completedByMonth = groupBy(
    allActions(facts.lessons).filter(({ action }) => action.status === 'done' && action.outcome),
    ({ action }) => monthOf(action.outcome!.date),
  );
  const revisits = revisitsByMonth(facts.lessons);
  const recurring = groupBy(recurrences(facts), (r) => monthOf(r.lesson.published));
  const months = [
    ...new Set([...lessonsByMonth.keys(), ...completedByMonth.keys(), ...revisits.keys()]),
  ].sort();
  const citations = new Map<string, number>();
  const seenTraps = new Set<string>();
  const result = months.map((month): Digest => {
    const newLessons: readonly LessonFacts[] = lessonsByMonth.get(month) ?? [];
    const added = new Map<string, number>();
    for (const lesson of newLessons)
      for (const id of new Set(lesson.patterns)) added.set(id, (added.get(id) ?? 0) + 1);
    for (const [id, n] of added) citations.set(id, (citations.get(id) ?? 0) + n);
    const newlySeenTraps = [...new Set(newLessons.flatMap((l) => l.traps))]
      .filter((t) => !seenTraps.has(t))
      .sort();
    for (const lesson of newLessons) for (const trap of lesson.traps) seenTraps.add(trap);
    return {
      month,
      newLessons: newLessons.map((l) => l.id),
      completedActions: completedByMonth.get(month) ?? [],
      strengthenedPatterns: [...added]
        .map(([id, n]) => ({ id, added: n, total: citations.get(id)! }))
        .sort((a, b) => b.added - a.added || a.id.localeCompare(b.id)),
      newlySeenTraps,
      revisits: revisits.get(month) ?? [],
      recurrences: recurring.get(month) ?? [],
    };
  });
  result.reverse();
  memo.set(facts, result);
  return result;
}

/** The months that have anything to report, newest first. */
export const digestMonths = (facts: LibraryFacts): string[] => digests(facts).map((d) => d.month);

/** The digest of one month, generated from the content. */
export function digestFor(facts: LibraryFacts, month: string): Digest {
  return (
    digests(facts).find((d) => d.month === month) ?? {
      month,
      newLessons: [],
      completedActions: [],
      strengthenedPatterns: [],
      newlySeenTraps: [],
      revisits: [],
      recurrences: [],
    }
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
