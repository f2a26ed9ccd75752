import { describe, expect, it } from 'vitest';
import { digestFor, digestMonths } from '../../src/domain/learning-loop/digest.ts';
import { evidenceFor, isThin, overclaims } from '../../src/domain/learning-loop/evidence.ts';
import type { LibraryFacts } from '../../src/domain/learning-loop/facts.ts';
import {
  allActions,
  onTimeClosure,
  overdueActions,
} from '../../src/domain/learning-loop/follow-through.ts';
import { computeHealth, median, monthsBetween } from '../../src/domain/learning-loop/health.ts';
import { countKnownUses } from '../../src/domain/learning-loop/known-uses.ts';
import { parseBody } from '../../src/markdown/parse.ts';
import { actionFacts as action, day as d, lessonFacts as lesson } from '../helpers/loop-facts.ts';

const knownUses = (body: string) => {
  const parsed = parseBody(body);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return countKnownUses(parsed.tree);
};

// A small library with known answers, including the edge cases: a lesson with no actions,
// an action without a date, an event with a single lesson, an event with none.
const facts: LibraryFacts = {
  events: [
    { id: 'launch', title: 'The Launch', date: d('2026-01-01') },
    { id: 'pilot', title: 'The Pilot', date: d('2026-02-01') },
    { id: 'quiet', title: 'The Quiet One', date: d('2026-02-10') },
  ],
  patterns: [
    { id: 'p-strong', title: 'Strong', confidence: 3, knownUses: 1 },
    { id: 'p-claim', title: 'Claim', confidence: 2, knownUses: 0 },
    { id: 'p-new', title: 'New', confidence: 1, knownUses: 0 },
  ],
  traps: [
    { id: 't-old', title: 'Old trap' },
    { id: 't-new', title: 'New trap' },
  ],
  lessons: [
    lesson('a', '2026-01-11', {
      event: 'launch',
      patterns: ['p-strong'],
      traps: ['t-old'],
      actions: [
        action('2026-02-01', 'done', '2026-02-20'),
        action('2026-02-01', 'done', '2026-03-15'),
      ],
    }),
    lesson('b', '2026-01-21', {
      event: 'launch',
      patterns: ['p-strong'],
      lens: 'other',
      actions: [action('2026-03-01'), action(undefined)],
    }),
    lesson('c', '2026-03-03', {
      event: 'pilot',
      patterns: ['p-strong'],
      traps: ['t-new', 't-old'],
      failureKind: 'experiment',
      actions: [action('2026-04-01', 'dropped', '2026-03-20'), action('2026-12-01')],
    }),
    lesson('d', '2026-03-20', { patterns: ['p-strong'] }),
  ],
};
const today = d('2026-06-01');

describe('evidence', () => {
  it('counts distinct events, unattached lessons and known uses as independent instances', () => {
    const e = evidenceFor(facts.patterns[0]!, facts.lessons);
    expect(e).toEqual({
      lessons: ['a', 'b', 'c', 'd'],
      events: ['launch', 'pilot'],
      unattached: 1,
      knownUses: 1,
      instances: 4,
      needed: 3,
    });
    expect(overclaims(e)).toBe(false);
    expect(isThin(e)).toBe(true);
  });

  it('finds a claim beyond its evidence, and none for an emerging pattern', () => {
    expect(overclaims(evidenceFor(facts.patterns[1]!, facts.lessons))).toBe(true);
    expect(overclaims(evidenceFor(facts.patterns[2]!, facts.lessons))).toBe(false);
  });

  it('counts known uses as list items, or else as paragraphs that open with a bold name', () => {
    expect(knownUses('## Known uses\n\n- one\n- two\n\n## Vitality\n\n- not this')).toBe(2);
    expect(
      knownUses('## Known uses\n\nAn intro.\n\n**Team A.** Used it.\n\n**Team B.** Too.\n'),
    ).toBe(2);
    expect(knownUses('## Context\n\nNo known uses here.')).toBe(0);
  });
});

describe('follow-through', () => {
  it('lists planned actions past their date, oldest first, never an undated, done, dropped or future one', () => {
    const overdue = overdueActions(facts.lessons, today);
    expect(overdue.map((o) => [o.lesson, o.action.by?.toISOString().slice(0, 10)])).toEqual([
      ['b', '2026-03-01'],
    ]);
  });

  it('shares actions done within 30 days of their date among those due', () => {
    // Due by today and not dropped: a's two and b's dated one. Only a's first was done within 30 days.
    expect(onTimeClosure(facts.lessons, today)).toEqual({ closed: 1, due: 3, share: 1 / 3 });
    expect(onTimeClosure([lesson('x', '2026-01-01')], today)).toEqual({
      closed: 0,
      due: 0,
      share: undefined,
    });
    expect(allActions(facts.lessons)).toHaveLength(6);
  });
});

describe('health', () => {
  const health = computeHealth(facts, today, {
    failureKinds: { avoidable: 'Avoidable', inherent: 'Inherent', experiment: 'Experiment' },
    lenses: { business: 'Business', other: 'Other' },
  });

  it('counts lessons per month up to the build’s month, with empty months kept as zero', () => {
    expect(health.lessonsPerMonth.map((m) => [m.key, m.value])).toEqual([
      ['2026-01', 2],
      ['2026-02', 0],
      ['2026-03', 2],
      ['2026-04', 0],
      ['2026-05', 0],
      ['2026-06', 0],
    ]);
  });

  it('takes the median of days from each event to its first lesson, skipping events without one', () => {
    expect(health.daysToFirstLesson.map((x) => [x.key, x.value])).toEqual([
      ['launch', 10],
      ['pilot', 30],
    ]);
    expect(health.medianDaysToFirstLesson).toBe(20);
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
  });

  it('tallies failure kinds and lenses, keeping kinds nobody used', () => {
    expect(health.byFailureKind.map((c) => [c.key, c.value])).toEqual([
      ['avoidable', 3],
      ['inherent', 0],
      ['experiment', 1],
    ]);
    expect(health.byLens.map((c) => [c.key, c.value])).toEqual([
      ['business', 3],
      ['other', 1],
    ]);
  });

  it('ranks the most-cited patterns and most-hit traps, and lists thin evidence weakest first', () => {
    expect(health.mostCitedPatterns).toEqual([{ key: 'p-strong', label: 'Strong', value: 4 }]);
    expect(health.mostHitTraps.map((c) => [c.key, c.value])).toEqual([
      ['t-old', 2],
      ['t-new', 1],
    ]);
    expect(health.thinPatterns.map((p) => p.id)).toEqual(['p-claim', 'p-new', 'p-strong']);
  });

  it('walks months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});

describe('monthly digest', () => {
  it('reports each month with something in it, newest first', () => {
    expect(digestMonths(facts)).toEqual(['2026-03', '2026-02', '2026-01']);
  });

  it('gathers new lessons, completed actions, strengthened patterns and traps seen for the first time', () => {
    const march = digestFor(facts, '2026-03');
    expect(march.newLessons).toEqual(['c', 'd']);
    expect(march.completedActions.map((a) => a.lesson)).toEqual(['a']);
    expect(march.strengthenedPatterns).toEqual([{ id: 'p-strong', added: 2, total: 4 }]);
    expect(march.newlySeenTraps).toEqual(['t-new']);
    expect(digestFor(facts, '2026-01').newlySeenTraps).toEqual(['t-old']);
  });
});
