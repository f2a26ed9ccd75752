/** What one search for one form of a query word found, and how much a match counts (1 for the word itself). */
export interface FormHits<T> {
  weight: number;
  hits: readonly T[];
}

/**
 * Ranks the pages found for any word of a query, when all words together found too few: a page scores, for each
 * word it matches, the word's rarity in the library (inverse document frequency: a word few pages use says more)
 * times the weight of the form it matched (a related word counts for less than the word itself). Pages matching
 * more and rarer words come first; the search engine's own score breaks ties. `pages` is the size of the library.
 */
export function rankByWords<T extends { id: string; score: number }>(
  words: readonly (readonly FormHits<T>[])[],
  pages: number,
): T[] {
  const found = new Map<string, { hit: T; score: number; tie: number }>();
  for (const forms of words) {
    const best = new Map<string, { hit: T; weight: number }>();
    for (const { weight, hits } of forms)
      for (const hit of hits)
        if ((best.get(hit.id)?.weight ?? 0) < weight) best.set(hit.id, { hit, weight });
    if (best.size === 0) continue;
    const rarity = Math.log(1 + Math.max(pages, best.size) / best.size);
    for (const [id, { hit, weight }] of best) {
      const page = found.get(id) ?? { hit, score: 0, tie: 0 };
      page.score += rarity * weight;
      page.tie += hit.score * weight;
      found.set(id, page);
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || b.tie - a.tie)
    .map((page) => page.hit);
}
