import { describe, expect, it } from 'vitest';
import { authorPage } from '../../src/page-data/author.ts';
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

const done = action('Run the pre-mortem.', '2026-03-10', {
  status: 'done',
  outcome: { date: '2026-03-11', text: 'The pre-mortem ran before the launch.' },
});

// Ana wrote a pattern, a trap, an event and three lessons (one featured, one action carried through); Cy wrote nothing.
const LIBRARY = [
  author('ana', 'Ana López', { featured: ['two'] }),
  author('cy', 'Cy Park'),
  tag('retro', 'Retrospectives'),
  pattern('alpha', 'Alpha Pattern'),
  trap('first-trap', 'First Trap', { counter_moves: ['alpha'] }),
  event('launch', 'Big Launch'),
  lesson('one', 'Lesson One', { actions: [done], published: '2026-03-01' }),
  lesson('two', 'Lesson Two', { published: '2026-03-05' }),
  lesson('three', 'Lesson Three', { published: '2026-03-09' }),
];

describe('an author page', () => {
  it('counts what the author did on the strip, leaving off what they did not', async () => {
    const page = authorPage(await inputsFrom(LIBRARY, day('2026-06-01')), 'ana');
    expect(page.record).toEqual([
      { count: 3, label: 'lessons' },
      { count: 1, label: 'pattern' },
      { count: 1, label: 'decision trap' },
      { count: 1, label: 'event analysed' },
      { count: 1, label: 'action carried through' },
    ]);
    expect(page.lessons).toBe(3);
  });

  it('cites an author of patterns and no lesson as a portfolio of what they wrote, keyed by their id', async () => {
    const inputs = await inputsFrom(
      [
        ...LIBRARY,
        author('olafur', 'Ólafur Þórsson'),
        pattern('beta', 'Beta Pattern', { authors: ['olafur'] }),
      ],
      day('2026-06-01'),
    );
    const page = authorPage(inputs, 'olafur');
    expect(page.citation).toMatchObject({
      title: 'Ólafur Þórsson: portfolio of patterns',
      authorIds: ['olafur'],
    });
  });

  it('leads with the featured lesson and does not list it again below', async () => {
    const page = authorPage(await inputsFrom(LIBRARY, day('2026-06-01')), 'ana');
    expect(page.featured.map((c) => c.title)).toEqual(['Lesson Two']);
    const lessons = page.sections.find(({ list }) => list.kind === 'lessons');
    expect(lessons!.cards.map((c) => c.title)).toEqual(['Lesson Three', 'Lesson One']);
    expect(page.skills.map((s) => s.skill)).toEqual([
      'the habit behind Lesson Three',
      'the habit behind Lesson Two',
      'the habit behind Lesson One',
    ]);
  });

  it('is current as of the newest entry, and cited as of the build date when there is none', async () => {
    const inputs = await inputsFrom(LIBRARY, day('2026-06-01'));
    const ana = authorPage(inputs, 'ana');
    expect(ana.asOf).toEqual(day('2026-03-09'));
    expect(ana.citation).toMatchObject({
      title: 'Ana López: portfolio of lessons',
      published: day('2026-03-09'),
    });
    expect(ana.permalink).toMatch(/\/authors\/ana\/$/);
    const cy = authorPage(inputs, 'cy');
    expect(cy.citation.title).toBe('Cy Park: portfolio of entries');
    expect(cy.asOf).toBeUndefined();
    expect(cy.citation.published).toEqual(day('2026-06-01'));
    expect(cy.sections).toEqual([]);
    expect(cy.record).toEqual([]);
  });
});
