import { describe, expect, it } from 'vitest';
import { counterMap, trapsByPlace } from '../../src/domain/counter-map.ts';
import { LibraryGraph, type GraphNode } from '../../src/domain/graph.ts';
import { linksOf } from '../../src/domain/frontmatter-links.ts';

const ref = <C extends GraphNode['collection']>(collection: C, id: string) => ({ collection, id });
const node = (
  collection: GraphNode['collection'],
  id: string,
  data: Record<string, unknown>,
): GraphNode => ({ collection, id, links: linksOf(data) });

// t1 is countered by p1 (its own counter move) and p2 (which claims it); two lessons fell into t1.
const graph = new LibraryGraph([
  node('patterns', 'p1', { counters: [] }),
  node('patterns', 'p2', { counters: [ref('traps', 't1')] }),
  node('traps', 't1', { counter_moves: [ref('patterns', 'p1')] }),
  node('traps', 't2', { counter_moves: [ref('patterns', 'p2')] }),
  node('lessons', 'l1', { patterns: [ref('patterns', 'p2')], traps: [ref('traps', 't1')] }),
  node('lessons', 'l2', {
    patterns: [ref('patterns', 'p1'), ref('patterns', 'p2')],
    traps: [ref('traps', 't1')],
  }),
  node('lessons', 'l3', { patterns: [ref('patterns', 'p2')], traps: [] }),
]);
const traps = [
  { id: 't1', kind: 'cognitive-bias' as const, shows_up_in: ['reviews', 'decisions'] as const },
  { id: 't2', kind: 'cognitive-bias' as const, shows_up_in: [] },
];

describe('the counter map', () => {
  it('links each trap to every pattern that counters it, with the lessons that fell in and cite it', () => {
    expect(counterMap(graph, traps)).toEqual([
      {
        trap: 't1',
        counters: [
          { pattern: 'p2', lessons: ['l1', 'l2'] },
          { pattern: 'p1', lessons: ['l2'] },
        ],
        lessons: ['l1', 'l2'],
      },
      // A lesson citing p2 without falling into t2 stands behind no link.
      { trap: 't2', counters: [{ pattern: 'p2', lessons: [] }], lessons: [] },
    ]);
  });

  it('groups traps by where their signs show up, in the vocabulary’s order, the unplaced last', () => {
    expect(trapsByPlace(traps)).toEqual([
      { place: 'decisions', traps: ['t1'] },
      { place: 'reviews', traps: ['t1'] },
      { place: null, traps: ['t2'] },
    ]);
  });
});
