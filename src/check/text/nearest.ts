import { closest, distance } from 'fastest-levenshtein';

/** The known word closest to a typo, when it is close enough to be a likely intent. */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates);
  const slack = Math.max(2, Math.floor(word.length / 3));
  if (distance(word, best) <= slack || best.includes(word) || word.includes(best)) return best;
  return sameStem(word, candidates);
}

// Another ending of the same word (`networks` for `networking`): a long shared start, most of the shorter word.
function sameStem(word: string, candidates: readonly string[]): string | undefined {
  let found: string | undefined;
  let longest = 0;
  for (const candidate of candidates) {
    let shared = 0;
    while (shared < word.length && word[shared] === candidate[shared]) shared += 1;
    if (shared >= 5 && shared >= 0.75 * Math.min(word.length, candidate.length) && shared > longest)
      [found, longest] = [candidate, shared];
  }
  return found;
}

/** " Did you mean `x`?" or nothing. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const guess = nearest(word, known);
  return guess ? ` Did you mean \`${guess}\`?` : '';
}
