import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/pipeline/page-keys.ts';

describe('page keys', () => {
  it('are equal for equal values and differ when any value changes, dates included', () => {
    const day = new Date('2026-03-01T00:00:00Z');
    expect(pageKey({ title: 'A' }, day)).toBe(pageKey({ title: 'A' }, new Date(day)));
    expect(pageKey({ title: 'A' }, day)).not.toBe(pageKey({ title: 'B' }, day));
    expect(pageKey({ title: 'A' }, day)).not.toBe(
      pageKey({ title: 'A' }, new Date('2026-03-02T00:00:00Z')),
    );
  });
});
