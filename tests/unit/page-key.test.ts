import { describe, expect, it } from 'vitest';
import { bodyReferences, pageKey } from '../../src/lib/page-key.ts';

describe('page keys', () => {
  it('are equal for equal values and differ when any value changes, dates included', () => {
    const day = new Date('2026-03-01T00:00:00Z');
    expect(pageKey({ title: 'A' }, day)).toBe(pageKey({ title: 'A' }, new Date(day)));
    expect(pageKey({ title: 'A' }, day)).not.toBe(pageKey({ title: 'B' }, day));
    expect(pageKey({ title: 'A' }, day)).not.toBe(pageKey({ title: 'A' }, new Date('2026-03-02T00:00:00Z')));
  });

  it('find the entries a body names through author components, whatever the quotes and attribute order', () => {
    const body = `Text.\n\n<PatternRef slug="alpha" />\n\n<TrapRef  slug='first-trap'/>\n\n<ActionTable lesson="lesson-one" />\n\n<Callout type="note">PatternRef slug="not-a-tag"</Callout>`;
    expect(bodyReferences(body)).toEqual([
      { collection: 'patterns', id: 'alpha' },
      { collection: 'traps', id: 'first-trap' },
      { collection: 'lessons', id: 'lesson-one' },
    ]);
  });
});
