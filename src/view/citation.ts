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
}

const year = (date: Date) => date.getUTCFullYear();

/** "Lindqvist, J., & Raman, P. (2026). Title. Lesson Share (lesson). https://…" — an APA-like reference. */
export function plainCitation(entry: Citable, accessed?: Date): string {
  const names = entry.authors.map((name) => {
    const parts = name.trim().split(/\s+/);
    const last = parts.pop() ?? name;
    return parts.length ? `${last}, ${parts.map((p) => `${p[0]}.`).join(' ')}` : last;
  });
  const authors =
    names.length > 1 ? `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}` : (names[0] ?? '');
  const seen = accessed ? ` Retrieved ${isoDay(accessed)}.` : '';
  return `${authors} (${year(entry.published)}). ${entry.title}. ${entry.container} (${entry.kind.toLowerCase()}). ${entry.url}${seen}`;
}

// BibTeX treats these as commands or groups; a title with them would break the entry.
const bibEscape = (text: string) => text.replace(/([\\{}%$&#_^~])/g, '\\$1');

/** A BibTeX `@misc` entry with a stable key: first author's surname, year, slug. */
export function bibtex(entry: Citable): string {
  const surname = (entry.authors[0] ?? 'anonymous').trim().split(/\s+/).pop() ?? 'anonymous';
  const key = `${surname
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()}${year(entry.published)}${entry.id.replace(/[^a-z0-9]/g, '')}`;
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
