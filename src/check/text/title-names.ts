// A person's first name in an entry's title or file name (its permanent URL), where it cannot be taken back.
import nlp from 'compromise';
import { isFirstName } from './first-names.ts';

// compromise's lexicon, to read a title written in title case as a sentence: a word the lexicon knows (and not as
// a name) is lowercased, so that "How Marta Lost Half The Participants" parses as the sentence it is.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const WORD = /\p{L}[\p{L}'’]*/gu;

// A first name that is also a verb ("mark", "chase", "rob", "sue") is read as the verb in a title or a slug's
// few words ("mark-done"): it counts only when compromise takes it for a person even where a verb would stand.
const answers = new Map<string, boolean>();
const onlyAName = (word: string) => {
  const lower = word.toLowerCase();
  let answer = answers.get(lower);
  if (answer === undefined) {
    answer = nlp(`we ${lower} the plan`).people().out('array').length > 0;
    answers.set(lower, answer);
  }
  return answer;
};

/**
 * The first names in a title or a slug: each word compromise's lexicon knows as a first name that compromise,
 * reading the words as a sentence, also takes for a person ("Mark the release as done" names nobody), that is not
 * read as a verb where a verb would stand, and that is not a word of an author's name (an author may name themselves). Where each starts in `text`.
 */
export function namesIn(
  text: string,
  authors: ReadonlySet<string>,
): { index: number; name: string }[] {
  const words = [...text.matchAll(WORD)].map((match) => ({
    index: match.index,
    name: match[0].replace(/['’]s$/u, ''),
  }));
  const suspects = words.filter(
    ({ name }) => isFirstName(name) && !authors.has(name.toLowerCase()) && onlyAName(name),
  );
  if (suspects.length === 0) return [];
  const sentence = words
    .map(({ name }, i) => {
      const lower = name.toLowerCase();
      if (isFirstName(name)) return lower.charAt(0).toUpperCase() + lower.slice(1);
      return i > 0 && lower in lexicon ? lower : name;
    })
    .join(' ');
  const people = new Set(
    (nlp(sentence).people().out('array') as string[]).flatMap((person) =>
      person.split(/\s+/).map((word) =>
        word
          .replace(/['’]s$/u, '')
          .replace(/[^\p{L}'’-]/gu, '')
          .toLowerCase(),
      ),
    ),
  );
  return suspects.filter(({ name }) => people.has(name.toLowerCase()));
}
