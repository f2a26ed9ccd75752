/**
 * Plain facts about entries, free of Astro types, that the learning-loop
 * computations (evidence, follow-through, health, digest) work on.
 */

/** A follow-up action as the computations see it; a date may be missing in hand-made data. */
export interface ActionFacts {
  what: string;
  owner: string;
  by?: Date | undefined;
  status: 'planned' | 'done' | 'dropped';
  outcome?: { date: Date; text: string } | undefined;
}

/** A lesson, reduced to what the figures need. */
export interface LessonFacts {
  id: string;
  title: string;
  published: Date;
  event?: string | undefined;
  lens: string;
  failureKind: string;
  patterns: string[];
  traps: string[];
  actions: ActionFacts[];
}

/** An event: when it happened. */
export interface EventFacts {
  id: string;
  title: string;
  date: Date;
}

/** A pattern: its claim and its documented known uses. */
export interface PatternFacts {
  id: string;
  title: string;
  confidence: 1 | 2 | 3;
  knownUses: number;
}

/** A trap: its name. */
export interface TrapFacts {
  id: string;
  title: string;
}

/** The whole library as facts. */
export interface LibraryFacts {
  lessons: LessonFacts[];
  events: EventFacts[];
  patterns: PatternFacts[];
  traps: TrapFacts[];
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

/** `yyyy-mm` of a date, in UTC like every date in the library. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}
