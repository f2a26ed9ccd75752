import type { Event } from '../schemas/event.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Confidence } from '../schemas/pattern.ts';
import type { TrapKind } from '../schemas/trap.ts';
import type { TagDimension } from '../schemas/tag.ts';
import {
  CONFIDENCE,
  FAILURE_KINDS,
  LENSES,
  TAG_DIMENSIONS,
  TRAP_KINDS,
} from '../schemas/vocabulary.ts';
import { KIND_LABELS, type CardLookups } from './cards.ts';
import {
  collectionsWhere,
  ENTRY_COLLECTIONS,
  REGISTRY,
  type CollectionsWhere,
  type EntryKind,
} from '../schemas/collections.ts';
import { isoDay } from './dates-and-counts.ts';

/** Every kind of page search can find: the registry's `search` rows. */
export type SearchKind = CollectionsWhere<'search'>;

/** The `type` facet's value for each kind, singular as a reader would write it (`?type=lesson`). */
export const SEARCH_TYPES = Object.fromEntries(
  collectionsWhere('search').map((kind) => [kind, REGISTRY[kind].singular]),
) as Record<SearchKind, string>;

/**
 * The facets a search can be narrowed by, in the order the search page shows them. Each key is
 * both a Pagefind filter name and a URL parameter; `order` lists a closed vocabulary in its own
 * order, and open lists (tags, authors) go alphabetically by label.
 */
export const FACETS = [
  { key: 'type', legend: 'Type', order: Object.values(SEARCH_TYPES) },
  { key: 'tag', legend: 'Tag' },
  { key: 'system', legend: TAG_DIMENSIONS.system.label },
  { key: 'root-cause', legend: TAG_DIMENSIONS['root-cause'].label },
  { key: 'metric', legend: TAG_DIMENSIONS.metric.label },
  { key: 'trap-kind', legend: 'Trap kind', order: Object.keys(TRAP_KINDS) },
  { key: 'failure-kind', legend: 'Failure kind', order: Object.keys(FAILURE_KINDS) },
  { key: 'lens', legend: 'Lens', order: Object.keys(LENSES) },
  { key: 'confidence', legend: 'Confidence', order: Object.keys(CONFIDENCE) },
  { key: 'author', legend: 'Author', open: true },
] as const satisfies readonly {
  key: string;
  legend: string;
  order?: readonly string[];
  /** A list that grows with the library: the page carries only its most used values, the rest are fetched. */
  open?: true;
}[];

/** How many values of an open facet (authors) the search page carries: the most prolific, whatever the library's size. */
export const OPEN_FACET_SHOWN = 20;

/** Whether a facet grows with the library, so the page carries only its most used values. */
export const isOpenFacet = (key: FacetKey) =>
  FACETS.some((facet) => facet.key === key && 'open' in facet);

/** The name of a facet, as Pagefind and the URL know it. */
export type FacetKey = (typeof FACETS)[number]['key'];

/** One value of a facet: `value` goes into the index and the URL, `label` is what readers see. */
export interface FacetValue {
  value: string;
  label: string;
}

/** What the result list shows of a page; every field is a string because Pagefind stores strings. */
export interface SearchMeta {
  title: string;
  /** The kind's human label: "Decision trap". */
  type: string;
  summary: string;
  /** Publication day, YYYY-MM-DD. */
  date?: string;
  /** Author names, comma separated. */
  authors?: string;
  /** Tag labels, comma separated: metadata is searched, so a tag's words find what carries it. */
  tags?: string;
  /** A pattern's other names, comma separated, searched like the tags. */
  aliases?: string;
}

/** Everything the index stores about one page besides its text. */
export interface SearchRecord {
  filters: Partial<Record<FacetKey, FacetValue[]>>;
  meta: SearchMeta;
  /** Sort keys: `date` orders by newest. */
  sort: { date?: string };
}

interface Reference {
  id: string;
}

interface EntryData {
  title: string;
  summary: string;
  published: Date;
  authors: readonly Reference[];
  tags: readonly Reference[];
}

/** The data of one page of the library, tagged with its kind. */
export type SearchSource =
  | {
      kind: 'patterns';
      data: EntryData & { confidence: Confidence; also_known_as: readonly string[] };
    }
  | { kind: 'traps'; data: EntryData & { kind: TrapKind } }
  | { kind: 'lessons'; data: EntryData & Pick<Lesson, 'lens' | 'failure_kind'> }
  | { kind: 'events'; data: EntryData & { lenses: readonly Event['lenses'][number][] } }
  | { kind: 'authors'; data: { name: string; role: string }; latest?: Date | undefined };

/** What search needs to know of tags besides their labels: each tag's dimension (a topic when not given). */
export type SearchLookups = CardLookups & { tagDimension?: (id: string) => TagDimension };

/** The filters, metadata and sort keys of one page. */
export function searchRecord(source: SearchSource, lookups: SearchLookups): SearchRecord {
  if (source.kind === 'authors') {
    const { name, role } = source.data;
    return {
      filters: { type: [typeValue('authors')] },
      meta: { title: name, type: KIND_LABELS.authors.one, summary: role },
      // An author sorts by their newest work; one who wrote nothing has no date to sort by.
      sort: source.latest ? { date: isoDay(source.latest) } : {},
    };
  }
  const { data } = source;
  const names = data.authors.map(({ id }) => lookups.authorName(id));
  const tags = data.tags.map(({ id }) => ({ value: id, label: lookups.tagLabel(id) }));
  const date = isoDay(data.published);
  // Each tag files under its dimension's facet: a system, a root cause, a metric, or a plain tag.
  const byFacet: Partial<Record<FacetKey, FacetValue[]>> = {};
  for (const tag of tags) {
    const facet = TAG_DIMENSIONS[lookups.tagDimension?.(tag.value) ?? 'topic'].facet;
    (byFacet[facet] ??= []).push(tag);
  }
  return {
    filters: {
      type: [typeValue(source.kind)],
      ...byFacet,
      author: data.authors.map(({ id }, i) => ({ value: id, label: names[i] ?? id })),
      ...kindFilters(source),
    },
    meta: {
      title: data.title,
      type: KIND_LABELS[source.kind].one,
      summary: data.summary,
      date,
      authors: names.join(', '),
      tags: tags.map((tag) => tag.label).join(', '),
      ...(source.kind === 'patterns' && source.data.also_known_as.length > 0
        ? { aliases: source.data.also_known_as.join(', ') }
        : {}),
    },
    sort: { date },
  };
}

function typeValue(kind: SearchKind): FacetValue {
  return {
    value: SEARCH_TYPES[kind],
    label: KIND_LABELS[kind].one,
  };
}

function kindFilters(source: Exclude<SearchSource, { kind: 'authors' }>): SearchRecord['filters'] {
  const lens = (id: keyof typeof LENSES) => ({ value: id, label: LENSES[id].label });
  switch (source.kind) {
    case 'patterns': {
      const level = source.data.confidence;
      return { confidence: [{ value: String(level), label: CONFIDENCE[level].label }] };
    }
    case 'traps':
      return {
        'trap-kind': [{ value: source.data.kind, label: TRAP_KINDS[source.data.kind].label }],
      };
    case 'lessons': {
      const kind = source.data.failure_kind;
      return {
        'failure-kind': [{ value: kind, label: FAILURE_KINDS[kind].label }],
        lens: [lens(source.data.lens)],
      };
    }
    case 'events':
      return { lens: source.data.lenses.map(lens) };
    // A collection added to the registry is found by its title, summary, authors and tags until it has filters of its own.
    default:
      return {};
  }
}

/**
 * The HTML attributes that hand a record to Pagefind, for the element that holds a page's
 * content. Each value sits in its own data attribute and is captured with `key[attribute]`,
 * because Pagefind's inline `key:value` form cannot carry commas (summaries have them).
 */
export function searchAttributes(record: SearchRecord): Record<string, string> {
  const attributes: Record<string, string> = { 'data-pagefind-body': '' };
  const capture = (kind: 'filter' | 'meta' | 'sort', pairs: [string, string][]) => {
    const captures = pairs.map(([key, value], i) => {
      const name = `data-${kind}-${key}${kind === 'filter' ? `-${i}` : ''}`;
      attributes[name] = value;
      return `${key}[${name}]`;
    });
    if (captures.length > 0) attributes[`data-pagefind-${kind}`] = captures.join(', ');
  };
  const defined = (object: object) =>
    Object.entries(object).filter((pair): pair is [string, string] => typeof pair[1] === 'string');
  capture(
    'filter',
    Object.entries(record.filters).flatMap(([key, values]) =>
      (values ?? []).map((v): [string, string] => [key, v.value]),
    ),
  );
  capture('meta', defined(record.meta));
  capture('sort', defined(record.sort));
  return attributes;
}

/** One checkbox of a facet, with how many pages carry the value. */
export interface FacetOption extends FacetValue {
  count: number;
}

/** A facet as the search page offers it: a legend and its options in reading order. */
export interface FacetGroup {
  key: FacetKey;
  legend: string;
  options: FacetOption[];
  /** How many values of an open facet were left out (fetched when the reader asks for all of them). */
  more?: number;
}

/**
 * The facets of a whole library with their counts; values no page carries are left out, and of an open facet
 * only the `shown` most used (Infinity for all of them).
 */
export function facetGroups(
  records: readonly SearchRecord[],
  shown: number = OPEN_FACET_SHOWN,
): FacetGroup[] {
  return FACETS.map((facet) => {
    const options = new Map<string, FacetOption>();
    for (const record of records) {
      for (const { value, label } of record.filters[facet.key] ?? []) {
        const option = options.get(value) ?? { value, label, count: 0 };
        option.count += 1;
        options.set(value, option);
      }
    }
    const order: readonly string[] | undefined = 'order' in facet ? facet.order : undefined;
    const all = [...options.values()];
    const kept =
      'open' in facet && all.length > shown
        ? [...all].sort((a, b) => b.count - a.count).slice(0, shown)
        : all;
    const sorted = kept.sort((a, b) =>
      order
        ? order.indexOf(a.value) - order.indexOf(b.value)
        : a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
    );
    const more = all.length - kept.length;
    return { key: facet.key, legend: facet.legend, options: sorted, ...(more > 0 ? { more } : {}) };
  }).filter((group) => group.options.length > 0);
}

type DataOf<K> = K extends SearchSource['kind']
  ? Extract<SearchSource, { kind: K }>['data']
  : EntryData;

/** The parts of the loaded library that search records are built from. */
export type SearchLibrary = { [K in SearchKind]: readonly Reference[] } & {
  get: { [K in SearchKind]: (id: string) => { data: DataOf<K> } } & {
    tags: (id: string) => { data: { label: string; dimension?: TagDimension } };
  };
  graph: { byAuthor: (id: string) => Record<EntryKind, string[]> };
};

/** The search record of one page of the library, by kind and id. */
export function recordFor(library: SearchLibrary, kind: SearchKind, id: string): SearchRecord {
  const lookups: SearchLookups = {
    authorName: (author) => library.get.authors(author).data.name,
    tagLabel: (tag) => library.get.tags(tag).data.label,
    tagDimension: (tag) => library.get.tags(tag).data.dimension ?? 'topic',
  };
  if (kind === 'authors') {
    const wrote = library.graph.byAuthor(id);
    const dates = ENTRY_COLLECTIONS.flatMap((k) =>
      wrote[k].map((entry) => library.get[k](entry).data.published.getTime()),
    );
    const latest = dates.length > 0 ? new Date(Math.max(...dates)) : undefined;
    return searchRecord({ kind, data: library.get.authors(id).data, latest }, lookups);
  }
  // Any other kind's data has at least an entry's common fields (src/schemas/common.ts).
  return searchRecord({ kind, data: library.get[kind](id).data } as SearchSource, lookups);
}

/** The search records of every page search can find. */
export function allRecords(library: SearchLibrary): SearchRecord[] {
  return collectionsWhere('search').flatMap((kind) =>
    library[kind].map(({ id }) => recordFor(library, kind, id)),
  );
}
