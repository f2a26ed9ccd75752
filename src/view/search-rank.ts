/** What one search for one form of a query word found, and how much a match counts (1 for the word itself). */
export interface FormHits<T> {
  weight: number;
  hits: readonly T[];
}

/**
 * Ranks the pages found for any word of a query, when all words together found too few: a page scores, for each
 * word it matches, the word's rarity in the library (inverse document frequency: a word few pages use says more)
 * times the weight of the form it matched (a related word counts for less than the word itself), and, for the
 * most part, by how prominent the word is on the page (the search engine's score against the best for that form: a
 * word in a title, a summary or a warning sign scores higher than one in passing). `pages` is the size of the library.
 */
export function rankByWords<T extends { id: string; score: number }>(
  words: readonly (readonly FormHits<T>[])[],
  pages: number,
): T[] {
  const found = new Map<string, { hit: T; score: number }>();
  for (const forms of words) {
    const best = new Map<string, { hit: T; weight: number }>();
    for (const { weight, hits } of forms) {
      const top = Math.max(...hits.map((hit) => hit.score));
      for (const hit of hits) {
        const matched = weight * (top > 0 ? 0.3 + (0.7 * hit.score) / top : 1);
        if ((best.get(hit.id)?.weight ?? 0) < matched) best.set(hit.id, { hit, weight: matched });
      }
    }
    if (best.size === 0) continue;
    // BM25's inverse document frequency: a word on most pages counts for almost nothing.
    const rarity = Math.max(0.05, Math.log((pages - best.size + 0.5) / (best.size + 0.5)));
    for (const [id, { hit, weight }] of best) {
      const page = found.get(id) ?? { hit, score: 0 };
      page.score += rarity * weight;
      found.set(id, page);
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score).map((page) => page.hit);
}
