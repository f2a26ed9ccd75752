import { describe, expect, it } from 'vitest';
import {
  groupsOnPage,
  layOutGroups,
  pageSuffix,
  pageUrl,
  pagerItems,
  type PagerItem,
} from '../../src/view/pagination.ts';

const labels = (items: PagerItem[]) =>
  items.map((item) => ('gap' in item ? '…' : item.current ? `[${item.page}]` : String(item.page)));

describe('pageUrl', () => {
  it('keeps page 1 at the list URL and numbers the others below it', () => {
    expect(pageUrl('/lessons/', 1)).toBe('/lessons/');
    expect(pageUrl('/lessons/', 2)).toBe('/lessons/2/');
    expect(pageUrl('/tags/retro', 3)).toBe('/tags/retro/3/');
  });
});

describe('pagerItems', () => {
  it('lists every page of a short list', () => {
    expect(labels(pagerItems(2, 4, '/lessons/'))).toEqual(['1', '[2]', '3', '4']);
  });

  it('shows the ends and the pages around the current one, with gaps between', () => {
    expect(labels(pagerItems(50, 200, '/lessons/'))).toEqual([
      '1',
      '…',
      '48',
      '49',
      '[50]',
      '51',
      '52',
      '…',
      '200',
    ]);
  });

  it('shows a single missing page instead of a gap that would hide only it', () => {
    expect(labels(pagerItems(5, 9, '/lessons/'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '[5]',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('links each page to its URL', () => {
    const items = pagerItems(1, 3, '/tags/retro/').filter(
      (item): item is Exclude<PagerItem, { gap: true }> => !('gap' in item),
    );
    expect(items.map((item) => item.url)).toEqual([
      '/tags/retro/',
      '/tags/retro/2/',
      '/tags/retro/3/',
    ]);
  });
});

describe('pageSuffix', () => {
  it('leaves the first page title alone and numbers the others', () => {
    expect(pageSuffix(1, 3)).toBe('');
    expect(pageSuffix(2, 3)).toBe(' · page 2 of 3');
  });
});

describe('layOutGroups', () => {
  it('lays groups end to end and says on which page and at which index each starts', () => {
    const { items, groups } = layOutGroups(
      [
        { key: 'a', items: [1, 2, 3], label: 'A' },
        { key: 'b', items: [], label: 'B' },
        { key: 'c', items: [4, 5], label: 'C' },
      ],
      2,
    );
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(groups).toEqual([
      { key: 'a', label: 'A', count: 3, startIndex: 0, startPage: 1 },
      { key: 'b', label: 'B', count: 0, startIndex: 3, startPage: 2 },
      { key: 'c', label: 'C', count: 2, startIndex: 3, startPage: 2 },
    ]);
  });
});

describe('groupsOnPage', () => {
  const { groups } = layOutGroups(
    [
      { key: 'a', items: ['a1', 'a2', 'a3'] },
      { key: 'b', items: ['b1', 'b2'] },
    ],
    2,
  );
  const on = (start: number, data: string[]) =>
    groupsOnPage(groups, { start, data }).map((g) => [g.key, g.items, g.continued]);

  it('splits a page between the groups it spans', () => {
    expect(on(2, ['a3', 'b1'])).toEqual([
      ['a', ['a3'], true],
      ['b', ['b1'], false],
    ]);
  });

  it('keeps a group that lies on other pages, with nothing in it', () => {
    expect(on(0, ['a1', 'a2'])).toEqual([
      ['a', ['a1', 'a2'], false],
      ['b', [], false],
    ]);
    expect(on(4, ['b2'])).toEqual([
      ['a', [], true],
      ['b', ['b2'], true],
    ]);
  });
});
