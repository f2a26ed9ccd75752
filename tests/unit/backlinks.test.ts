import { describe, expect, it } from 'vitest';
import {
  backlinksOf,
  hasOwnPages,
  listUrl,
  moreFromEvent,
  previewGroups,
  previewOf,
} from '../../src/view/backlink-lists.ts';
import { LibraryGraph, type GraphNode } from '../../src/domain/graph.ts';
import { linksOf } from '../../src/domain/frontmatter-links.ts';

const ref = <C extends GraphNode['collection']>(collection: C, id: string) => ({ collection, id });
const node = (
  collection: GraphNode['collection'],
  id: string,
  data: Record<string, unknown>,
): GraphNode => ({ collection, id, links: linksOf(data) });
const lessons = ['l1', 'l2', 'l3', 'l4'];
const lenses: Record<string, string> = {
  l1: 'user-assumptions',
  l2: 'execution-process',
  l3: 'user-assumptions',
  l4: 'user-assumptions',
};
const graph = new LibraryGraph([
  node('patterns', 'p1', {
    related: [],
    counters: [ref('traps', 't1')],
    authors: [ref('authors', 'a1')],
    tags: [],
  }),
  node('traps', 't1', {
    counter_moves: [ref('patterns', 'p1')],
    authors: [ref('authors', 'a1')],
    tags: [],
  }),
  ...lessons.map((id) =>
    node('lessons', id, {
      event: ref('events', 'e1'),
      patterns: [ref('patterns', 'p1')],
      traps: [ref('traps', 't1')],
      authors: [ref('authors', 'a1')],
      tags: [],
    }),
  ),
]);
const lists = (owner: Parameters<typeof backlinksOf>[1], id: string) =>
  backlinksOf(graph, owner, id, { lensOf: (l) => lenses[l] ?? 'other' });

describe('backlinksOf', () => {
  it('lists what a pattern’s page shows, each with its own URL segment', () => {
    expect(lists('patterns', 'p1').map((l) => [l.slug, l.kind, l.ids])).toEqual([
      ['traps', 'traps', ['t1']],
      ['lessons', 'lessons', lessons],
      ['related', 'patterns', []],
    ]);
    expect(lists('patterns', 'p1')[1]?.fullTitle('Pre-mortem')).toBe(
      'Lessons that cite Pre-mortem',
    );
  });

  it('lists everything an author wrote, one list per kind', () => {
    expect(lists('authors', 'a1').map((l) => [l.slug, l.ids.length])).toEqual([
      ['lessons', 4],
      ['patterns', 1],
      ['traps', 1],
      ['events', 0],
    ]);
  });

  it('groups an event’s lessons by lens, every lens in vocabulary order, and counts what they cite', () => {
    const [byLens, patterns] = lists('events', 'e1');
    expect(byLens?.groups?.filter((g) => g.ids.length).map((g) => [g.id, g.ids])).toEqual([
      ['lens-user-assumptions', ['l1', 'l3', 'l4']],
      ['lens-execution-process', ['l2']],
    ]);
    expect(byLens?.ids).toEqual(byLens?.groups?.flatMap((g) => g.ids));
    expect(patterns?.notes).toEqual({ p1: 'cited by 4 lessons of this event' });
  });
});

describe('previews', () => {
  it('show the first few of a long list and link to the rest', () => {
    expect(previewOf(lessons, '/x/', 3)).toEqual({
      ids: ['l1', 'l2', 'l3'],
      total: 4,
      more: '/x/',
    });
    expect(previewOf(lessons, '/x/', 4)).toEqual({ ids: lessons, total: 4 });
    expect(hasOwnPages({ ids: lessons, preview: 3 })).toBe(true);
    expect(hasOwnPages({ ids: lessons, preview: 4 })).toBe(false);
    expect(listUrl('authors', 'a1', 'lessons')).toBe('/authors/a1/lessons/');
  });

  it('show a lesson’s event’s other lessons, never the lesson itself', () => {
    expect(moreFromEvent(graph, 'e1', 'l2')).toEqual({ ids: ['l1', 'l3', 'l4'], total: 3 });
    expect(moreFromEvent(graph, 'e2', 'l2')).toEqual({ ids: [], total: 0 });
  });

  it('take from every group in turn, so a busy group cannot crowd out a quiet one', () => {
    const groups = [
      { ids: ['a1', 'a2', 'a3', 'a4'] },
      { ids: [] },
      { ids: ['c1'] },
      { ids: ['d1', 'd2'] },
    ];
    expect(previewGroups(groups, 5).map((g) => g.shown)).toEqual([
      ['a1', 'a2'],
      [],
      ['c1'],
      ['d1', 'd2'],
    ]);
    expect(previewGroups(groups, 2).map((g) => g.shown)).toEqual([['a1'], [], ['c1'], []]);
    expect(previewGroups(groups, 20).map((g) => g.shown)).toEqual(groups.map((g) => g.ids));
  });
});
