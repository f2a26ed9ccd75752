import { distance } from 'fastest-levenshtein';

/** A name as a query would match it whole: lower case, accents and punctuation dropped ("Pre-Mortem" → "premortem"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a text, lower case, as a reader would type them. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  );
}

/** The library's own words (titles, other names, tags), most used first: what "did you mean" may offer. */
export function vocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of wordsOf(text))
      if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([word]) => word);
}

// How far a typed word may be from a library word: a slip in a short word, a misspelt ending in a long one.
const reach = (length: number) => (length <= 4 ? 1 : length <= 7 ? 2 : 3);

/**
 * The query with each word the library does not use replaced by the nearest one it does (the most used
 * of equals), or undefined when no word needs or finds a replacement.
 */
export function didYouMean(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const suggested = wordsOf(query).map((word) => {
    if (word.length < 3 || known.has(word)) return word;
    // Two letters swapped is the commonest slip, and one edit, not the two Levenshtein counts.
    const swapped = swaps(word).find((variant) => known.has(variant));
    if (swapped) {
      changed = true;
      return swapped;
    }
    let best: string | undefined;
    let bestDistance = reach(word.length) + 1;
    for (const candidate of words) {
      if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const d = distance(word, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    if (best === undefined) return word;
    changed = true;
    return best;
  });
  return changed ? suggested.join(' ') : undefined;
}

// The word with each pair of neighbouring letters swapped in turn.
const swaps = (word: string) =>
  [...word.slice(1)].map((_, i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));

/**
 * Results in Pagefind's order, except that those whose title or other name is the query itself come
 * first: a reader typing "pre-mortem" wants the Pre-Mortem pattern before the lessons that mention it.
 */
export function namedFirst<T extends { meta: Record<string, string | undefined> }>(
  results: readonly T[],
  query: string,
): T[] {
  const key = nameKey(query);
  if (!key) return [...results];
  const named = (result: T) =>
    [result.meta['title'] ?? '', ...(result.meta['aliases'] ?? '').split(', ')].some(
      (name) => nameKey(name) === key,
    );
  return [...results.filter(named), ...results.filter((r) => !named(r))];
}
