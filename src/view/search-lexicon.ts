import {
  baseForms,
  isCommon,
  shardOf,
  STOP_WORDS,
  wordsOf,
  type LexiconShard,
} from './search-words.ts';

// Words of fewer letters find too much to correct towards or relate to.
const SHORTEST = 3;
// A related word that half the library uses narrows nothing: it would only add noise.
const COMMONEST = 0.5;
// How many of the library's words one reader's word may lead to.
const RELATED = 3;

/**
 * The words of a text as the lexicon counts them: lower case, accents dropped, split at anything but a letter or
 * digit, and each hyphenated word also joined ("post-mortem" gives "post", "mortem" and "postmortem", as Pagefind indexes it).
 */
export function lexiconWords(text: string): string[] {
  const words = wordsOf(text).flatMap((word) => {
    const parts = word.split('-');
    return parts.length > 1 ? [...parts, parts.join('')] : parts;
  });
  return words.filter((word) => word.length >= SHORTEST && !isCommon(word));
}

/**
 * The search lexicon of a library, one shard per first letter: each page's words (how many pages use each, for
 * ordering), and, from a general thesaurus, every word a reader might type that relates to words the library
 * uses, mapped to those words only; the other everyday words, so that they are not taken for misspellings.
 */
export function searchLexicon(
  pages: readonly string[],
  thesaurus: {
    related: ReadonlyMap<string, readonly { word: string; part: string }[]>;
    common: ReadonlySet<string>;
    usage: ReadonlyMap<string, string>;
  },
): Record<string, LexiconShard> {
  const used = new Map<string, number>();
  for (const page of pages)
    for (const word of new Set(lexiconWords(page))) used.set(word, (used.get(word) ?? 0) + 1);
  // The library's word for each base form ("leaders" is there for "leader"), so a thesaurus lemma finds it.
  const byBase = new Map<string, string>();
  for (const word of used.keys())
    for (const form of baseForms(word)) if (!byBase.has(form)) byBase.set(form, word);
  const useful = (word: string) =>
    !STOP_WORDS.has(word) && (used.get(word) ?? 0) <= pages.length * COMMONEST;
  // A relation holds through one part of speech; the library's word is taken in its commonest one (its own, as
  // WordNet's tagged corpus has it, or its base form's): "tank" (to store in a tank) does not reach the library's
  // "store" (mostly a noun), nor "scar" (a blemish) the library's "marked" (mostly an adjective).
  const fits = (target: string, other: string, part: string) => {
    const usage = thesaurus.usage.get(target) ?? thesaurus.usage.get(other);
    return usage === undefined || usage === part;
  };

  const shards: Record<string, LexiconShard> = {};
  const shard = (word: string) =>
    (shards[shardOf(word)] ??= { words: [], english: [], related: {} });
  for (const [word] of [...used].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)))
    shard(word).words.push(word);
  for (const word of new Set([...thesaurus.related.keys(), ...thesaurus.common])) {
    const others = thesaurus.related.get(word) ?? [];
    // Only everyday words the library does not use: its own words find their pages without help, and
    // WordNet's rarer lemmas would weigh down every file for words readers seldom type.
    if (!thesaurus.common.has(word) || !/^[a-z][a-z-]*$/.test(word) || STOP_WORDS.has(word))
      continue;
    if (word.length < SHORTEST) continue;
    // A base form of words the library uses ("pour" for "poured") is a known word, with nothing to relate.
    if (baseForms(word).some((form) => byBase.has(form))) {
      if (!used.has(word) && /^[a-z]+$/.test(word)) shard(word).english.push(word);
      continue;
    }
    const targetsOf = (relations: readonly { word: string; part: string }[]) => {
      const targets: string[] = [];
      for (const { word: other, part } of relations) {
        const target = byBase.get(other.replaceAll('-', '')) ?? byBase.get(other);
        if (!target || !fits(target, other, part)) continue;
        if (target !== word && useful(target) && !targets.includes(target)) targets.push(target);
        if (targets.length === RELATED) break;
      }
      return targets;
    };
    // The reader's word, typed as it is, is taken in its own commonest part of speech ("double": twice as much,
    // not a stand-in), as the library's word is in its.
    const own = thesaurus.usage.get(word);
    const targets = targetsOf(own ? others.filter((r) => r.part === own) : others);
    const key = word.replaceAll('-', '');
    if (targets.length > 0) shard(key).related[key] = targets;
    else if (/^[a-z]+$/.test(word)) shard(word).english.push(word);
    // A verb typed with a verb's ending ("tanked") means the verb: its own list, where it differs.
    const verbs = others.some((r) => r.part === 'v')
      ? targetsOf(others.filter((r) => r.part === 'v'))
      : targets;
    if (verbs.join() !== targets.join()) (shard(key).verbs ??= {})[key] = verbs;
  }
  return shards;
}
