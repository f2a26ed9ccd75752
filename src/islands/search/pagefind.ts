import type { FacetKey } from '../../view/search-facets.ts';
import type { SearchState } from './search-state.ts';
import { BASE, withBase } from '../../view/urls.ts';
import type { FacetCounts, IndexApi, IndexBundle, IndexOptions } from './pagefind-shards.ts';

export type { FacetCounts } from './pagefind-shards.ts';

/** A matching section of a page, from a heading with an id to the next. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Missing for text before the first heading. */
  anchor?: { id: string };
}

/** What Pagefind returns for one result once its fragment is loaded (the fields this site uses). */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, whole. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
}

/** One hit, before its fragment is fetched. */
export interface Hit {
  id: string;
  /** Pagefind's score: relevance, or in a sorted search the page's place in its index's order. */
  score: number;
  data: () => Promise<ResultData>;
}

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this site calls. */
type PagefindBundle = IndexBundle<Hit>;

/** Pagefind, started; its filter index, which the facet counts need, loads on request. */
export interface Pagefind {
  api: IndexApi<Hit>;
  /**
   * The whole index's counts per facet value. The first call loads the filter index (tens of KB on a
   * large library), so it waits until the filters are on screen: on a phone, until they are opened.
   */
  totals: () => Promise<FacetCounts>;
  /** Whether the filter index is in, so searches return counts. */
  counting: () => boolean;
}

/** The outcome of one search: every hit in order, how many the words alone give, and how many each facet value would give. */
export interface Outcome {
  hits: Hit[];
  unfiltered: number;
  /** Null while the filter index is still loading. */
  counts: FacetCounts | null;
}

// The bundle only exists in a build, at a URL Vite must not try to resolve.
const BUNDLE = withBase('/pagefind/pagefind.js');
// How many shards the index is split into (scripts/search-index.ts writes it; docs/search-index.md).
const SHARDS = withBase('/pagefind/shards.json');
const SPLIT = withBase('/pagefind/shards.js');
let loading: Promise<Pagefind> | undefined;

/** How many indexes the library's search is split into: one up to a few thousand pages. */
async function shardCount(): Promise<number> {
  const response = await fetch(SHARDS);
  if (!response.ok) throw new Error(`${SHARDS}: ${response.status}`);
  const { shards } = (await response.json()) as { shards: number };
  return shards;
}

/** Loads and starts Pagefind once, with every shard of the index; later calls share it. A failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const [bundle, shards] = await Promise.all([
      import(/* @vite-ignore */ BUNDLE) as Promise<PagefindBundle>,
      shardCount(),
    ]);
    // Pagefind's result URLs are paths in dist/; the base puts them where the site is served. A page whose
    // title or other name holds the words outranks one that only mentions them in passing.
    const options: IndexOptions = {
      excerptLength: 24,
      baseUrl: BASE,
      ranking: { metaWeights: { title: 10, aliases: 8 } },
    };
    await bundle.options(options);
    await bundle.init();
    // A split index's code is published beside it (scripts/search-index.ts): a library of one index loads none.
    const split = async () =>
      (
        (await import(/* @vite-ignore */ SPLIT)) as typeof import('./pagefind-shards.ts')
      ).openShards(bundle, shards, withBase('/pagefind/'), options);
    const api = shards > 1 ? await split() : bundle;
    // The filter index makes every search return its counts, but on a large library it takes as long
    // as the first search itself: results go on screen first, counts follow.
    let counting = false;
    let totals: Promise<FacetCounts> | undefined;
    const start = () =>
      (totals ??= api.filters().then((counts) => {
        counting = true;
        return counts;
      }));
    return { api, totals: start, counting: () => counting };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Runs a search. Values within a facet are alternatives, so each checked facet's counts come
 * from a second search without that facet: "Lesson (4)" then says what ticking Lesson would
 * add, not what is left once every other type is excluded. Until the filter index is in, only
 * the results are asked for.
 */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<Outcome> {
  const term = state.q.trim() || null;
  const counting = pagefind.counting();
  const checked = Object.entries(state.filters).filter(([, values]) => values.length > 0) as [
    FacetKey,
    string[],
  ][];
  const without = (skip?: FacetKey) =>
    checked.filter(([key]) => key !== skip).map(([key, values]) => [key, { any: values }] as const);
  const search = async (skip?: FacetKey, sort?: object) => {
    const filters = without(skip);
    // With no words and no other facet, a facet's counts are the whole index's.
    if (term === null && filters.length === 0)
      return { results: [], unfilteredResultCount: 0, filters: await pagefind.totals() };
    return pagefind.api.search(term, {
      filters: Object.fromEntries(filters),
      ...(sort ? { sort } : {}),
    });
  };
  const [main, ...perFacet] = await Promise.all([
    search(undefined, state.sort === 'date' ? { date: 'desc' } : undefined),
    ...(counting ? checked.map(([key]) => search(key)) : []),
  ]);
  const counts: FacetCounts | null = counting ? { ...main?.filters } : null;
  if (counts) checked.forEach(([key], i) => (counts[key] = perFacet[i]?.filters[key]));
  return { hits: main?.results ?? [], unfiltered: main?.unfilteredResultCount ?? 0, counts };
}
