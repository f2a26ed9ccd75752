import type { ActionFacts, LessonFacts, LibraryFacts } from './facts.ts';
import { occurredOn, quarterOf } from './facts.ts';

/** A trap that caught a lesson after another lesson's action against it was verified done. */
export interface Recurrence {
  trap: string;
  /** The lesson that fell into the trap again. */
  lesson: {
    id: string;
    title: string;
    published: Date;
    /** When its failure happened: its event's start, or its publication when it has no event. */
    occurred: Date;
    fromEvent: boolean;
  };
  /** The earlier lesson whose action was meant to counter the trap. */
  fixedBy: { id: string; title: string };
  /** That action (`index` counts from 1 in its lesson), with the day it was verified done. */
  action: { index: number; what: string; done: Date };
}

// Only a verified outcome counts as a fix: a planned or dropped action promised nothing yet.
const doneOn = (action: ActionFacts) =>
  action.status === 'done' && action.outcome ? action.outcome.date : undefined;

const memo = new WeakMap<LibraryFacts, Recurrence[]>();

/**
 * Every recurrence in the library: a lesson whose failure happened after an action naming the
 * trap in its `counters` was verified done, one per (lesson, trap, fixing action); oldest failure first.
 * Which actions count against a trap comes from the content only, never from their wording.
 */
export function recurrences(facts: LibraryFacts): Recurrence[] {
  const known = memo.get(facts);
  if (known) return known;
  const fixes = facts.lessons.flatMap((fixedBy) =>
    fixedBy.actions.flatMap((action, i) => {
      const done = doneOn(action);
      return done
        ? (action.counters ?? []).map((trap) => ({
            trap,
            fixedBy,
            action: { index: i + 1, what: action.what, done },
          }))
        : [];
    }),
  );
  const result = facts.lessons
    .flatMap((lesson) => {
      const occurred = occurredOn(lesson, facts.events);
      return fixes
        .filter(
          (fix) =>
            fix.fixedBy.id !== lesson.id &&
            lesson.traps.includes(fix.trap) &&
            fix.action.done < occurred,
        )
        .map((fix): Recurrence => ({
          trap: fix.trap,
          lesson: {
            id: lesson.id,
            title: lesson.title,
            published: lesson.published,
            occurred,
            fromEvent: lesson.event !== undefined,
          },
          fixedBy: { id: fix.fixedBy.id, title: fix.fixedBy.title },
          action: fix.action,
        }));
    })
    .sort(
      (a, b) =>
        a.lesson.occurred.getTime() - b.lesson.occurred.getTime() ||
        a.lesson.id.localeCompare(b.lesson.id) ||
        a.trap.localeCompare(b.trap),
    );
  memo.set(facts, result);
  return result;
}

/** The recurrences of one trap. */
export const recurrencesOf = (facts: LibraryFacts, trap: string): Recurrence[] =>
  recurrences(facts).filter((r) => r.trap === trap);

/** The lessons that fell into a trap someone had already fixed, each once. */
export const repeatedLessons = (facts: LibraryFacts): Set<string> =>
  new Set(recurrences(facts).map((r) => r.lesson.id));

/** Lessons that fell into at least one trap, with the quarter their failure happened in. */
export function trapLessonsByQuarter(facts: LibraryFacts): Map<string, LessonFacts[]> {
  const byQuarter = new Map<string, LessonFacts[]>();
  for (const lesson of facts.lessons.filter((l) => l.traps.length > 0)) {
    const quarter = quarterOf(occurredOn(lesson, facts.events));
    byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), lesson]);
  }
  return byQuarter;
}

/** One lesson caught again by a trap, with every verified fix it came back after. */
export interface CameBack {
  lesson: Recurrence['lesson'];
  fixes: Pick<Recurrence, 'fixedBy' | 'action'>[];
}

/** A trap's recurrences, one item per lesson that fell into it again. */
export function cameBack(recurrencesOfTrap: readonly Recurrence[]): CameBack[] {
  const byLesson = new Map<string, CameBack>();
  for (const { lesson, fixedBy, action } of recurrencesOfTrap) {
    const item = byLesson.get(lesson.id) ?? { lesson, fixes: [] };
    item.fixes.push({ fixedBy, action });
    byLesson.set(lesson.id, item);
  }
  return [...byLesson.values()];
}
