/** What one search for one form of a query word found, and how much a match counts (1 for the word itself). */
export interface FormHits<T> {
  weight: number;
  hits: readonly T[];
}

// Taken off each word's score on a page, on the log scale: one mention in passing in a long text (which Pagefind scores
// 0.2–1, 0.3–1 on that scale) then counts for little or nothing. Such mentions say nothing of what a page is about, and
// one per word of a long description used to outrank the page that one rarer word of it describes.
export const PASSING = 0.4;

/**
 * Ranks the pages found for any word of a query. A page scores, for each word, its best match among the word's
 * forms: the form's weight (a related word counts for less than the word itself) times the search engine's own
 * score for the page (Pagefind's BM25, which counts a rare word for more than a common one, and a word in a title,
 * a summary or a warning sign for more than one in passing), on a log scale, so that no single word outweighs the
 * others and a page holding more of the words scores more, less a mention in passing (PASSING), which counts for
 * nothing. A page that a word names in its title can still outrank one that holds another word in passing.
 */
export function rankByWords<T extends { id: string; score: number }>(
  words: readonly (readonly FormHits<T>[])[],
): T[] {
  const found = new Map<string, { hit: T; score: number }>();
  for (const forms of words) {
    const best = new Map<string, { hit: T; score: number }>();
    for (const { weight, hits } of forms)
      for (const hit of hits) {
        const score = weight * Math.max(0, Math.log2(1 + hit.score) - PASSING);
        if ((best.get(hit.id)?.score ?? 0) < score) best.set(hit.id, { hit, score });
      }
    for (const [id, { hit, score }] of best) {
      const page = found.get(id) ?? { hit, score: 0 };
      page.score += score;
      found.set(id, page);
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score).map((page) => page.hit);
}
