import { distance } from 'fastest-levenshtein';
import { eng } from 'stopword';

/** A name as a query would match it whole: lower case, accents and punctuation dropped ("Pre-Mortem" → "premortem"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a text, lower case, as a reader would type them; a hyphenated word stays one ("pre-mortem"). */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu) ?? []
  );
}

// How far a typed word may be from a library word: a slip in a short word, a misspelt ending in a long one.
const reach = (length: number) => (length <= 4 ? 1 : length <= 7 ? 2 : 3);

// Words shorter than this are corrected only for two swapped letters.
const SHORT = 4;

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

/** The English words too common to find or rank anything ("our", "never", "get"), from the `stopword` package. */
export const STOP_WORDS: ReadonlySet<string> = new Set(eng);

// A contraction joins a pronoun or an auxiliary to another ("don't", "we'd", "they're"): common words, whatever the list says.
const CONTRACTION = /['’](?:t|re|ve|d|ll|m)$/;

/** Whether a word is too common to find or rank anything: a stop word or a contraction. */
export const isCommon = (word: string): boolean => STOP_WORDS.has(word) || CONTRACTION.test(word);

/**
 * The forms a word may be the inflection of, itself first: "overruled" → "overrule", "pouring" → "pour",
 * "stopped" → "stop", "policies" → "policy". Looked up in order, so the word itself wins when it is known.
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  const add = (form: string) => form.length >= 3 && !forms.includes(form) && forms.push(form);
  const stripped = word.replace(/['’]s$/, '');
  add(stripped);
  for (const [ending, replacements] of ENDINGS)
    if (stripped.endsWith(ending)) {
      const stem = stripped.slice(0, -ending.length);
      for (const replacement of replacements) add(stem + replacement);
      // "stopped", "planning": the doubled consonant goes with the ending.
      if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
    }
  return forms;
}

// Endings of English inflections and what the base ends with instead, commonest reading first.
const ENDINGS: [string, string[]][] = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['er', ['', 'e']],
  ['ly', ['']],
];

/** The part of the library's lexicon that words of one first letter need: fetched per letter, with the first search. */
export interface LexiconShard {
  /** The library's words with this first letter, most used first. */
  words: string[];
  /** Everyday English words the library does not use: known words, so never taken for misspellings. */
  english: string[];
  /** A reader's word (base form) and the library's words it relates to, closest first. */
  related: Record<string, string[]>;
  /**
   * The library's words a verb relates to through its verb senses alone, where they differ from `related`: for a
   * reader's word with a verb's ending ("tanked", "scared"), whose base form ("tank", "scar") is meant as a verb.
   */
  verbs?: Record<string, string[]>;
}

/** Which shard a word is in: its first letter, or `_` for a digit or any other character. */
export function shardOf(word: string): string {
  const first = word[0] ?? '';
  return /[a-z]/.test(first) ? first : '_';
}

/**
 * The library word nearest a misspelt one: two letters swapped first (the commonest slip, one edit), then the
 * closest by edit distance within a reach that grows with the word, the most used of equals. Undefined when none is near.
 */
export function nearestWord(word: string, words: readonly string[]): string | undefined {
  if (word.length < 3) return undefined;
  const known = new Set(words);
  const swapped = swaps(word).find((variant) => known.has(variant));
  if (swapped) return swapped;
  // A word of three letters one edit from a library word is as likely a word of its own ("doc", not "dot").
  if (word.length < SHORT) return undefined;
  let best: string | undefined;
  let bestDistance = reach(word.length) + 1;
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
