import { describe, expect, it } from 'vitest';
import { digestFor } from '../../src/domain/learning-loop/digest.ts';
import type { LibraryFacts } from '../../src/domain/learning-loop/facts.ts';
import {
  daysBetween,
  occurredOn,
  quarterOf,
  quartersBetween,
} from '../../src/domain/learning-loop/facts.ts';
import { isOverdue, overdueActions } from '../../src/domain/learning-loop/follow-through.ts';
import { cameBack, recurrences, recurrencesOf } from '../../src/domain/learning-loop/recurrence.ts';
import { awaitingRevisit } from '../../src/domain/learning-loop/revisits.ts';
import { computeTrends, type Trend } from '../../src/domain/learning-loop/trends.ts';
import { layoutBars } from '../../src/view/charts.ts';
import { trendBars } from '../../src/view/trends.ts';
import { actionFacts as action, day as d, lessonFacts as lesson } from '../helpers/loop-facts.ts';

// A library with known answers: one verified fix against t-a that a later failure fell into anyway,
// a failure before the fix (no recurrence), a dropped "fix" (never one), three experiments and timed events.
const facts: LibraryFacts = {
  events: [
    {
      id: 'first',
      title: 'First',
      date: d('2026-01-10'),
      started: d('2026-01-05'),
      detected: d('2026-01-08'),
      contained: d('2026-01-09'),
    },
    // No `started`: the failure starts on its date.
    {
      id: 'second',
      title: 'Second',
      date: d('2026-05-02'),
      detected: d('2026-05-06'),
      contained: d('2026-05-16'),
    },
    // Noticed, never contained.
    {
      id: 'third',
      title: 'Third',
      date: d('2026-08-01'),
      started: d('2026-07-20'),
      detected: d('2026-07-30'),
    },
  ],
  patterns: [],
  traps: [
    { id: 't-a', title: 'Trap A' },
    { id: 't-b', title: 'Trap B' },
  ],
  lessons: [
    lesson('fix', '2026-01-20', {
      event: 'first',
      traps: ['t-a'],
      actions: [
        action('2026-02-15', 'done', '2026-03-01', ['t-a']),
        action('2026-03-01', 'planned', undefined, ['t-a']),
      ],
    }),
    lesson('drop', '2026-01-25', {
      actions: [action('2026-02-01', 'dropped', '2026-02-02', ['t-b'])],
    }),
    // Its failure (its publication: no event) came before the fix was done.
    lesson('before', '2026-02-01', { traps: ['t-a'] }),
    lesson('again', '2026-05-20', {
      event: 'second',
      traps: ['t-a', 't-b'],
      revisited: [{ date: d('2026-06-25'), note: 'Six weeks on, the new check runs weekly.' }],
      actions: [action('2026-09-15', 'planned'), action('2026-09-16', 'planned')],
    }),
    lesson('exp1', '2026-08-10', {
      event: 'third',
      failureKind: 'experiment',
      decisionRule: 'before',
    }),
    lesson('exp2', '2026-08-16', { failureKind: 'experiment', decisionRule: 'after' }),
    lesson('exp3', '2026-08-17', { failureKind: 'experiment' }),
  ],
};
// Built late in the afternoon: day counts must not depend on the hour.
const today = new Date('2026-09-15T17:30:00Z');

describe('calendar days', () => {
  it('count days by the calendar, whatever the hour of the build', () => {
    expect(daysBetween(d('2026-09-14'), today)).toBe(1);
    expect(daysBetween(d('2026-09-15'), today)).toBe(0);
    expect(daysBetween(d('2026-11-30'), new Date('2026-12-01T23:59:00Z'))).toBe(1);
  });

  it('make an action due today overdue only from tomorrow', () => {
    expect(isOverdue(action('2026-09-15', 'planned'), today)).toBe(false);
    expect(isOverdue(action('2026-09-14', 'planned'), today)).toBe(true);
    expect(overdueActions(facts.lessons, today).map((o) => o.action.by)).toEqual([d('2026-03-01')]);
  });

  it('name quarters and walk them across a year end', () => {
    expect(quarterOf(d('2026-03-31'))).toBe('2026-Q1');
    expect(quarterOf(d('2026-04-01'))).toBe('2026-Q2');
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
  });
});

describe('recurrence', () => {
  it('finds the lesson caught by a trap after another lesson’s action against it was verified done', () => {
    expect(recurrences(facts)).toEqual([
      {
        trap: 't-a',
        lesson: {
          id: 'again',
          title: 'AGAIN',
          published: d('2026-05-20'),
          occurred: d('2026-05-02'),
          fromEvent: true,
        },
        fixedBy: { id: 'fix', title: 'FIX' },
        action: { index: 1, what: 'Action due 2026-02-15.', done: d('2026-03-01') },
      },
    ]);
  });

  it('ignores failures before the fix, planned and dropped actions, and the fixing lesson itself', () => {
    expect(recurrencesOf(facts, 't-b')).toEqual([]);
    expect(recurrences(facts).map((r) => r.lesson.id)).not.toContain('before');
    expect(occurredOn(facts.lessons[2]!, facts.events)).toEqual(d('2026-02-01'));
    // The fix itself, caught by its own trap, is no recurrence.
    expect(recurrences(facts).map((r) => r.lesson.id)).not.toContain('fix');
  });

  it('groups a trap’s recurrences by the lesson caught again', () => {
    const twoFixes: LibraryFacts = {
      ...facts,
      lessons: [
        ...facts.lessons,
        lesson('fix2', '2026-02-10', {
          actions: [action('2026-03-10', 'done', '2026-04-01', ['t-a'])],
        }),
      ],
    };
    const grouped = cameBack(recurrencesOf(twoFixes, 't-a'));
    expect(grouped.map((g) => [g.lesson.id, g.fixes.map((f) => f.fixedBy.id)])).toEqual([
      ['again', ['fix', 'fix2']],
    ]);
  });
});

describe('revisits', () => {
  it('lists lessons 30 calendar days old or more without a revisit, longest waiting first', () => {
    expect(awaitingRevisit(facts.lessons, today).map((l) => [l.lesson, l.days])).toEqual([
      ['fix', 238],
      ['drop', 233],
      ['before', 226],
      ['exp1', 36],
      ['exp2', 30],
    ]);
  });

  it('puts a month’s revisits and the recurrences published that month in its digest', () => {
    expect(digestFor(facts, '2026-06').revisits.map((r) => r.lesson)).toEqual(['again']);
    expect(digestFor(facts, '2026-05').recurrences.map((r) => r.lesson.id)).toEqual(['again']);
    expect(digestFor(facts, '2026-04').recurrences).toEqual([]);
  });
});

describe('learning KPIs per quarter', () => {
  const trends = computeTrends(facts, today);
  const trend = (key: Trend['key']) => trends.find((t) => t.key === key)!;
  const values = (key: Trend['key']) =>
    trend(key).figures.map((f) => [f.quarter, f.value, f.count, f.of]);

  it('span every quarter from the first with data to the build’s', () => {
    for (const t of trends)
      expect(t.figures.map((f) => f.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('take the median days from an event to its first lesson, by the event’s quarter', () => {
    expect(values('first-lesson')).toEqual([
      ['2026-Q1', 10, 1, undefined],
      ['2026-Q2', 18, 1, undefined],
      ['2026-Q3', 9, 1, undefined],
    ]);
  });

  it('share the actions due by today done within 30 days, by due quarter, dropped ones left out', () => {
    // Q1: the fix (on time) and its planned sibling; Q3: the action due today counts, tomorrow's does not.
    expect(values('closure')).toEqual([
      ['2026-Q1', 0.5, 1, 2],
      ['2026-Q2', undefined, 0, 0],
      ['2026-Q3', 0, 0, 1],
    ]);
  });

  it('share the experiments whose decision rule was declared before they ran', () => {
    expect(values('decision-rule')).toEqual([
      ['2026-Q1', undefined, 0, 0],
      ['2026-Q2', undefined, 0, 0],
      ['2026-Q3', 1 / 3, 1, 3],
    ]);
  });

  it('take the median days to detect and to contain, by the quarter the failure started', () => {
    expect(values('detect')).toEqual([
      ['2026-Q1', 3, 1, undefined],
      ['2026-Q2', 4, 1, undefined],
      ['2026-Q3', 10, 1, undefined],
    ]);
    expect(values('contain')).toEqual([
      ['2026-Q1', 1, 1, undefined],
      ['2026-Q2', 10, 1, undefined],
      ['2026-Q3', undefined, 0, undefined],
    ]);
  });

  it('share the lessons caught by a trap whose failure came after a verified fix', () => {
    expect(values('repeat')).toEqual([
      ['2026-Q1', 0, 0, 2],
      ['2026-Q2', 1, 1, 1],
      ['2026-Q3', undefined, 0, 0],
    ]);
  });

  it('print each quarter with its unit and what it was counted from, and no bar without data', () => {
    expect(trendBars(trend('closure')).map((b) => [b.label, b.text, b.detail])).toEqual([
      ['Q1 2026', '50%', '1 of 2 actions'],
      ['Q2 2026', 'no data', undefined],
      ['Q3 2026', '0%', '0 of 1 action'],
    ]);
    expect(trendBars(trend('detect'))[0]).toMatchObject({
      text: '3 days',
      detail: 'median of 1 event',
    });
    expect(layoutBars(trendBars(trend('closure')), { max: 1 }).map((b) => b.share)).toEqual([
      0.5, 0, 0,
    ]);
  });
});
