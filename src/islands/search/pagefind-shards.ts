// Searching a library's index split into shards as one index (docs/search-index.md). scripts/search-index.ts
// publishes it as `pagefind/shards.js` where a library is split, and the island loads it from there: no imports.
/** Result counts per facet value. */
export type FacetCounts = Record<string, Record<string, number> | undefined>;

/** What a Pagefind search returns (the fields this site uses). */
export interface IndexResponse<H extends Found> {
  results: H[];
  /** How many results the words alone would give. */
  unfilteredResultCount: number;
  filters: FacetCounts;
  /** Result counts per facet value for the words alone. */
  totalFilters?: FacetCounts;
}

/** Pagefind's options for every index of the library (its first shard and any merged with it). */
export interface IndexOptions {
  excerptLength?: number;
  baseUrl?: string;
  ranking?: { metaWeights?: Record<string, number> };
  /** A filter value given to every page of one index: which shard a page is in. */
  mergeFilter?: Record<string, string>;
}

/** A hit: its page's id and, in a sorted search, its place in its index's order. */
interface Found {
  id: string;
  score: number;
}

/** The searches this site runs, on one index or on several merged. */
export interface IndexApi<H extends Found> {
  filters: () => Promise<FacetCounts>;
  search: (
    term: string | null,
    options?: { filters?: object; sort?: object },
  ) => Promise<IndexResponse<H> | null>;
}

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this site calls. */
export interface IndexBundle<H extends Found> extends IndexApi<H> {
  options: (options: IndexOptions) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: IndexOptions) => Promise<void>;
}

// The filter that tells the shards apart; no facet of the page, so never counted.
const SHARD = 'shard';
// Letters no indexed word holds (Pagefind keeps letters, drops punctuation): a word with them after it starts no word.
const NOWHERE = 'ǂǂ';

/**
 * Merges a split index's other shards into the started first one (`pagefind/`), each at `<folder>shard-<k>/`
 * with the same options; they share its WebAssembly. Each shard's pages get the shard's number as a filter.
 */
export async function openShards<H extends Found>(
  bundle: IndexBundle<H>,
  shards: number,
  folder: string,
  options: IndexOptions,
): Promise<IndexApi<H>> {
  await bundle.options({ mergeFilter: { [SHARD]: '0' } });
  await Promise.all(
    Array.from({ length: shards - 1 }, (_, i) =>
      bundle.mergeIndex(`${folder}shard-${i + 1}/`, {
        ...options,
        mergeFilter: { [SHARD]: `${i + 1}` },
      }),
    ),
  );
  return splitApi(bundle, shards, folder);
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
function inShards<H extends Found>(
  response: IndexResponse<H>,
  shards: string[] | undefined,
): IndexResponse<H> {
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
 * Each shard's dated pages' places in the library's date order, oldest first, from `shard-order.json` (the shard
 * of every dated page, oldest first, in base-36 digits): fetched with the first sorted search.
 */
function datePlaces(folder: string, shards: number): () => Promise<number[][]> {
  let loading: Promise<number[][]> | undefined;
  const width = Math.max(1, Math.ceil(Math.log(shards) / Math.log(36)));
  return () =>
    (loading ??= fetch(`${folder}shard-order.json`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${folder}shard-order.json: ${response.status}`);
        const { order } = (await response.json()) as { order: string };
        const places: number[][] = Array.from({ length: shards }, () => []);
        for (let i = 0; i * width < order.length; i++)
          places[parseInt(order.slice(i * width, (i + 1) * width), 36)]?.push(i);
        return places;
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
}

/**
 * Searches a split index as one (docs/search-index.md). Pagefind merges the shards' results by score (each
 * shard's own BM25) and adds up their counts. Two things it does per index need the shards told apart, by the
 * filter each is given:
 * - a word that no word of an index starts with matches, in that index, the pages holding the longest word
 *   it starts with ("alpha" finds "al"): such a shard would add pages a single index never finds. A quoted
 *   search for each word says which shards hold it (else, which hold a longer word starting with it); only
 *   the shards holding every word are searched.
 * - a sorted search's score is a page's place in its own shard's order, not comparable across shards: each
 *   shard is searched on its own, and `shard-order.json` turns each hit's place in its shard into its place in
 *   the library.
 */
function splitApi<H extends Found>(
  bundle: IndexApi<H>,
  shards: number,
  folder: string,
): IndexApi<H> {
  const all = Array.from({ length: shards }, (_, k) => `${k}`);
  const places = datePlaces(folder, shards);
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
        const filters = some ? { ...options.filters, [SHARD]: only } : (options.filters ?? {});
        const response = await bundle.search(term, { ...options, filters });
        return response && inShards(response, some);
      }
      const parts = await Promise.all(
        within.map((k) =>
          bundle.search(term, { ...options, filters: { ...options.filters, [SHARD]: k } }),
        ),
      );
      if (parts.some((part) => part === null)) return null;
      const found = parts as IndexResponse<H>[];
      // A hit's score is its place in its shard's date order, oldest first (negative when ascending).
      const place = await places();
      const placed = found.flatMap((part, i) =>
        part.results.map((hit) => ({
          hit,
          at: place[Number(within[i])]?.[Math.abs(hit.score)] ?? -1,
        })),
      );
      placed.sort((a, b) => (sort === 'asc' ? a.at - b.at : b.at - a.at));
      return {
        ...inShards(found[0] as IndexResponse<H>, some),
        results: placed.map(({ hit }) => hit),
        filters: withoutShard(addCounts(found.map((part) => part.filters))),
      };
    },
  };
}
