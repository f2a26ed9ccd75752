import {
  baseForms,
  nearestWord,
  shardOf,
  isCommon,
  wordsOf,
  type LexiconShard,
} from './search-words.ts';

/** One word of a query as search will look for it. */
export interface PlannedWord {
  /** What the reader typed. */
  typed: string;
  /** What is searched: the typed word, or the library's word nearest a misspelt one. */
  term: string;
  /** The library's words related to it (from the thesaurus), searched at a lower weight. */
  related: string[];
}

/** A query made ready for search: its words that count, and the query with misspellings corrected, if any were. */
export interface QueryPlan {
  words: PlannedWord[];
  /** The query as the reader typed it with each corrected word replaced; undefined when nothing was corrected. */
  corrected?: string | undefined;
}

// A word this long that starts a library word is being typed, or is a short form ("retro", "retrospective").
const PREFIX = 4;

/**
 * Plans a query against the lexicon shards of its words' first letters: common words are dropped (unless the
 * query has nothing else), each word the library does not know is corrected to its nearest word unless `exact`,
 * and each gets the library words the thesaurus relates it to.
 */
export function planQuery(
  query: string,
  shards: (shard: string) => LexiconShard | undefined,
  exact = false,
): QueryPlan {
  const typed = joinCompounds(wordsOf(query).map(termOf), shards);
  const content = typed.filter((word) => !isCommon(word));
  const replacements = new Map<string, string>();
  const words = [...new Set(content.length > 0 ? content : typed)].map((word): PlannedWord => {
    const shard = shards(shardOf(word));
    const forms = baseForms(word);
    const related = shard ? relatedOf(word, forms, shard) : [];
    if (exact || !shard || known(word, forms, shard) || related.length > 0)
      return { typed: word, term: word, related };
    const nearest = nearestWord(word, shard.words);
    if (nearest === undefined) return { typed: word, term: word, related };
    replacements.set(word, nearest);
    const again = baseForms(nearest);
    return {
      typed: word,
      term: nearest,
      related: relatedOf(nearest, again, shard),
    };
  });
  const corrected =
    replacements.size === 0
      ? undefined
      : query.replace(
          /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu,
          (word) => replacements.get(termOf(word.toLowerCase())) ?? word,
        );
  return { words, corrected };
}

// A typed word as the index holds it: no possessive, a hyphenated word joined ("Pre-Mortem's" → "premortem").
export const termOf = (word: string) => word.replace(/['’]s$/, '').replaceAll('-', '');

// Two typed words the library writes as one ("post mortem" → "postmortem") become that one word.
function joinCompounds(
  words: readonly string[],
  shards: (shard: string) => LexiconShard | undefined,
): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [word = '', next] = [words[i], words[i + 1]];
    if (next && shards(shardOf(word))?.words.includes(word + next)) {
      joined.push(word + next);
      i++;
    } else joined.push(word);
  }
  return joined;
}

function known(word: string, forms: readonly string[], shard: LexiconShard): boolean {
  const everyday = new Set(shard.english);
  const library = new Set(shard.words);
  // A word the thesaurus relates to the library is known, even where its verb relates to nothing in it.
  const related = (form: string) => form in shard.related || form in (shard.verbs ?? {});
  return (
    forms.some((form) => library.has(form) || everyday.has(form) || related(form)) ||
    (word.length >= PREFIX && shard.words.some((other) => other.startsWith(word)))
  );
}

/**
 * Whether the library uses a word: whether a library word starts with the word or one of its base forms, as Pagefind
 * matches the stem of a word as a prefix ("doc" finds "document", "listened" finds "listening"); true when the shard
 * is missing. A word it does not use can still find pages in Pagefind, which falls back to a shorter prefix of a word
 * it does not hold ("boxticking" finds "time-boxed"): those are not matches of the word.
 */
export function usedByLibrary(word: string, shard: LexiconShard | undefined): boolean {
  if (!shard) return true;
  const forms = baseForms(word);
  return shard.words.some((other) => forms.some((form) => other.startsWith(form)));
}

// An ending only a verb (or a participle) takes: the base form it leaves is meant as a verb.
const VERB_ENDING = /(?:ed|ing)$/;

// The library words related to a word: those of its first form that has any, through a verb's senses alone for the
// base form of a word typed with a verb's ending ("tanked": "tank" the verb, not the container).
function relatedOf(word: string, forms: readonly string[], shard: LexiconShard): string[] {
  const verb = VERB_ENDING.test(word);
  for (const form of forms) {
    const list =
      verb && form !== word ? (shard.verbs?.[form] ?? shard.related[form]) : shard.related[form];
    if (list && list.length > 0) return list;
  }
  return [];
}

/** The shards a query's words are in, so they can be fetched before planning. */
export function shardsOf(query: string): string[] {
  return [...new Set(wordsOf(query).map(shardOf))];
}
