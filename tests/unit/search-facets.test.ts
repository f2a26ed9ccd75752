import { describe, expect, it } from 'vitest';
import {
  allRecords,
  facetGroups,
  recordFor,
  searchAttributes,
  searchRecord,
  type SearchLibrary,
  type SearchRecord,
} from '../../src/view/search-facets.ts';

const lookups = {
  authorName: (id: string) =>
    ({ 'ana-lopez': 'Ana López', 'ben-okoro': 'Ben Okoro' })[id] ?? `?${id}`,
  tagLabel: (id: string) => ({ retro: 'Retrospectives', metrics: 'Metrics' })[id] ?? `?${id}`,
};
const base = {
  title: 'Lesson One',
  summary: 'We shipped, nobody said a word, and the test went the wrong way.',
  published: new Date('2026-03-01'),
  authors: [{ id: 'ana-lopez' }, { id: 'ben-okoro' }],
  tags: [{ id: 'retro' }, { id: 'metrics' }],
};

describe('searchRecord', () => {
  it('files a lesson under its type, tags, authors, failure kind and lens, with the labels pages show', () => {
    const record = searchRecord(
      { kind: 'lessons', data: { ...base, lens: 'user-assumptions', failure_kind: 'experiment' } },
      lookups,
    );
    expect(record.filters).toEqual({
      type: [{ value: 'lesson', label: 'Lesson' }],
      tag: [
        { value: 'retro', label: 'Retrospectives' },
        { value: 'metrics', label: 'Metrics' },
      ],
      author: [
        { value: 'ana-lopez', label: 'Ana López' },
        { value: 'ben-okoro', label: 'Ben Okoro' },
      ],
      'failure-kind': [{ value: 'experiment', label: 'Necessary experiment' }],
      lens: [{ value: 'user-assumptions', label: 'User & assumptions' }],
    });
    expect(record.meta).toEqual({
      title: 'Lesson One',
      type: 'Lesson',
      summary: base.summary,
      date: '2026-03-01',
      authors: 'Ana López, Ben Okoro',
      tags: 'Retrospectives, Metrics',
    });
    expect(record.sort).toEqual({ date: '2026-03-01' });
  });

  it('gives a pattern its confidence as a level with its label, and makes its aliases searchable', () => {
    const record = searchRecord(
      {
        kind: 'patterns',
        data: { ...base, confidence: 3, also_known_as: ['Premortem', 'Prospective hindsight'] },
      },
      lookups,
    );
    expect(record.filters.confidence).toEqual([{ value: '3', label: 'Established' }]);
    expect(record.filters.type).toEqual([{ value: 'pattern', label: 'Pattern' }]);
    expect(record.meta.aliases).toBe('Premortem, Prospective hindsight');
  });

  it('gives a trap its kind, and an event every lens it was examined through', () => {
    const trap = searchRecord(
      { kind: 'traps', data: { ...base, kind: 'collaboration-breakdown' } },
      lookups,
    );
    expect(trap.filters['trap-kind']).toEqual([
      { value: 'collaboration-breakdown', label: 'Collaboration breakdown' },
    ]);
    expect(trap.meta.type).toBe('Decision trap');
    const event = searchRecord(
      { kind: 'events', data: { ...base, lenses: ['business', 'other'] } },
      lookups,
    );
    expect(event.filters.lens?.map((l) => l.label)).toEqual(['Business', 'Other']);
    expect(event.filters).not.toHaveProperty('trap-kind');
  });

  it('files an author profile under the author type only, summarised by their role and dated by their newest work', () => {
    const record = searchRecord(
      {
        kind: 'authors',
        data: { name: 'Ana López', role: 'Product manager' },
        latest: new Date('2026-03-05'),
      },
      lookups,
    );
    expect(record).toEqual({
      filters: { type: [{ value: 'author', label: 'Author' }] },
      meta: { title: 'Ana López', type: 'Author', summary: 'Product manager' },
      sort: { date: '2026-03-05' },
    });
    expect(
      searchRecord({ kind: 'authors', data: { name: 'New Member', role: 'Analyst' } }, lookups)
        .sort,
    ).toEqual({});
  });
});

describe('tag dimensions', () => {
  it('file each tag under its dimension’s own facet, a plain tag when it has none', () => {
    const dimensions: Record<string, 'system' | 'root-cause' | 'metric'> = {
      pipeline: 'system',
      'no-owner': 'root-cause',
      activation: 'metric',
    };
    const record = searchRecord(
      {
        kind: 'lessons',
        data: {
          ...base,
          tags: [{ id: 'retro' }, { id: 'pipeline' }, { id: 'no-owner' }, { id: 'activation' }],
          lens: 'business',
          failure_kind: 'avoidable',
        },
      },
      { ...lookups, tagDimension: (id) => dimensions[id] ?? 'topic' },
    );
    const labels = (key: keyof typeof record.filters) =>
      record.filters[key]?.map((v) => v.value) ?? [];
    expect(labels('tag')).toEqual(['retro']);
    expect(labels('system')).toEqual(['pipeline']);
    expect(labels('root-cause')).toEqual(['no-owner']);
    expect(labels('metric')).toEqual(['activation']);
    // Every tag's words stay searchable, whatever its facet.
    expect(record.meta.tags).toBe('Retrospectives, ?pipeline, ?no-owner, ?activation');
    expect(facetGroups([record]).map((g) => g.legend)).toEqual([
      'Type',
      'Tag',
      'System',
      'Root cause',
      'Impacted metric',
      'Failure kind',
      'Lens',
      'Author',
    ]);
  });
});

describe('searchAttributes', () => {
  const record = searchRecord(
    { kind: 'lessons', data: { ...base, lens: 'business', failure_kind: 'avoidable' } },
    lookups,
  );
  const attributes = searchAttributes(record);
  /** What Pagefind reads: each `key[attribute]` capture resolved against the element's attributes. */
  const captured = (kind: 'filter' | 'meta' | 'sort') =>
    (attributes[`data-pagefind-${kind}`] ?? '').split(', ').map((capture) => {
      const [, key, attribute] = /^([\w-]+)\[([\w-]+)\]$/.exec(capture) ?? [];
      return [key, attribute && attributes[attribute]];
    });

  it('marks the element as the page body Pagefind indexes', () => {
    expect(attributes['data-pagefind-body']).toBe('');
  });

  it('hands every filter value, metadata field and sort key to Pagefind intact, commas included', () => {
    expect(captured('filter')).toEqual([
      ['type', 'lesson'],
      ['tag', 'retro'],
      ['tag', 'metrics'],
      ['author', 'ana-lopez'],
      ['author', 'ben-okoro'],
      ['failure-kind', 'avoidable'],
      ['lens', 'business'],
    ]);
    expect(Object.fromEntries(captured('meta'))).toEqual(record.meta);
    expect(captured('sort')).toEqual([['date', '2026-03-01']]);
    expect(record.meta.summary).toContain(',');
  });
});

describe('facetGroups', () => {
  const records: SearchRecord[] = [
    searchRecord(
      { kind: 'lessons', data: { ...base, lens: 'business', failure_kind: 'avoidable' } },
      lookups,
    ),
    searchRecord(
      {
        kind: 'patterns',
        data: { ...base, tags: [{ id: 'metrics' }], confidence: 1, also_known_as: [] },
      },
      lookups,
    ),
    searchRecord(
      { kind: 'authors', data: { name: 'Ana López', role: 'Product manager' } },
      lookups,
    ),
  ];
  const groups = facetGroups(records);

  it('counts the pages carrying each value', () => {
    const tags = groups.find((g) => g.key === 'tag')?.options;
    expect(tags).toEqual([
      { value: 'metrics', label: 'Metrics', count: 2 },
      { value: 'retro', label: 'Retrospectives', count: 1 },
    ]);
  });

  it('lists closed vocabularies in their own order and leaves out facets no page has', () => {
    expect(groups.map((g) => g.key)).toEqual([
      'type',
      'tag',
      'failure-kind',
      'lens',
      'confidence',
      'author',
    ]);
    expect(groups[0]?.options.map((o) => o.value)).toEqual(['pattern', 'lesson', 'author']);
  });
});

describe('an open facet', () => {
  const author = (id: string) =>
    searchRecord(
      {
        kind: 'lessons',
        data: { ...base, authors: [{ id }], lens: 'other', failure_kind: 'inherent' },
      },
      lookups,
    );
  // Three lessons by ana-lopez, two by ben-okoro, one by each of twenty others.
  const records = [
    ...Array.from({ length: 3 }, () => author('ana-lopez')),
    ...Array.from({ length: 2 }, () => author('ben-okoro')),
    ...Array.from({ length: 20 }, (_, i) => author(`member-${i}`)),
  ];

  it('carries only its most prolific values and says how many are left out', () => {
    const group = facetGroups(records, 5).find((g) => g.key === 'author');
    expect(group?.options).toHaveLength(5);
    expect(group?.options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['ana-lopez', 'ben-okoro']),
    );
    expect(group?.more).toBe(17);
  });

  it('carries every value when asked for all of them', () => {
    const group = facetGroups(records, Infinity).find((g) => g.key === 'author');
    expect(group?.options).toHaveLength(22);
    expect(group?.more).toBeUndefined();
  });
});

describe('recordFor', () => {
  const entry = <T extends object>(published: string, extra: T) => ({
    data: { ...base, published: new Date(published), ...extra },
  });
  const library: SearchLibrary = {
    patterns: [{ id: 'p' }],
    traps: [],
    lessons: [{ id: 'l' }],
    events: [],
    authors: [{ id: 'ana-lopez' }, { id: 'ben-okoro' }],
    get: {
      patterns: () => entry('2026-01-10', { confidence: 2 as const, also_known_as: [] }),
      traps: () => entry('2026-01-01', { kind: 'cognitive-bias' as const }),
      lessons: () =>
        entry('2026-03-01', { lens: 'other' as const, failure_kind: 'inherent' as const }),
      events: () => entry('2026-01-01', { lenses: ['other' as const] }),
      authors: (id) => ({ data: { name: lookups.authorName(id), role: 'Member' } }),
      tags: (id) => ({ data: { label: lookups.tagLabel(id) } }),
    },
    graph: {
      byAuthor: (id) => ({
        patterns: id === 'ana-lopez' ? ['p'] : [],
        traps: [],
        lessons: id === 'ana-lopez' ? ['l'] : [],
        events: [],
      }),
    },
  };

  it('dates an author by the newest entry they wrote', () => {
    expect(recordFor(library, 'authors', 'ana-lopez').sort).toEqual({ date: '2026-03-01' });
    expect(recordFor(library, 'authors', 'ben-okoro').sort).toEqual({});
  });

  it('builds one record per entry and author', () => {
    expect(allRecords(library).map((r) => r.meta.type)).toEqual([
      'Pattern',
      'Lesson',
      'Author',
      'Author',
    ]);
  });
});
