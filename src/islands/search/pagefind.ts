import type { FacetKey } from '../../view/search-facets.ts';
import type { SearchState } from './search-state.ts';
import { BASE, withBase } from '../../view/urls.ts';

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
  data: () => Promise<ResultData>;
}

/** Result counts per facet value. */
export type FacetCounts = Record<string, Record<string, number> | undefined>;

interface Response {
  results: Hit[];
  /** How many results the words alone would give. */
  unfilteredResultCount: number;
  filters: FacetCounts;
  /** Result counts per facet value for the words alone. */
  totalFilters?: FacetCounts;
}

/** Pagefind's options for every index of the library (its first shard and any merged with it). */
interface PagefindOptions {
  excerptLength?: number;
  baseUrl?: string;
  ranking?: { metaWeights?: Record<string, number> };
  /** A filter value given to every page of one index: which shard a page is in. */
  mergeFilter?: Record<string, string>;
}

/** The searches this site runs, on one index or on several merged (see splitApi). */
interface PagefindApi {
  filters: () => Promise<FacetCounts>;
  search: (
    term: string | null,
    options?: { filters?: object; sort?: object },
  ) => Promise<Response | null>;
}

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this site calls. */
interface PagefindBundle extends PagefindApi {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: PagefindOptions) => Promise<void>;
}

/** Pagefind, started; its filter index, which the facet counts need, loads on request. */
export interface Pagefind {
  api: PagefindApi;
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
// The filter that tells the shards apart; no facet of the page, so never counted.
const SHARD = 'shard';
// Letters no indexed word holds (Pagefind keeps letters, drops punctuation): a word with them after it starts no word.
const NOWHERE = 'ǂǂ';
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
    const options: PagefindOptions = {
      excerptLength: 24,
      baseUrl: BASE,
      ranking: { metaWeights: { title: 10, aliases: 8 } },
    };
    const shard = (k: number) =>
      shards > 1 ? { ...options, mergeFilter: { [SHARD]: `${k}` } } : options;
    await bundle.options(shard(0));
    await bundle.init();
    // The other shards share the first one's WebAssembly; each is told its shard, for Newest first.
    await Promise.all(
      Array.from({ length: shards - 1 }, (_, i) =>
        bundle.mergeIndex(withBase(`/pagefind/shard-${i + 1}/`), shard(i + 1)),
      ),
    );
    const api = shards > 1 ? splitApi(bundle, shards) : bundle;
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

/** Counts without the shard filter. */
const withoutShard = ({ [SHARD]: _shard, ...counts }: FacetCounts): FacetCounts => counts;

/** Adds up the counts of searches over different pages. */
function addCounts(all: FacetCounts[]): FacetCounts {
  const sum: FacetCounts = {};
  for (const counts of all)
    for (const [key, values] of Object.entries(counts)) {
      const total = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values ?? {})) total[value] = (total[value] ?? 0) + n;
    }
  return sum;
}

/** A search's response with the shard filter left out, and the words-alone count of the given shards only. */
function inShards(response: Response, shards: string[] | undefined): Response {
  const { [SHARD]: perShard, ...totals } = response.totalFilters ?? {};
  return {
    results: response.results,
    unfilteredResultCount: shards
      ? shards.reduce((sum, k) => sum + (perShard?.[k] ?? 0), 0)
      : response.unfilteredResultCount,
    filters: withoutShard(response.filters),
    totalFilters: totals,
  };
}

/**
 * Searches a split index as one (docs/search-index.md). Pagefind merges the shards' results by score (each
 * shard's own BM25) and adds up their counts. Two things it does per index need the shards told apart, by the
 * filter each is given:
 * - a word that no word of an index starts with matches, in that index, the pages holding the longest word
 *   it starts with ("alpha" finds "al"): such a shard would add pages a single index never finds. A quoted
 *   search for each word says which shards hold it (else, which hold a longer word starting with it); only
 *   the shards holding every word are searched.
 * - a sorted search's score is a page's place in its own shard's order, not comparable across shards; the
 *   shards are runs of the pages in date order, newest first, so each is searched on its own and their results
 *   follow one another.
 */
function splitApi(bundle: PagefindApi, shards: number): PagefindApi {
  const all = Array.from({ length: shards }, (_, k) => `${k}`);
  const holding = new Map<string, Promise<string[]>>();
  const idsIn = async (term: string, k: string) =>
    new Set(
      ((await bundle.search(term, { filters: { [SHARD]: k } }))?.results ?? []).map((h) => h.id),
    );
  // The shards whose pages hold a longer word starting with this one. A shard that holds none matches, as
  // Pagefind falls back, the same pages for the word with a letter no page has after it.
  const extending = async (word: string) => {
    const shardsWith = await Promise.all(
      all.map(async (k) => {
        const [as, beyond] = await Promise.all([idsIn(word, k), idsIn(`${word}${NOWHERE}`, k)]);
        return as.size > 0 && (as.size !== beyond.size || [...as].some((id) => !beyond.has(id)));
      }),
    );
    return all.filter((_, k) => shardsWith[k]);
  };
  // The shards whose pages hold the word, or else a longer one starting with it; all when none does.
  const shardsHolding = (word: string) => {
    let found = holding.get(word);
    if (!found) {
      found = (async () => {
        const counts = (await bundle.search(`"${word}"`))?.filters[SHARD] ?? {};
        const exact = all.filter((k) => (counts[k] ?? 0) > 0);
        const some = exact.length > 0 ? exact : await extending(word);
        return some.length > 0 ? some : all;
      })();
      found.catch(() => holding.delete(word));
      holding.set(word, found);
    }
    return found;
  };
  const shardsFor = async (term: string | null) => {
    if (term === null || /^\s*".+"\s*$/.test(term)) return all;
    const words = term.split(/\s+/).filter((word) => word !== '');
    const held = await Promise.all(words.map(shardsHolding));
    return all.filter((k) => held.every((some) => some.includes(k)));
  };
  return {
    filters: async () => withoutShard(await bundle.filters()),
    search: async (term, options = {}) => {
      const within = await shardsFor(term);
      const some = within.length < shards ? within : undefined;
      const sort = Object.values(options.sort ?? {})[0] as string | undefined;
      if (sort === undefined || within.length === 0) {
        const only = within.length > 0 ? { any: within } : { none: all };
        const filters = some ? { ...options.filters, [SHARD]: only } : options.filters;
        const response = await bundle.search(term, { ...options, filters });
        return response && inShards(response, some);
      }
      const parts = await Promise.all(
        (sort === 'asc' ? [...within].reverse() : within).map((k) =>
          bundle.search(term, { ...options, filters: { ...options.filters, [SHARD]: k } }),
        ),
      );
      if (parts.some((part) => part === null)) return null;
      const found = parts as Response[];
      return {
        ...inShards(found[0] as Response, some),
        results: found.flatMap((part) => part.results),
        filters: withoutShard(addCounts(found.map((part) => part.filters))),
      };
    },
  };
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
