import { describe, expect, it } from 'vitest';
import { authorsListPage, authorsListPaths } from '../../src/page-data/authors-list.ts';
import { backlinkListPage, backlinkListPaths } from '../../src/page-data/backlink-list.ts';
import { followUpsPage, followUpsPaths } from '../../src/page-data/follow-ups.ts';
import { healthPage } from '../../src/page-data/health.ts';
import { listPage, listPaths } from '../../src/page-data/list.ts';
import { showcasePage, showcasePaths } from '../../src/page-data/showcase.ts';
import { tagPage, tagPaths } from '../../src/page-data/tag.ts';
import type {
  BacklinkListProps,
  FollowUpsProps,
  ListProps,
  TagProps,
} from '../../src/page-data/types.ts';
import { PAGE_SIZE } from '../../src/view/pagination.ts';
import {
  action,
  author,
  day,
  inputsFrom,
  lesson,
  paginate,
  pattern,
  tag,
  trap,
  type EntrySource,
} from '../helpers/library.ts';

// More lessons than a page holds, all citing one pattern and carrying one tag; every fifth with an action due in April.
const MANY = PAGE_SIZE + 5;
const lessons = Array.from({ length: MANY }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return lesson(`lesson-${n}`, `Lesson ${n}`, {
    patterns: ['alpha'],
    tags: ['retro', 'metrics'],
    published: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    featured: i === 3,
    actions: i % 5 === 0 ? [action(`Follow up on lesson ${n}.`, '2026-04-01')] : [],
  });
});

const LIBRARY: EntrySource[] = [
  author('ana', 'Ana López'),
  author('cy', 'Cy Park'),
  tag('retro', 'Retrospectives'),
  tag('metrics', 'Metrics'),
  pattern('alpha', 'Alpha Pattern', { confidence: 3, tags: ['retro', 'metrics'] }),
  pattern('beta', 'Beta Pattern', { confidence: 1 }),
  pattern('gamma', 'Gamma Pattern', { confidence: 3, published: '2026-02-01' }),
  trap('first-trap', 'First Trap', { counter_moves: ['beta'] }),
  ...lessons,
];

const AS_OF = day('2026-05-01');

describe("a collection's list", () => {
  it('groups patterns by how established they are, most established first, newest first within', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const [first] = listPaths(inputs, 'patterns', paginate) as { props: ListProps }[];
    const page = listPage(inputs, 'patterns', first!.props);
    expect(page.sections.map((s) => [s.label, s.cards.map((c) => c.title)])).toEqual([
      ['Established', ['Gamma Pattern', 'Alpha Pattern']],
      ['Tested', []],
      ['Emerging', ['Beta Pattern']],
    ]);
    expect(page.sections[1]!.empty).toBe('No tested pattern yet.');
  });

  it('pages lessons newest first, a page at a time', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const paths = listPaths(inputs, 'lessons', paginate) as { props: ListProps }[];
    expect(paths).toHaveLength(2);
    const [first, second] = paths.map((path) => listPage(inputs, 'lessons', path.props));
    expect(first!.cards).toHaveLength(PAGE_SIZE);
    expect(second!.cards).toHaveLength(MANY - PAGE_SIZE);
    const dates = first!.cards.map((c) => c.published.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the authors index and the showcase', () => {
  it('says what each author wrote, and that an author with nothing has no entry yet', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const [first] = authorsListPaths(inputs, paginate) as { props: Pick<ListProps, 'page'> }[];
    expect(authorsListPage(inputs, first!.props).authors).toEqual([
      {
        href: expect.stringMatching(/\/authors\/ana\/$/),
        name: 'Ana López',
        role: 'Product manager',
        wrote: `${MANY} lessons · 3 patterns · 1 trap`,
      },
      expect.objectContaining({ name: 'Cy Park', wrote: 'No entry yet' }),
    ]);
  });

  it('shows only the featured lessons', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const [first] = showcasePaths(inputs, paginate) as { props: Pick<ListProps, 'page'> }[];
    expect(showcasePage(inputs, first!.props).cards.map((c) => c.title)).toEqual(['Lesson 04']);
  });
});

describe("a previewed list's own pages", () => {
  it('lists every lesson citing a pattern, in pages, with a trail back to the pattern', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const paths = backlinkListPaths(inputs, paginate) as {
      params: Record<string, string | undefined>;
      props: BacklinkListProps;
    }[];
    const citing = paths.filter(
      (p) => p.params['id'] === 'alpha' && p.params['list'] === 'lessons',
    );
    expect(citing.map((p) => p.params['page'])).toEqual([undefined, '2']);
    const page = backlinkListPage(inputs, citing[1]!.props);
    expect(page.list.fullTitle).toBe('Lessons that cite Alpha Pattern');
    expect(page.noun).toBe('lessons');
    expect(page.cards).toHaveLength(MANY - PAGE_SIZE);
    expect(page.sections).toBeUndefined();
    expect(page.trail.map((t) => t.label)).toEqual([
      'Home',
      'Patterns',
      'Alpha Pattern',
      'Lessons',
    ]);
    expect(page.ownerUrl).toMatch(/\/patterns\/alpha\/$/);
  });

  it('builds no pages for a list its owner shows whole', async () => {
    const paths = backlinkListPaths(await inputsFrom(LIBRARY, AS_OF), paginate) as {
      params: Record<string, string | undefined>;
    }[];
    expect(paths.filter((p) => p.params['id'] === 'first-trap')).toEqual([]);
  });
});

describe("a tag's page", () => {
  it('shows what carries the tag kind by kind, each with its count', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const paths = tagPaths(inputs, paginate) as {
      params: Record<string, string | undefined>;
      props: TagProps;
    }[];
    const metrics = paths.filter((p) => p.params['tag'] === 'metrics');
    expect(metrics).toHaveLength(2);
    const page = tagPage(inputs, metrics[0]!.props);
    expect(page.feed).toMatch(/\/tags\/metrics\/feed\.xml$/);
    expect(page.sections.map((s) => [s.label, s.qualifier, s.cards.length])).toEqual([
      ['Patterns', '(1)', 1],
      ['Decision traps', '(0)', 0],
      ['Lessons', `(${MANY})`, PAGE_SIZE - 1],
      ['Events', '(0)', 0],
    ]);
    expect(page.sections[1]!.empty).toBe('No decision traps carry this tag yet.');
  });
});

describe('the follow-ups', () => {
  it('lists the actions past their date as of the build date, with how late each is', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const [first] = followUpsPaths(inputs, paginate) as { props: FollowUpsProps }[];
    const page = followUpsPage(inputs, first!.props);
    expect(page.page.total).toBe(Math.ceil(MANY / 5));
    expect(page.lessons).toBe(Math.ceil(MANY / 5));
    expect(page.late[0]!.daysLate).toBe(30);
    expect(page.date).toEqual(AS_OF);
  });

  it('has nothing overdue before the actions are due', async () => {
    const inputs = await inputsFrom(LIBRARY, day('2026-03-31'));
    const [first] = followUpsPaths(inputs, paginate) as { props: FollowUpsProps }[];
    expect(followUpsPage(inputs, first!.props).late).toEqual([]);
  });

  it('lists the lessons awaiting a look back on its first page only', async () => {
    const inputs = await inputsFrom(LIBRARY, AS_OF);
    const props = (followUpsPaths(inputs, paginate) as { props: FollowUpsProps }[])[0]!.props;
    const first = followUpsPage(inputs, props);
    expect(first.unrevisited.length).toBeGreaterThan(0);
    expect(first.revisits).toEqual(first.unrevisited.slice(0, PAGE_SIZE));
    const later = followUpsPage(inputs, { ...props, page: { ...props.page, currentPage: 2 } });
    expect(later.revisits).toEqual([]);
  });
});

describe('the health page', () => {
  it('counts lessons and ranks the most-cited patterns in a table that links them', async () => {
    const page = healthPage(await inputsFrom(LIBRARY, AS_OF));
    expect(page.lessons).toBe(MANY);
    const cited = page.counts.find((table) => table.id === 'most-cited');
    expect(cited!.headers).toEqual(['Pattern', 'Lessons citing it']);
    expect(cited!.rows).toEqual([
      { href: expect.stringMatching(/\/patterns\/alpha\/$/), label: 'Alpha Pattern', value: MANY },
    ]);
    expect(page.counts.find((table) => table.id === 'most-hit')!.rows).toEqual([]);
  });
});
