import type { EventFacts, LibraryFacts } from './facts.ts';
import { daysBetween, occurredOn, quarterOf, quartersBetween } from './facts.ts';
import { allActions, closedOnTime } from './follow-through.ts';
import { median } from './median.ts';
import { repeatedLessons, trapLessonsByQuarter } from './recurrence.ts';

/** One quarter of a trend: its value (undefined with nothing to count) and how many items it comes from. */
export interface QuarterFigure {
  quarter: string;
  value: number | undefined;
  /** A share's numerator (how many of `of`), or how many items a median is taken over. */
  count: number;
  /** A share's denominator. */
  of?: number | undefined;
}

/** A learning KPI per quarter, and which way is better. */
export interface Trend {
  key: 'first-lesson' | 'closure' | 'decision-rule' | 'detect' | 'contain' | 'repeat';
  /** A median of days, or a share between 0 and 1. */
  unit: 'days' | 'share';
  better: 'lower' | 'higher';
  figures: QuarterFigure[];
}

type Item = { quarter: string; value: number };

// A share per quarter: how many items met the test among those counted.
const shares = (items: readonly { quarter: string; hit: boolean }[]) => (quarter: string) => {
  const inQuarter = items.filter((i) => i.quarter === quarter);
  const count = inQuarter.filter((i) => i.hit).length;
  return {
    quarter,
    value: inQuarter.length ? count / inQuarter.length : undefined,
    count,
    of: inQuarter.length,
  };
};

// A median of days per quarter.
const medians = (items: readonly Item[]) => (quarter: string) => {
  const values = items.filter((i) => i.quarter === quarter).map((i) => i.value);
  return { quarter, value: median(values), count: values.length };
};

const startOf = (event: EventFacts) => event.started ?? event.date;

/**
 * The learning KPIs the source guide names, per quarter: days from event to first lesson (by the
 * event's quarter), on-time action closure (by due date, actions due by today), experiments with a
 * decision rule declared beforehand and repeat rate (by when the failure happened), days to detect
 * and to contain (by when the failure started). Every trend spans the same quarters, up to today's.
 */
export function computeTrends(facts: LibraryFacts, today: Date): Trend[] {
  const { lessons, events } = facts;
  const firstLesson: Item[] = events.flatMap((event) => {
    const dates = lessons.filter((l) => l.event === event.id).map((l) => l.published.getTime());
    return dates.length
      ? [
          {
            quarter: quarterOf(event.date),
            value: daysBetween(event.date, new Date(Math.min(...dates))),
          },
        ]
      : [];
  });
  const closure = allActions(lessons)
    .filter(({ action }) => action.status !== 'dropped' && action.by !== undefined)
    .filter(({ action }) => daysBetween(action.by!, today) >= 0)
    .map(({ action }) => ({ quarter: quarterOf(action.by!), hit: closedOnTime(action) }));
  const experiments = lessons
    .filter((l) => l.failureKind === 'experiment')
    .map((l) => ({
      quarter: quarterOf(occurredOn(l, events)),
      hit: l.decisionRule === 'before',
    }));
  const detect: Item[] = events.flatMap((e) =>
    e.detected
      ? [{ quarter: quarterOf(startOf(e)), value: daysBetween(startOf(e), e.detected) }]
      : [],
  );
  const contain: Item[] = events.flatMap((e) =>
    e.detected && e.contained
      ? [{ quarter: quarterOf(startOf(e)), value: daysBetween(e.detected, e.contained) }]
      : [],
  );
  const repeated = repeatedLessons(facts);
  const repeat = [...trapLessonsByQuarter(facts)].flatMap(([quarter, inQuarter]) =>
    inQuarter.map((l) => ({ quarter, hit: repeated.has(l.id) })),
  );
  const seen = [...firstLesson, ...closure, ...experiments, ...detect, ...contain, ...repeat]
    .map((i) => i.quarter)
    .sort();
  const quarters = seen.length ? quartersBetween(seen[0] ?? '', quarterOf(today)) : [];
  return [
    {
      key: 'first-lesson',
      unit: 'days',
      better: 'lower',
      figures: quarters.map(medians(firstLesson)),
    },
    { key: 'closure', unit: 'share', better: 'higher', figures: quarters.map(shares(closure)) },
    {
      key: 'decision-rule',
      unit: 'share',
      better: 'higher',
      figures: quarters.map(shares(experiments)),
    },
    { key: 'detect', unit: 'days', better: 'lower', figures: quarters.map(medians(detect)) },
    { key: 'contain', unit: 'days', better: 'lower', figures: quarters.map(medians(contain)) },
    { key: 'repeat', unit: 'share', better: 'lower', figures: quarters.map(shares(repeat)) },
  ];
}
