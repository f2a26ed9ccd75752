import { describe, expect, it } from 'vitest';
import { entryPage } from '../../src/page-data/entry.ts';
import { eventPage } from '../../src/page-data/event.ts';
import { lessonPage } from '../../src/page-data/lesson.ts';
import { patternPage } from '../../src/page-data/pattern.ts';
import { trapPage } from '../../src/page-data/trap.ts';
import {
  action,
  author,
  day,
  event,
  inputsFrom,
  lesson,
  pattern,
  tag,
  trap,
} from '../helpers/library.ts';

// A small library: two patterns, two traps, one event with three lessons through two lenses, one lesson without.
const LIBRARY = [
  author('ana', 'Ana López'),
  author('ben', 'Ben Okoro'),
  tag('retro', 'Retrospectives'),
  pattern('alpha', 'Alpha Pattern', {
    confidence: 3,
    counters: ['first-trap'],
    relations: [{ type: 'refines', pattern: 'beta' }],
  }),
  pattern('beta', 'Beta Pattern', { confidence: 1 }),
  trap('first-trap', 'First Trap', { counter_moves: ['beta'] }),
  trap('second-trap', 'Second Trap', { counter_moves: ['alpha'] }),
  event('launch', 'Big Launch'),
  lesson('one', 'Lesson One', {
    event: 'launch',
    patterns: ['alpha'],
    traps: ['first-trap'],
    reviewers: ['ben'],
    actions: [action('Write the launch checklist.', '2026-04-01')],
    published: '2026-03-01',
  }),
  lesson('two', 'Lesson Two', {
    event: 'launch',
    lens: 'execution-process',
    authors: ['ben'],
    patterns: ['alpha'],
    published: '2026-03-05',
  }),
  lesson('three', 'Lesson Three', { event: 'launch', published: '2026-03-07' }),
  lesson('four', 'Lesson Four', { published: '2026-03-09' }),
];

const BEFORE_DUE = day('2026-03-20');
const AFTER_DUE = day('2026-05-01');
const titles = (cards: { title: string }[]) => cards.map((c) => c.title);

describe('a pattern page', () => {
  it('shows its title, when to use it, what it counters and its relations read from both ends', async () => {
    const inputs = await inputsFrom(LIBRARY, BEFORE_DUE);
    const page = patternPage(inputs, 'alpha');
    expect(page.card.title).toBe('Alpha Pattern');
    expect(page.useWhen).toBe('Use Alpha Pattern when a team repeats a failure.');
    expect(page.counters).toEqual([
      { id: 'first-trap', title: 'First Trap' },
      { id: 'second-trap', title: 'Second Trap' },
    ]);
    expect(page.relations).toEqual([{ label: 'Refines', id: 'beta', title: 'Beta Pattern' }]);
    expect(patternPage(inputs, 'beta').relations).toEqual([
      { label: 'Refined by', id: 'alpha', title: 'Alpha Pattern' },
    ]);
  });

  it('lists the lessons that cite it, newest first, with why each is there', async () => {
    const page = patternPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'alpha');
    const citing = page.aside.find((list) => list.title === 'Lessons that cite it');
    expect(titles(citing!.cards)).toEqual(['Lesson Two', 'Lesson One']);
    expect(citing!.notes).toEqual({ one: 'Cites this pattern', two: 'Cites this pattern' });
    expect(page.outline[0]).toEqual({ slug: 'at-a-glance', text: 'At a glance' });
    expect(page.outline.map((s) => s.text)).toContain('Context');
  });

  it('says how often a counter move is cited on a trap page, and who reviewed an entry', async () => {
    const inputs = await inputsFrom(LIBRARY, BEFORE_DUE);
    const moves = trapPage(inputs, 'second-trap').aside.find((l) => l.title === 'Counter moves');
    expect(moves!.notes).toEqual({ alpha: 'Counters this trap · 2 lessons cite it' });
    expect(lessonPage(inputs, 'one').reviewers).toEqual([{ id: 'ben', name: 'Ben Okoro' }]);
  });

  it('links its source and dates its last change from the git history it is given', async () => {
    const history = new Map([
      [
        'content/patterns/alpha.mdx',
        { first: day('2026-01-10'), last: day('2026-02-02'), commits: 3 },
      ],
    ]);
    const page = patternPage(await inputsFrom(LIBRARY, BEFORE_DUE, history), 'alpha');
    expect(page.provenance.lastChanged).toEqual(day('2026-02-02'));
    expect(page.provenance.commits).toBe(3);
    expect(page.provenance.historyUrl).toMatch(/\/commits\/[^/]+\/content\/patterns\/alpha\.mdx$/);
  });
});

describe('a trap page', () => {
  it('shows its counter moves and the lessons that fell into it', async () => {
    const page = trapPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'first-trap');
    expect(page.card.title).toBe('First Trap');
    expect(page.counterMoves).toEqual([
      { id: 'beta', title: 'Beta Pattern' },
      { id: 'alpha', title: 'Alpha Pattern' },
    ]);
    const fell = page.aside.find((list) => list.title === 'Lessons that fell into it');
    expect(titles(fell!.cards)).toEqual(['Lesson One']);
    expect(page.cameBack).toEqual([]);
    expect(page.outline.map((s) => s.text)).not.toContain('Came back after a fix');
  });

  it('says when it caught a lesson again after a fix against it was verified', async () => {
    const verified = action('Add a second reviewer.', '2026-03-10', {
      status: 'done',
      counters: ['first-trap'],
      outcome: { date: '2026-03-12', text: 'The next launch had a second reviewer.' },
    });
    const library = [
      ...LIBRARY.filter((s) => s.id !== 'one'),
      lesson('one', 'Lesson One', {
        traps: ['first-trap'],
        actions: [verified],
        published: '2026-03-01',
      }),
      lesson('again', 'Lesson Again', { traps: ['first-trap'], published: '2026-04-01' }),
    ];
    const page = trapPage(await inputsFrom(library, AFTER_DUE), 'first-trap');
    expect(page.cameBack.map((c) => [c.lesson.title, c.fixes.map((f) => f.fixedBy.title)])).toEqual(
      [['Lesson Again', ['Lesson One']]],
    );
    expect(page.outline.map((s) => s.text)).toContain('Came back after a fix');
  });
});

describe('a lesson page', () => {
  it('puts its short version first and names its event', async () => {
    const page = lessonPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'one');
    expect(page.shortVersion.map((part) => ('html' in part ? part.html : '')).join('')).toContain(
      'The story of Lesson One.',
    );
    expect(page.body.map((part) => ('html' in part ? part.html : '')).join('')).not.toContain(
      'The story of Lesson One.',
    );
    expect(page.outline.map((s) => s.text)).toEqual([
      'The short version',
      'The four questions',
      'Timeline',
      'The personal lesson',
      'Actions',
    ]);
    expect(page.event).toEqual({ id: 'launch', title: 'Big Launch' });
  });

  it('calls an action overdue only once the build date is past its date', async () => {
    expect(lessonPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'one').actions[0]!.overdue).toBe(
      false,
    );
    expect(lessonPage(await inputsFrom(LIBRARY, AFTER_DUE), 'one').actions[0]!.overdue).toBe(true);
  });

  it('lists the other lessons of its event with the lens each looked through', async () => {
    const page = lessonPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'one');
    const more = page.aside.find((list) => list.title === 'More from this event');
    expect(titles(more!.cards)).toEqual(['Lesson Three', 'Lesson Two']);
    expect(more!.notes).toEqual({
      three: 'Same event, same lens',
      two: 'Same event, Execution & process lens',
    });
    const cites = page.aside.find((list) => list.title === 'Patterns it cites');
    expect(cites!.notes).toEqual({ alpha: 'Cited here · 2 lessons cite it' });
  });

  it('has no list of an event for a lesson without one', async () => {
    const page = lessonPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'four');
    expect(page.event).toBeUndefined();
    expect(page.aside.map((list) => list.title)).not.toContain('More from this event');
  });
});

describe('an event page', () => {
  it('shows its lessons by lens, every lens it was examined through', async () => {
    const page = eventPage(await inputsFrom(LIBRARY, BEFORE_DUE), 'launch');
    expect(page.lessons.total).toBe(3);
    expect(page.lessons.empty).toBeUndefined();
    expect(page.byLens.map((lens) => [lens.label, titles(lens.cards)])).toEqual([
      ['User & assumptions', ['Lesson Three', 'Lesson One']],
      ['Execution & process', ['Lesson Two']],
    ]);
    const cited = page.aside.find((list) => list.cards.some((c) => c.title === 'Alpha Pattern'));
    expect(cited!.notes).toMatchObject({ alpha: expect.stringContaining('2') });
  });
});

describe('entryPage', () => {
  it("builds each kind's page with that kind's builder", async () => {
    const inputs = await inputsFrom(LIBRARY, BEFORE_DUE);
    expect(entryPage(inputs, 'patterns', 'alpha').counters).toHaveLength(2);
    expect(entryPage(inputs, 'lessons', 'one').event?.title).toBe('Big Launch');
    expect(entryPage(inputs, 'events', 'launch').kind).toBe('events');
  });
});
