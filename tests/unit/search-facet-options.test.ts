import { describe, expect, it } from 'vitest';
import type { FacetGroup } from '../../src/view/search-facets.ts';
import { facetsFor, matching, mostUsed } from '../../src/islands/search/facet-options.ts';
import { EMPTY_STATE, toggleFilter } from '../../src/islands/search/search-state.ts';

const option = (value: string, count: number) => ({
  value,
  label: value[0]!.toUpperCase() + value.slice(1),
  count,
});
const tags: FacetGroup = {
  key: 'tag',
  legend: 'Tag',
  options: [option('alpha', 1), option('beta', 5), option('gamma', 5), option('delta', 2)],
};
const types: FacetGroup = { key: 'type', legend: 'Type', options: [option('lesson', 3)] };

describe('facetsFor', () => {
  it('shows the library’s counts before any search', () => {
    expect(facetsFor([tags, types], null, EMPTY_STATE)).toEqual([tags, types]);
  });

  it('mid-search shows this search’s counts and drops values no result carries, unless ticked', () => {
    const state = toggleFilter(EMPTY_STATE, 'tag', 'alpha');
    const shown = facetsFor([tags, types], { tag: { beta: 2 }, type: {} }, state);
    expect(shown).toEqual([{ ...tags, options: [option('alpha', 0), option('beta', 2)] }]);
  });
});

describe('long facet lists', () => {
  it('fold to the values with most results, keeping ticked ones in view', () => {
    expect(mostUsed(tags.options, ['alpha'], 2).map((o) => o.value)).toEqual([
      'beta',
      'gamma',
      'alpha',
    ]);
  });

  it('open to every value, narrowed by what the reader types, whatever its case', () => {
    expect(matching(tags.options, '').map((o) => o.value)).toEqual([
      'alpha',
      'beta',
      'gamma',
      'delta',
    ]);
    expect(matching(tags.options, ' ELT ').map((o) => o.value)).toEqual(['delta']);
  });
});
