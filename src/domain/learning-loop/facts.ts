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
  /** Traps the action is meant to counter, as its lesson names them. */
  counters?: string[] | undefined;
}

/** A dated look back at a lesson. */
export interface RevisitFacts {
  date: Date;
  note: string;
}

/** When an experiment's decision rule was written down, if it had one. */
export type DecisionRuleTiming = 'before' | 'after' | 'never';

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
  /** Dated looks back at the lesson, if any. */
  revisited?: RevisitFacts[] | undefined;
  /** For an experiment: when its decision rule was declared, if the lesson says. */
  decisionRule?: DecisionRuleTiming | undefined;
}

/** An event: when it happened, and when it was noticed and contained if the event says. */
export interface EventFacts {
  id: string;
  title: string;
  date: Date;
  /** When the failure began (its `date` when not given). */
  started?: Date | undefined;
  detected?: Date | undefined;
  contained?: Date | undefined;
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

// The build date carries the hour of the build; a count of days must not.
const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY);

/** Calendar days (UTC) from one date to another, whatever their hours (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}

/** `yyyy-mm` of a date, in UTC like every date in the library. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** `yyyy-Qn` of a date, in UTC: the period every trend on the health page is counted by. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Every quarter from the first to the last, so a quarter without data shows as such instead of vanishing. */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  let [year, q] = first.split('-Q').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-Q${q}`) {
    quarters.push(key);
    q += 1;
    if (q > 4) [year, q] = [year + 1, 1];
  }
  return quarters;
}

/** When a lesson's failure happened: when its event started, or the lesson's own publication without an event. */
export function occurredOn(lesson: LessonFacts, events: readonly EventFacts[]): Date {
  const event = events.find((e) => e.id === lesson.event);
  return event ? (event.started ?? event.date) : lesson.published;
}
