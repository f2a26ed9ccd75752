import { describe, expect, it } from 'vitest';
import { LibraryGraph, type GraphNode } from '../../src/domain/graph.ts';
import { linksOf } from '../../src/domain/frontmatter-links.ts';

const ref = <C extends GraphNode['collection']>(collection: C, id: string) => ({ collection, id });
const node = (
  collection: GraphNode['collection'],
  id: string,
  data: Record<string, unknown>,
): GraphNode => ({ collection, id, links: linksOf(data) });

const graph = new LibraryGraph([
  node('patterns', 'p1', {
    related: [ref('patterns', 'p2')],
    counters: [ref('traps', 't1')],
    authors: [ref('authors', 'a1')],
    tags: [ref('tags', 'x')],
  }),
  node('patterns', 'p2', {
    related: [],
    counters: [],
    authors: [ref('authors', 'a2')],
    tags: [ref('tags', 'y')],
  }),
  node('traps', 't1', {
    counter_moves: [ref('patterns', 'p2')],
    authors: [ref('authors', 'a1')],
    tags: [ref('tags', 'x')],
  }),
  node('traps', 't2', {
    counter_moves: [ref('patterns', 'p1')],
    authors: [ref('authors', 'a2')],
    tags: [ref('tags', 'y')],
  }),
  node('events', 'e1', { authors: [ref('authors', 'a1')], tags: [ref('tags', 'x')] }),
  node('lessons', 'l2', {
    event: ref('events', 'e1'),
    patterns: [ref('patterns', 'p1'), ref('patterns', 'p2')],
    traps: [ref('traps', 't1')],
    authors: [ref('authors', 'a1'), ref('authors', 'a2')],
    tags: [ref('tags', 'x')],
  }),
  node('lessons', 'l1', {
    event: ref('events', 'e1'),
    patterns: [ref('patterns', 'p1')],
    traps: [ref('traps', 't1'), ref('traps', 't2')],
    authors: [ref('authors', 'a1')],
    tags: [ref('tags', 'y')],
  }),
  node('lessons', 'l3', {
    patterns: [],
    traps: [],
    authors: [ref('authors', 'a2')],
    tags: [ref('tags', 'y')],
  }),
]);

describe('LibraryGraph', () => {
  it('relates patterns in both directions', () => {
    expect(graph.relatedPatterns('p1')).toEqual(['p2']);
    expect(graph.relatedPatterns('p2')).toEqual(['p1']);
  });

  it('joins a pattern’s counters with the traps that name it as a counter move, without duplicates', () => {
    expect(graph.trapsCounteredBy('p1')).toEqual(['t1', 't2']);
    expect(graph.counterMovesFor('t1')).toEqual(['p2', 'p1']);
    expect(graph.counterMovesFor('t2')).toEqual(['p1']);
  });

  it('finds the lessons citing a pattern or falling into a trap, in the order given', () => {
    expect(graph.lessonsCiting('p1')).toEqual(['l2', 'l1']);
    expect(graph.lessonsFallingInto('t2')).toEqual(['l1']);
    expect(graph.lessonsCiting('nobody')).toEqual([]);
  });

  it('derives an event’s lessons, and the patterns and traps they cite, most cited first', () => {
    expect(graph.lessonsFrom('e1')).toEqual(['l2', 'l1']);
    expect(graph.citedByEvent('e1', 'patterns')).toEqual([
      { id: 'p1', count: 2 },
      { id: 'p2', count: 1 },
    ]);
    expect(graph.citedByEvent('e1', 'traps')).toEqual([
      { id: 't1', count: 2 },
      { id: 't2', count: 1 },
    ]);
  });

  it('groups everything an author wrote and everything a tag carries', () => {
    expect(graph.byAuthor('a1')).toEqual({
      patterns: ['p1'],
      traps: ['t1'],
      lessons: ['l2', 'l1'],
      events: ['e1'],
    });
    expect(graph.byAuthor('a2')).toEqual({
      patterns: ['p2'],
      traps: ['t2'],
      lessons: ['l2', 'l3'],
      events: [],
    });
    expect(graph.byTag('y')).toEqual({
      patterns: ['p2'],
      traps: ['t2'],
      lessons: ['l1', 'l3'],
      events: [],
    });
  });
  it('lists every neighbour of an entry once, whichever side wrote the link', () => {
    const keys = (collection: GraphNode['collection'], id: string) =>
      graph
        .neighbours(collection, id)
        .map((n) => `${n.collection}/${n.id}`)
        .sort();
    expect(keys('patterns', 'p1')).toEqual([
      'authors/a1',
      'lessons/l1',
      'lessons/l2',
      'patterns/p2',
      'tags/x',
      'traps/t1',
      'traps/t2',
    ]);
    expect(keys('authors', 'a2')).toEqual(['lessons/l2', 'lessons/l3', 'patterns/p2', 'traps/t2']);
    expect(keys('lessons', 'l3')).toEqual(['authors/a2', 'tags/y']);
  });
});

describe('linksOf', () => {
  it('turns every reference in an entry’s data into a link named by its field, ignoring other values', () => {
    expect(
      linksOf({
        title: 'x',
        event: ref('events', 'e1'),
        traps: [ref('traps', 't1')],
        questions: { gap: 'y' },
      }),
    ).toEqual([
      { field: 'event', collection: 'events', id: 'e1' },
      { field: 'traps', collection: 'traps', id: 't1' },
    ]);
  });
});
