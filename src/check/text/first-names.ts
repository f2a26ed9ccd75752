// compromise's lexicon of first names: a lookup, not a parse. The `names` rule and the names half of `blameless`
// (blamed-people.ts) ask it.
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } })
  .one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/** Whether compromise's lexicon knows a word as a person's first name. */
export function isFirstName(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  return (Array.isArray(tags) ? tags : [tags]).some(
    (tag) => tag !== undefined && NAME_TAGS.has(tag),
  );
}
