import { parseFullName } from 'parse-full-name';
import { toSlug } from '../check/text/slugs.ts';
import { isoDay } from './dates-and-counts.ts';

/** What a citation needs to know about an entry. */
export interface Citable {
  title: string;
  authors: string[];
  published: Date;
  /** Absolute URL of the entry. */
  url: string;
  /** The library's name, cited as the container. */
  container: string;
  /** Lesson, pattern…: the kind of work. */
  kind: string;
  id: string;
  /** The authors' ids, in the order of `authors`: a BibTeX key falls back on the first when a name has no Latin letters. */
  authorIds?: string[];
}

// Accents off, so that the parser's lists of particles match ("Ní" is its "ni", "Ó" its "o").
const unaccented = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * A name's surname with its particles ("Ní Bhriain", "van Beethoven") and its given names, its title ("Dr") left
 * out, by parse-full-name; each part keeps the name's own spelling.
 */
export function nameParts(name: string): { family: string; given: string[] } {
  const words = name.trim().split(/\s+/);
  const plain = words.map(unaccented).join(' ');
  // The long lists know Irish and Nordic particles ("Ni", "O"), but read a first name such as "Ben" or "Abu" as one:
  // a name they leave without a given name is read again with the short lists.
  const long = parseFullName(plain, 'all', 0, 0, 1);
  const parsed = long.first ? long : parseFullName(plain, 'all', 0, 0, 0);
  // The parser reads the unaccented words; its parts are put back into the name's own words, in order.
  let next = 0;
  const own = (part: string | undefined) =>
    (part ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map(() => words[next++] ?? '');
  own(parsed.title);
  const given = [...own(parsed.first), ...own(parsed.middle)];
  const family = own(parsed.last);
  // Still no given name ("Bar Refaeli"): the last word is the surname, as most names write it.
  if (given.length === 0 && family.length > 1) return { family: family.pop() ?? '', given: family };
  return family.length ? { family: family.join(' '), given } : { family: name.trim(), given: [] };
}

/** A name as a list of people sorts it: without its title ("Dr Aoife Ní Bhriain" sorts as "Aoife Ní Bhriain"). */
export function nameWithoutTitle(name: string): string {
  const { family, given } = nameParts(name);
  return [...given, family].join(' ');
}

// "Aoife" → "A.", "Jean-Luc" → "J.-L.", as APA writes initials.
const initials = (given: string) =>
  given
    .split('-')
    .map((part) => `${[...part][0] ?? ''}.`)
    .join('-');

/** A name as a reference list writes it: "Ní Bhriain, A.", "Lindqvist, J. P."; a one-word name as it is. */
export function citedName(name: string): string {
  const { family, given } = nameParts(name);
  return given.length ? `${family}, ${given.map(initials).join(' ')}` : family;
}

// A title that ends in its own mark ("Ready?") takes no full stop after it.
const sentence = (title: string) =>
  /[.?!…]$/.test(title.trim()) ? title.trim() : `${title.trim()}.`;

const year = (date: Date) => date.getUTCFullYear();

/** "Lindqvist, J., & Raman, P. (2026). Title. Lesson Share (lesson). https://…" — an APA-like reference. */
export function plainCitation(entry: Citable, accessed?: Date): string {
  const names = entry.authors.map(citedName);
  const authors =
    names.length > 1 ? `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}` : (names[0] ?? '');
  const seen = accessed ? ` Retrieved ${isoDay(accessed)}.` : '';
  return `${authors} (${year(entry.published)}). ${sentence(entry.title)} ${entry.container} (${entry.kind.toLowerCase()}). ${entry.url}${seen}`;
}

// BibTeX treats these as commands or groups; a title with them would break the entry.
const bibEscape = (text: string) => text.replace(/([\\{}%$&#_^~])/g, '\\$1');

/** A BibTeX `@misc` entry with a stable key: first author's surname (transliterated as slugs are), year, slug. */
export function bibtex(entry: Citable): string {
  const first = entry.authors[0];
  const surname =
    (first === undefined ? '' : toSlug(nameParts(first).family)) ||
    entry.authorIds?.[0] ||
    'anonymous';
  const key = `${surname.replace(/[^a-z0-9]/g, '')}${year(entry.published)}${entry.id.replace(/[^a-z0-9]/g, '')}`;
  return [
    `@misc{${key},`,
    `  author = {${entry.authors.map(bibEscape).join(' and ')}},`,
    `  title = {${bibEscape(entry.title)}},`,
    `  howpublished = {${bibEscape(entry.container)}},`,
    `  year = {${year(entry.published)}},`,
    `  date = {${isoDay(entry.published)}},`,
    `  url = {${entry.url}},`,
    `  note = {${bibEscape(entry.kind)}}`,
    '}',
  ].join('\n');
}
