import { REGISTRY, type CollectionName, type EntryKind } from '../schemas/collections.ts';
import { formatDate, plural } from './dates-and-counts.ts';
import { entryUrl } from './urls.ts';

/** What every list shows of an entry, whatever its kind. */
export interface Card {
  kind: EntryKind;
  id: string;
  url: string;
  title: string;
  summary: string;
  published: Date;
  authors: { id: string; name: string; url: string }[];
  tags: { id: string; label: string; url: string }[];
  /** A short qualifier shown beside the type: trap kind, failure kind, confidence, an event's date and lessons. */
  qualifier?: string;
}

/** The human name of each kind, one and many, for badges and headings. */
export const KIND_LABELS = Object.fromEntries(
  Object.entries(REGISTRY).map(([name, row]) => [name, row.label]),
) as Record<CollectionName, { one: string; many: string }>;

interface CardSource {
  id: string;
  data: {
    title: string;
    summary: string;
    published: Date;
    authors: { id: string }[];
    tags: { id: string }[];
  };
}

/** Names and labels the card needs to print references as words. */
export interface CardLookups {
  authorName: (id: string) => string;
  tagLabel: (id: string) => string;
}

/** An event's qualifier: when it happened, labelled apart from the card's write-up date, and how many lessons came out of it. */
export function eventQualifier(date: Date, lessons: number): string {
  return `happened ${formatDate(date)} · ${plural(lessons, 'lesson')}`;
}

/** Builds the card of an entry. */
export function toCard(
  kind: EntryKind,
  entry: CardSource,
  lookups: CardLookups,
  qualifier?: string,
): Card {
  const link = (collection: CollectionName, id: string) => entryUrl(collection, id);
  return {
    kind,
    id: entry.id,
    url: link(kind, entry.id),
    title: entry.data.title,
    summary: entry.data.summary,
    published: entry.data.published,
    authors: entry.data.authors.map(({ id }) => ({
      id,
      name: lookups.authorName(id),
      url: link('authors', id),
    })),
    tags: entry.data.tags.map(({ id }) => ({
      id,
      label: lookups.tagLabel(id),
      url: link('tags', id),
    })),
    ...(qualifier ? { qualifier } : {}),
  };
}
