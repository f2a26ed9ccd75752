import { describe, expect, it } from 'vitest';
import { heaviestByLabel } from '../../src/domain/sort.ts';

describe('heaviestByLabel', () => {
  const entries = [
    { title: 'Delta', weight: 1 },
    { title: 'alpha', weight: 5 },
    { title: 'Charlie', weight: 5 },
    { title: 'Bravo', weight: 0 },
  ];
  const pick = (limit: number) =>
    heaviestByLabel(
      entries,
      (e) => e.weight,
      (e) => e.title,
      limit,
    ).map((e) => e.title);

  it('keeps every entry, by label, when they all fit', () => {
    expect(pick(4)).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta']);
  });

  it('keeps the heaviest, the earlier of equals, and shows them by label', () => {
    expect(pick(2)).toEqual(['alpha', 'Charlie']);
    expect(pick(3)).toEqual(['alpha', 'Charlie', 'Delta']);
  });
});
