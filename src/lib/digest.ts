import { evidenceFor } from './evidence.ts';
import type { LibraryFacts } from './facts.ts';
import { monthOf } from './facts.ts';
import { allActions, type LessonAction } from './follow-through.ts';

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
}

/** The months that have anything to report, newest first. */
export function digestMonths(facts: LibraryFacts): string[] {
  const months = new Set<string>([
    ...facts.lessons.map((l) => monthOf(l.published)),
    ...allActions(facts.lessons).flatMap(({ action }) => (action.status === 'done' && action.outcome ? [monthOf(action.outcome.date)] : [])),
  ]);
  return [...months].sort().reverse();
}

/** The digest of one month, generated from the content. */
export function digestFor(facts: LibraryFacts, month: string): Digest {
  const inMonth = (date: Date) => monthOf(date) === month;
  const before = (date: Date) => monthOf(date) < month;
  const newLessons = facts.lessons.filter((l) => inMonth(l.published));
  const strengthenedPatterns = facts.patterns
    .map((p) => ({ id: p.id, added: newLessons.filter((l) => l.patterns.includes(p.id)).length, total: evidenceFor(p, facts.lessons.filter((l) => monthOf(l.published) <= month)).lessons.length }))
    .filter((p) => p.added > 0)
    .sort((a, b) => b.added - a.added || a.id.localeCompare(b.id));
  const seenBefore = new Set(facts.lessons.filter((l) => before(l.published)).flatMap((l) => l.traps));
  const newlySeenTraps = [...new Set(newLessons.flatMap((l) => l.traps))].filter((t) => !seenBefore.has(t)).sort();
  return {
    month,
    newLessons: newLessons.map((l) => l.id),
    completedActions: allActions(facts.lessons).filter(({ action }) => action.status === 'done' && action.outcome && inMonth(action.outcome.date)),
    strengthenedPatterns,
    newlySeenTraps,
  };
}

/** "March 2026" for `2026-03`. */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
