import { site } from '../../../site.config.ts';
import { KIND_LABELS } from '../../view/cards.ts';
import {
  collectionsWhere,
  ENTRY_COLLECTIONS,
  REGISTRY,
  type CollectionName,
  type CollectionsWhere,
  type EntryKind,
} from '../../schemas/collections.ts';
import { SITE_URL } from '../../view/urls.ts';

/** The kinds of entry that get a sharing card: the registry's `sharingCard` rows. */
export type OgKind = CollectionsWhere<'sharingCard'>;

/** Every kind with a sharing card, in registry order. */
export const OG_KINDS: readonly OgKind[] = collectionsWhere('sharingCard');

/** What picks a card's colour: an entry's or author's kind, a list's collection, or `page` for the rest (the accent). */
export type CardKind = CollectionName | 'page';

/**
 * The plain data a card is drawn from: an entry's title, authors and qualifier, an author's name and role,
 * or a page that is not an entry (home, a list, a tag, a digest), with its badge and title as written.
 */
export type CardSource =
  | {
      kind: Exclude<OgKind, 'authors'>;
      title: string;
      /** The authors' names, in the entry's order. */
      authors: readonly string[];
      /** The confidence, trap kind or failure kind label. */
      qualifier?: string | undefined;
    }
  | {
      kind: 'authors';
      name: string;
      role: string;
      /** Who they are, in their own words: the bio's opening, so a shared portfolio says more than a job title. */
      summary?: string | undefined;
      /** What the author has contributed, e.g. "3 lessons · 1 pattern". */
      qualifier?: string | undefined;
    }
  | {
      kind: 'page';
      /** The collection whose colour the card takes, for a collection's list; the accent otherwise. */
      tint?: CollectionName | undefined;
      label: string;
      title: string;
      byline?: string | undefined;
      qualifier?: string | undefined;
    };

/** Everything printed on one card, and nothing else: its JSON is what the cache key hashes. */
export interface CardModel {
  kind: CardKind;
  /** The type badge: "Lesson", "Decision trap"… */
  label: string;
  /** Shown beside the badge, in a muted colour. */
  qualifier: string;
  /** The entry's title or the author's name. */
  title: string;
  /** "by Ana López and Ben Okoro" for an entry, the role for an author. */
  byline: string;
  /** An author's card only: the opening of their bio, under the role. */
  summary?: string;
  /** The library's name, as in the site header. */
  library: string;
  /** The site's host name, so a card seen without its link still says where it is from. */
  host: string;
}

/** Past this many characters a title is cut at a word: the template clamps lines too, this keeps the text it measures short. */
export const MAX_TITLE = 160;
/** Past this many characters an author's bio is cut at a word: three lines of the card. */
export const MAX_SUMMARY = 170;
/** Past this many names a byline says "and N others": a card is no place for a full author list. */
export const MAX_NAMES = 3;

/** Cuts text at the last word boundary that fits in `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A title with no space near the end (one huge word) is cut mid-word rather than emptied.
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy", "Ana, Ben, Cy and 2 others". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= MAX_NAMES) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const rest = names.length - MAX_NAMES;
  return `${names.slice(0, MAX_NAMES).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

/** "3 lessons · 1 pattern · 2 events": an author's contributions by kind, lessons first, skipping kinds with none. */
export function contributions(counts: Partial<Record<EntryKind, number>>): string {
  // Lessons first: they are what an author's portfolio is about; the other kinds in registry order.
  const order = ['lessons', ...ENTRY_COLLECTIONS.filter((kind) => kind !== 'lessons')] as const;
  return order
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => counted(counts[kind] ?? 0, REGISTRY[kind].singular))
    .join(' · ');
}

/** "1 lesson", "3 lessons": a count with its word, from the registry's singular. */
export function counted(count: number, singular: string): string {
  return `${count} ${singular}${count === 1 ? '' : 's'}`;
}

/** What goes on the sharing card of an entry or an author, from plain data. */
export function cardModel(
  source: CardSource,
  library: string = site.title,
  url: string = SITE_URL,
): CardModel {
  const common = {
    kind: source.kind,
    qualifier: source.qualifier ?? '',
    library,
    host: new URL(url).host,
  };
  if (source.kind === 'page') {
    return {
      ...common,
      kind: source.tint ?? 'page',
      label: source.label,
      title: clip(source.title, MAX_TITLE),
      byline: clip(source.byline ?? '', MAX_TITLE),
    };
  }
  if (source.kind === 'authors') {
    return {
      ...common,
      label: 'Author',
      title: clip(source.name, MAX_TITLE),
      byline: clip(source.role, MAX_TITLE),
      ...(source.summary ? { summary: clip(source.summary, MAX_SUMMARY) } : {}),
    };
  }
  const names = joinNames(source.authors);
  return {
    ...common,
    label: KIND_LABELS[source.kind].one,
    title: clip(source.title, MAX_TITLE),
    byline: names ? `by ${names}` : '',
  };
}
