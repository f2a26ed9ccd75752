import { SEARCH_TYPES, type FacetKey } from '../../view/search-facets.ts';
import { planQuery, shardsOf, termOf, usedByLibrary } from '../../view/search-plan.ts';
import { rankByWords, type FormHits } from '../../view/search-rank.ts';
import { shardOf, wordsOf, type LexiconShard } from '../../view/search-words.ts';
import { withBase } from '../../view/urls.ts';
import { runSearch, type Hit, type Outcome, type Pagefind, type ResultData } from './pagefind.ts';
import type { SearchState } from './search-state.ts';

/** The outcome of a search as the reader's words were understood. */
export interface Matches extends Outcome {
  /** The query with misspelt words corrected, when it was: the results are for it. */
  corrected?: string | undefined;
  /** Whether results matching only some of the words follow those matching them all (none, or too few did). */
  partial: boolean;
  /** How many results, first in the list, match every word. */
  whole: number;
}

// A page of results: one word that finds this many, as typed, is Pagefind's to rank.
const ENOUGH = 5;
// Several words that this many pages hold together, none misspelt: the words are common in the library, Pagefind's
// order over those pages stands, and searching each word on its own would cost time on a large library for little.
const MANY = 20;
// How much a match on a related word counts against one on the word itself.
const RELATED_WEIGHT = 0.7;

const shards = new Map<string, Promise<LexiconShard | undefined>>();

/** One letter's lexicon, fetched once; a failed fetch leaves the words as typed, uncorrected and unrelated. */
function loadShard(shard: string): Promise<LexiconShard | undefined> {
  let loading = shards.get(shard);
  if (!loading) {
    loading = fetch(withBase(`/search-words/${shard}.json`))
      .then((response) => (response.ok ? (response.json() as Promise<LexiconShard>) : undefined))
      .catch(() => {
        shards.delete(shard);
        return undefined;
      });
    shards.set(shard, loading);
  }
  return loading;
}

/**
 * Searches as a reader means it: common words ignored, misspelt words corrected (with the lexicon of the
 * query's letters, fetched after the first search unless it is one word a page of results uses), and, for
 * several words or one with too few results, the pages that match any of the words or words related to them,
 * ranked by how many, how rare and how prominent on the page (see rankByWords), or by date for Newest first.
 */
export async function findMatches(
  pagefind: Pagefind,
  state: SearchState,
  // The number of pages indexed: Pagefind's scores weigh a word's rarity now; the island may stop passing it.
  _pages?: number,
): Promise<Matches> {
  if (state.q.trim() === '') {
    const outcome = await runSearch(pagefind, state);
    return { ...outcome, partial: false, whole: outcome.hits.length };
  }
  // The words as typed, common ones dropped, are searched first.
  const typed = planQuery(state.q, () => undefined, true).words.map((word) => word.term);
  const searched = await runSearch(pagefind, { ...state, q: typed.join(' ') });
  const first = { ...searched, hits: searched.hits.map(fetchedOnce) };
  // One word with a page of results (several words with many) whose text uses every word as typed: none is misspelt,
  // Pagefind's answer stands, and the lexicon is not worth its bytes. The first page's text is what the reader is
  // shown next anyway. Fewer are ranked word by word below, so a page named by one word is not left out for lacking another.
  if (first.hits.length >= (typed.length === 1 || state.exact === true ? ENOUGH : MANY)) {
    const shown = await Promise.all(first.hits.slice(0, ENOUGH).map((hit) => hit.data()));
    const used = new Set(shown.flatMap((page) => wordsOf(page.content).map(termOf)));
    if (state.exact === true || typed.every((word) => used.has(word)))
      return { ...first, partial: false, whole: first.hits.length };
  }
  // Otherwise the lexicon of the words' letters says which are misspelt, and what each is related to.
  const lexicon = new Map(
    await Promise.all(
      shardsOf(state.q.toLowerCase()).map(async (s) => [s, await loadShard(s)] as const),
    ),
  );
  const plan = planQuery(state.q, (s) => lexicon.get(s), state.exact === true);
  const terms = plan.words.map((word) => word.term);
  // As above, the words as typed, none misspelt: Pagefind's answer stands.
  if (first.hits.length >= (terms.length === 1 ? ENOUGH : MANY) && plan.corrected === undefined)
    return { ...first, partial: false, whole: first.hits.length };
  const all =
    terms.join(' ') === typed.join(' ')
      ? first
      : await runSearch(pagefind, { ...state, q: terms.join(' ') });
  const related = plan.words.some((word) => word.related.length > 0);
  if (terms.length === 1 && (all.hits.length >= ENOUGH || !related))
    return { ...all, corrected: plan.corrected, partial: false, whole: all.hits.length };

  const filters: Record<string, object> = Object.fromEntries(
    (Object.entries(state.filters) as [FacetKey, string[]][])
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
  // Partial matches answer a description of a situation, which entries fit; people are found by their names, whole.
  filters['type'] ??= { none: [SEARCH_TYPES.authors] };
  const search = async (term: string, weight: number): Promise<FormHits<Hit & Scored>> => {
    const response = await pagefind.api.search(term, { filters });
    return { weight, hits: (response?.results ?? []) as (Hit & Scored)[] };
  };
  const [words, newest] = await Promise.all([
    Promise.all(
      plan.words.map((word) =>
        Promise.all([
          // A word the library does not use finds only Pagefind's fallback matches on a shorter prefix of it.
          ...(usedByLibrary(word.term, lexicon.get(shardOf(word.term)))
            ? [search(word.term, 1)]
            : []),
          ...word.related.map((other) => search(other, RELATED_WEIGHT)),
        ]),
      ),
    ),
    // Newest first: every page the filters allow, by date, gives the order of those found.
    state.sort === 'date'
      ? pagefind.api.search(null, { filters, sort: { date: 'desc' } })
      : Promise.resolve(null),
  ]);
  // A page with every word keeps the hit of the search for all of them, whose excerpt marks every word, not one.
  const every = new Map(all.hits.map((hit) => [hit.id, hit]));
  const byScore = rankByWords(words).map((hit) => every.get(hit.id) ?? hit);
  const found = new Set(byScore.map((hit) => hit.id));
  // An author's page with every word (a search for a name) is still found, after the entries; and the best page
  // with every word comes first, so the page can say truly that the first results have them all.
  const complete = byScore.find((hit) => every.has(hit.id));
  const ranked = [
    ...(complete ? [complete] : []),
    ...byScore.filter((hit) => hit !== complete),
    ...all.hits.filter((hit) => !found.has(hit.id)),
  ];
  // Newest first: those with every word, then the others, each by date.
  const dated = new Map((newest?.results ?? []).map((hit, i) => [hit.id, i]));
  const order = (hit: Hit) =>
    (every.has(hit.id) ? 0 : dated.size) + (dated.get(hit.id) ?? dated.size);
  const hits = newest ? [...ranked].sort((a, b) => order(a) - order(b)) : ranked;
  const leading = hits.findIndex((hit) => !every.has(hit.id));
  const whole = leading < 0 ? hits.length : leading;
  return {
    hits,
    whole,
    unfiltered: Math.max(all.unfiltered, hits.length),
    // Pagefind counts what one search found; the union of several has no counts of its own.
    counts: whole === hits.length ? all.counts : null,
    corrected: plan.corrected,
    partial: whole < hits.length,
  };
}

/** A hit whose page text is fetched once however often it is asked for (to check its words, then to show it). */
function fetchedOnce<H extends Hit>(hit: H): H {
  let data: Promise<ResultData> | undefined;
  return {
    ...hit,
    data: () =>
      (data ??= hit.data().catch((error: unknown) => {
        data = undefined;
        throw error;
      })),
  };
}

/** Pagefind's relevance score, which every hit carries beside its id. */
interface Scored {
  score: number;
}
