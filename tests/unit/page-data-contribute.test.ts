import { describe, expect, it } from 'vitest';
import { contributePage } from '../../src/page-data/contribute.ts';
import { sitePageProps } from '../../src/page-data/site-page.ts';
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

const LIBRARY = [
  author('ana', 'Ana López'),
  author('ben', 'Ben Okoro'),
  tag('retro', 'Retrospectives'),
  pattern('alpha', 'Alpha Pattern', { aliases: ['first-pattern'] }),
  trap('first-trap', 'First Trap', { counter_moves: ['alpha'] }),
  event('launch', 'Big Launch'),
  lesson('plain', 'Plain Lesson', { published: '2026-03-09' }),
  lesson('linked', 'Linked Lesson', {
    patterns: ['alpha'],
    traps: ['first-trap'],
    actions: [action('Write the checklist.', '2026-04-01')],
    published: '2026-03-01',
  }),
];

const TEMPLATE = `## What this adds

- [ ] Not the contributor's checklist.

## Sanitization checklist

- [ ] **People** appear only by role.
- [ ] **No secrets** anywhere.

## Reviewer

- [ ] Not this one either.
`;

describe('the contribute page', () => {
  it("offers the library's entries as choices and refuses slugs already taken, former ones too", async () => {
    const inputs = await inputsFrom(LIBRARY, day('2026-06-01'));
    const page = contributePage(inputs, 'pattern', TEMPLATE);
    expect(page.kind).toBe('pattern');
    expect(page.choices['authors']).toEqual([
      { value: 'ana', label: 'Ana López' },
      { value: 'ben', label: 'Ben Okoro' },
    ]);
    expect(page.choices['traps']).toEqual([{ value: 'first-trap', label: 'First Trap' }]);
    expect(page.takenSlugs).toEqual(['alpha', 'first-pattern']);
    expect(contributePage(inputs, 'lesson', TEMPLATE).takenSlugs).toEqual(['plain', 'linked']);
  });

  it("gives as its example of a link this library's most cited pattern, not the starting library's", async () => {
    const library = [
      ...LIBRARY,
      pattern('aardvark', 'Aardvark Drill'),
      pattern('downtime-drill', 'Downtime Drill'),
      lesson('drilled', 'Drilled Lesson', {
        patterns: ['downtime-drill'],
        published: '2026-03-02',
      }),
      lesson('drilled-again', 'Drilled Again', {
        patterns: ['downtime-drill'],
        published: '2026-03-03',
      }),
    ];
    const page = contributePage(await inputsFrom(library, day('2026-06-01')), 'lesson', TEMPLATE);
    expect(page.examplePattern).toEqual({ value: 'downtime-drill', label: 'Downtime Drill' });
    const none = await inputsFrom(
      [author('ana', 'Ana López'), tag('retro', 'Retrospectives')],
      day('2026-06-01'),
    );
    expect(contributePage(none, 'lesson', TEMPLATE).examplePattern).toBeUndefined();
  });

  it("asks the contributor to tick only the template's sanitization checklist", async () => {
    const page = contributePage(await inputsFrom(LIBRARY, day('2026-06-01')), 'lesson', TEMPLATE);
    expect(page.checklist).toEqual(['**People** appear only by role.', '**No secrets** anywhere.']);
    expect(page.repository).toMatch(/^https:\/\//);
  });
});

describe("the site pages' props", () => {
  it('show the writing guide a lesson with actions, a pattern and a trap before a newer plain one', async () => {
    const props = sitePageProps(await inputsFrom(LIBRARY, day('2026-06-01')));
    expect(props.authors).toBe(2);
    expect(props.example?.title).toBe('Linked Lesson');
    expect(props.example?.path).toBe('/lessons/linked/');
    expect(props.example?.pattern?.title).toBe('Alpha Pattern');
    expect(props.example?.trap?.title).toBe('First Trap');
    expect(props.failureKinds).toContain('avoidable');
  });
});
