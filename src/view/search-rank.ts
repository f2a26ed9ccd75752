/** What one search for one form of a query word found, and how much a match counts (1 for the word itself). */
export interface FormHits<T> {
  weight: number;
  hits: readonly T[];
}

/**
 * Ranks the pages found for any word of a query: a page scores, for each word it matches, the rarity in the library
 * of the form it matched (inverse document frequency: a word few pages use says more) times that form's weight
 * (a related word counts for less than the word itself) times how prominent the word is on the page: the search
 * engine's score against the usual (median) score of the pages with that word, on a log scale, so a word in a
 * title, a summary or a warning sign counts several times one in passing. A page holding more of the words
 * scores more, but one that a word names in its title can outrank one that holds another word in passing.
 * `pages` is the size of the library.
 */
export function rankByWords<T extends { id: string; score: number }>(
  words: readonly (readonly FormHits<T>[])[],
  pages: number,
): T[] {
  const found = new Map<string, { hit: T; score: number }>();
  for (const forms of words) {
    const best = new Map<string, { hit: T; weight: number }>();
    for (const { weight, hits } of forms) {
      // Each form's own rarity: a related word on most pages adds little, and does not make the word itself less rare.
      const rarity = idf(pages, hits.length);
      const usual = median(hits.map((hit) => hit.score));
      for (const hit of hits) {
        const matched = rarity * weight * (usual > 0 ? Math.log2(1 + hit.score / usual) : 1);
        if ((best.get(hit.id)?.weight ?? 0) < matched) best.set(hit.id, { hit, weight: matched });
      }
    }
    for (const [id, { hit, weight }] of best) {
      const page = found.get(id) ?? { hit, score: 0 };
      page.score += weight;
      found.set(id, page);
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score).map((page) => page.hit);
}

// BM25's inverse document frequency, kept positive as Lucene keeps it: a word on most pages counts for almost nothing.
const idf = (pages: number, found: number) => Math.log(1 + (pages - found + 0.5) / (found + 0.5));

// The middle of a list of numbers (0 for none).
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
