import { closest, distance } from 'fastest-levenshtein';

/** The known word closest to a typo, when it is close enough to be a likely intent. */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates);
  const slack = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= slack || best.includes(word) || word.includes(best)
    ? best
    : undefined;
}

/** " Did you mean `x`?" or nothing. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const guess = nearest(word, known);
  return guess ? ` Did you mean \`${guess}\`?` : '';
}
