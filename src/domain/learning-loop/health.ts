import { evidenceFor, isThin, type Evidence } from './evidence.ts';
import type { LibraryFacts } from './facts.ts';
import { daysBetween, monthOf } from './facts.ts';
import { onTimeClosure } from './follow-through.ts';
import { median } from './median.ts';
import { repeatedLessons } from './recurrence.ts';
import { computeTrends, type Trend } from './trends.ts';

export { median };

/** A label and a number, the unit every chart and table here is made of. */
export interface Count {
  key: string;
  label: string;
  value: number;
}

/** The library's learning KPIs, computed at build time from the content. */
export interface Health {
  lessonsPerMonth: Count[];
  onTime: ReturnType<typeof onTimeClosure>;
  /** Median days from an event to its first lesson; undefined when no event has a lesson. */
  medianDaysToFirstLesson: number | undefined;
  daysToFirstLesson: Count[];
  byFailureKind: Count[];
  byLens: Count[];
  mostCitedPatterns: Count[];
  mostHitTraps: Count[];
  thinPatterns: ThinPattern[];
  /** The learning KPIs per quarter. */
  trends: Trend[];
  /** How many lessons fell into a trap after a verified fix against it. */
  repeatedLessons: number;
}

/** Every month from the first to the last, so gaps show as zero instead of vanishing. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function tally<T>(
  items: readonly T[],
  keys: (item: T) => string[],
  labels: Record<string, string>,
  keepZero: boolean,
): Count[] {
  const counts = new Map<string, number>(keepZero ? Object.keys(labels).map((k) => [k, 0]) : []);
  for (const item of items)
    for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, value]) => ({ key, label: labels[key] ?? key, value }));
}

const top = (counts: Count[], n: number) =>
  counts
    .filter((c) => c.value > 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, n);

/** Every figure of the health page. */
export function computeHealth(
  facts: LibraryFacts,
  today: Date,
  labels: { failureKinds: Record<string, string>; lenses: Record<string, string> },
): Health {
  const { lessons, events, patterns, traps } = facts;
  const months = lessons.map((l) => monthOf(l.published)).sort();
  // Up to the month of the build, not the latest lesson's: quiet months since are part of the story.
  const lessonsPerMonth = months.length
    ? monthsBetween(months[0] ?? '', [months.at(-1) ?? '', monthOf(today)].sort()[1] ?? '').map(
        (key) => ({
          key,
          label: key,
          value: months.filter((m) => m === key).length,
        }),
      )
    : [];
  const firstLessons = events.flatMap((event) => {
    const dates = lessons.filter((l) => l.event === event.id).map((l) => l.published.getTime());
    return dates.length
      ? [
          {
            key: event.id,
            label: event.title,
            value: daysBetween(event.date, new Date(Math.min(...dates))),
          },
        ]
      : [];
  });
  const patternTitles = Object.fromEntries(patterns.map((p) => [p.id, p.title]));
  const trapTitles = Object.fromEntries(traps.map((t) => [t.id, t.title]));
  return {
    lessonsPerMonth,
    onTime: onTimeClosure(lessons, today),
    medianDaysToFirstLesson: median(firstLessons.map((f) => f.value)),
    daysToFirstLesson: firstLessons,
    byFailureKind: tally(lessons, (l) => [l.failureKind], labels.failureKinds, true),
    byLens: tally(lessons, (l) => [l.lens], labels.lenses, true),
    mostCitedPatterns: top(
      tally(lessons, (l) => l.patterns, patternTitles, false),
      5,
    ),
    mostHitTraps: top(
      tally(lessons, (l) => l.traps, trapTitles, false),
      5,
    ),
    thinPatterns: thinPatterns(facts),
    trends: computeTrends(facts, today),
    repeatedLessons: repeatedLessons(facts).size,
  };
}

/** A pattern whose evidence is thin, with that evidence. */
export interface ThinPattern {
  id: string;
  label: string;
  evidence: Evidence;
}

/** Patterns whose evidence is thin, those furthest below what their confidence needs first. */
export function thinPatterns({
  patterns,
  lessons,
}: Pick<LibraryFacts, 'patterns' | 'lessons'>): ThinPattern[] {
  return patterns
    .map((p) => ({ id: p.id, label: p.title, evidence: evidenceFor(p, lessons) }))
    .filter(({ evidence }) => isThin(evidence))
    .sort(
      (a, b) =>
        a.evidence.instances - a.evidence.needed - (b.evidence.instances - b.evidence.needed) ||
        a.label.localeCompare(b.label),
    );
}
