// Apart from the names rule, so that the main thread can collect them without loading compromise.
const CALENDAR =
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday';

/** Words that are capitalised in the library without being people: titles, tags, authors, the calendar. */
export function knownWords(phrases: readonly string[]): Set<string> {
  return new Set(
    [...phrases, CALENDAR].flatMap((phrase) => phrase.split(/[^\p{L}'’-]+/u)).filter(Boolean),
  );
}
