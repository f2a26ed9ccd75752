import { describe, expect, it } from 'vitest';
import type { FacetGroup } from '../../src/view/search-facets.ts';
import {
  activeFilters,
  isActive,
  paramsFromState,
  stateFromParams,
  toggleFilter,
  withEarlyInput,
  EMPTY_STATE,
} from '../../src/islands/search/search-state.ts';
import { invitation, resultSummary } from '../../src/islands/search/search-summary.ts';

const groups: FacetGroup[] = [
  {
    key: 'type',
    legend: 'Type',
    options: [
      { value: 'pattern', label: 'Pattern', count: 3 },
      { value: 'lesson', label: 'Lesson', count: 2 },
    ],
  },
  { key: 'tag', legend: 'Tag', options: [{ value: 'retro', label: 'Retrospectives', count: 4 }] },
];

describe('search state in the URL', () => {
  it('reads the query, checked facets and sort from a shared link', () => {
    const state = stateFromParams(
      new URLSearchParams('q=blame&type=lesson&type=pattern&tag=retro&sort=date'),
      groups,
    );
    expect(state).toEqual({
      q: 'blame',
      filters: { type: ['lesson', 'pattern'], tag: ['retro'] },
      sort: 'date',
    });
  });

  it('ignores facets and values the library does not have, so a stale link cannot hide every result', () => {
    const state = stateFromParams(
      new URLSearchParams('tag=gone&colour=red&type=lesson&type=lesson&sort=oldest'),
      groups,
    );
    expect(state).toEqual({ q: '', filters: { type: ['lesson'] }, sort: 'relevance' });
  });

  it('writes the same state back in a stable order, leaving out what is empty', () => {
    const state = {
      q: 'blame',
      filters: { tag: ['retro'], type: ['lesson', 'pattern'] },
      sort: 'date' as const,
    };
    expect(paramsFromState(state, groups).toString()).toBe(
      'q=blame&type=pattern&type=lesson&tag=retro&sort=date',
    );
    expect(paramsFromState(EMPTY_STATE, groups).toString()).toBe('');
    expect(stateFromParams(paramsFromState(state, groups), groups)).toEqual({
      ...state,
      filters: { type: ['pattern', 'lesson'], tag: ['retro'] },
    });
  });
});

describe('facet changes', () => {
  it('checks a value, then unchecks it and forgets the facet', () => {
    const checked = toggleFilter(EMPTY_STATE, 'type', 'lesson');
    expect(checked.filters).toEqual({ type: ['lesson'] });
    expect(toggleFilter(checked, 'type', 'lesson').filters).toEqual({});
  });

  it('lists the checked values with their legends and labels, for chips and suggestions', () => {
    const state = toggleFilter(toggleFilter(EMPTY_STATE, 'tag', 'retro'), 'type', 'lesson');
    expect(activeFilters(state, groups)).toEqual([
      { key: 'type', legend: 'Type', value: 'lesson', label: 'Lesson' },
      { key: 'tag', legend: 'Tag', value: 'retro', label: 'Retrospectives' },
    ]);
  });

  it('counts a search as active once there are words or a checked facet, but not blank space', () => {
    expect(isActive({ ...EMPTY_STATE, q: '   ' })).toBe(false);
    expect(isActive({ ...EMPTY_STATE, q: 'x' })).toBe(true);
    expect(isActive(toggleFilter(EMPTY_STATE, 'tag', 'retro'))).toBe(true);
  });
});

describe('what the page says', () => {
  it('announces the count with the words, the filters and the order', () => {
    const state = {
      q: ' blame ',
      filters: { type: ['lesson'], tag: ['retro', 'metrics'] },
      sort: 'date' as const,
    };
    expect(resultSummary(4, state)).toBe('4 results for “blame” with 3 filters, newest first');
    expect(resultSummary(1, { ...EMPTY_STATE, q: 'alpha' })).toBe('1 result for “alpha”');
    expect(resultSummary(0, toggleFilter(EMPTY_STATE, 'type', 'lesson'))).toBe(
      'No results with 1 filter',
    );
  });

  it('invites a search with what the library holds, authors counted apart', () => {
    expect(invitation(groups)).toMatch(/^5 entries and 0 author profiles to search\./);
    const withAuthors = [
      {
        ...groups[0]!,
        options: [...groups[0]!.options, { value: 'author', label: 'Author', count: 3 }],
      },
    ];
    expect(invitation(withAuthors)).toMatch(/^5 entries and 3 author profiles/);
  });
});

describe('input from before the page came to life', () => {
  it('adds to the state in the URL instead of replacing it', () => {
    const fromUrl = { q: 'blame', filters: { type: ['lesson'] }, sort: 'relevance' as const };
    const early = { q: '', filters: { type: ['pattern'], tag: ['retro'] }, sort: 'date' as const };
    expect(withEarlyInput(fromUrl, early)).toEqual({
      q: 'blame',
      filters: { type: ['lesson', 'pattern'], tag: ['retro'] },
      sort: 'date',
    });
    expect(withEarlyInput(fromUrl, { ...EMPTY_STATE, q: 'gamma' }).q).toBe('gamma');
  });
});
