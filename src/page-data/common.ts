import { splitAtReferences } from '../components/author/hast-renderers.ts';
import { previewOfList, type BacklinkList } from '../view/backlink-lists.ts';
import type { LessonFacts, LibraryFacts, PatternFacts } from '../domain/learning-loop/facts.ts';
import { recurrences, type Recurrence } from '../domain/learning-loop/recurrence.ts';
import type { EntryKind } from '../schemas/collections.ts';
import { plural } from '../view/dates-and-counts.ts';
import { actionStatus } from '../view/action-status.ts';
import { provenanceOf } from '../view/provenance.ts';
import { recordFor, searchAttributes } from '../view/search-facets.ts';
import type { ArticleData } from '../view/structured-data.ts';
import { absoluteUrl, bodyWithBase, entryUrl, SITE_URL } from '../view/urls.ts';
import { renderedBody, type Library, type LibraryEntry, type LessonEntry } from './library.ts';
import type {
  ActionsRef,
  BodyPart,
  EntryPage,
  OutlineSection,
  PageInputs,
  RelatedList,
} from './types.ts';

/** An entry's own second-level headings, for the outline. */
export const h2s = (entry: LibraryEntry<EntryKind>) =>
  renderedBody(entry).headings.filter((h) => h.depth === 2);

/** What every entry page shows, around the sections its kind adds to the outline. */
export function common<K extends EntryKind>(
  { library, history, site, date }: PageInputs,
  kind: K,
  entry: LibraryEntry<EntryKind>,
  outline: OutlineSection[],
  aside: RelatedList[],
): EntryPage<K> {
  const card = library.card(kind, entry.id);
  const { updated, reviewers } = entry.data;
  const article: ArticleData = {
    kind: card.kind === 'lessons' ? 'Article' : 'CreativeWork',
    title: card.title,
    summary: card.summary,
    url: absoluteUrl(card.url),
    published: card.published,
    modified: updated ?? card.published,
    keywords: card.tags.map((t) => t.label),
    authors: card.authors.map((a) => {
      const author = library.get.authors(a.id).data;
      return {
        name: author.name,
        url: absoluteUrl(entryUrl('authors', a.id)),
        jobTitle: author.role,
        sameAs: author.links.map((l) => l.url),
      };
    }),
    publisher: { name: site.title, url: SITE_URL },
    license: site.licence.url,
  };
  return {
    kind,
    card,
    updated,
    outline,
    article,
    search: searchAttributes(recordFor(library, kind, entry.id)),
    reviewers: reviewers.map((r) => ({ id: r.id, name: library.get.authors(r.id).data.name })),
    provenance: provenanceOf(entry.filePath, site.repository, site.branch, history),
    body: bodyOf(library, renderedBody(entry).html, date),
    aside,
  };
}

// The stored HTML as it is, and the entries it names with their current data.
function bodyOf(library: Library, html: string, today: Date): BodyPart[] {
  return splitAtReferences(html).map((part) => {
    // Bodies link root-relative (`/patterns/x/`), as contributors write; the page puts those links under the base.
    if (typeof part === 'string') return { html: bodyWithBase(part) };
    if (part.collection !== 'lessons') return { ref: library.card(part.collection, part.id) };
    return { actions: actionsOf(library.get.lessons(part.id), today) };
  });
}

/** A lesson's actions as an `<ActionTable>` shows them, each with where it stands as of `today`. */
export function actionsOf(lesson: LessonEntry, today: Date): ActionsRef {
  const actions = lesson.data.actions.map((action) => ({
    ...action,
    statusText: actionStatus(action, today),
  }));
  return { id: lesson.id, title: lesson.data.title, actions };
}

// How much the library leans on an entry, for a reader weighing a related card: "cited by 3 lessons".
function usage(library: Library, kind: EntryKind, id: string): string | undefined {
  const { graph } = library;
  if (kind === 'patterns') {
    const n = graph.lessonsCiting(id).length;
    return n > 0 ? `${plural(n, 'lesson')} ${n === 1 ? 'cites' : 'cite'} it` : undefined;
  }
  if (kind === 'traps') {
    const n = graph.lessonsFallingInto(id).length;
    return n > 0 ? `caught ${plural(n, 'lesson')}` : undefined;
  }
  return undefined;
}

/** Each card's line on a related list: why it is there (its own relation, else the list's), then how much it is used. */
export function relatedNotes(
  library: Library,
  kind: EntryKind,
  ids: readonly string[],
  relation: (id: string) => string | undefined,
): Record<string, string> {
  return Object.fromEntries(
    ids.map((other) => [
      other,
      [relation(other), usage(library, kind, other)].filter(Boolean).join(' · '),
    ]),
  );
}

/** A backlink list as the side column shows it: its first few cards and a link to the rest. */
export function shown(
  library: Library,
  owner: 'patterns' | 'traps' | 'events',
  id: string,
  list: BacklinkList,
): RelatedList {
  const preview = previewOfList(owner, id, list);
  return {
    title: list.title,
    cards: library.cards(list.kind, preview.ids),
    empty: list.empty,
    // A list's own note ("cited by 3 lessons of this event") already says why the entry is there.
    notes: list.notes
      ? list.notes
      : relatedNotes(library, list.kind, preview.ids, () => list.relation),
    total: preview.total,
    more: preview.more,
  };
}

/** Entries linked from an at-a-glance box, by title. */
export function titled(
  library: Library,
  ids: readonly string[],
  kind: 'patterns' | 'traps',
): { id: string; title: string }[] {
  return ids.map((other) => ({ id: other, title: library.get[kind](other).data.title }));
}

/** What pattern and trap pages read of the whole library, grouped once per build instead of scanned per page. */
interface FactLookups {
  pattern: Map<string, PatternFacts>;
  /** The lessons that cite each pattern, in the library's order. */
  citing: Map<string, LessonFacts[]>;
  /** Each trap's recurrences, in the library's order. */
  recurrences: Map<string, Recurrence[]>;
}

const lookupsOf = new WeakMap<LibraryFacts, FactLookups>();

/** The facts grouped by pattern and by trap, worked out once per set of facts. */
export function factLookups(facts: LibraryFacts): FactLookups {
  let lookups = lookupsOf.get(facts);
  if (lookups) return lookups;
  const citing = new Map<string, LessonFacts[]>();
  for (const lesson of facts.lessons)
    for (const pattern of new Set(lesson.patterns)) {
      const list = citing.get(pattern);
      if (list) list.push(lesson);
      else citing.set(pattern, [lesson]);
    }
  const byTrap = new Map<string, Recurrence[]>();
  for (const recurrence of recurrences(facts)) {
    const list = byTrap.get(recurrence.trap);
    if (list) list.push(recurrence);
    else byTrap.set(recurrence.trap, [recurrence]);
  }
  lookups = {
    pattern: new Map(facts.patterns.map((p) => [p.id, p])),
    citing,
    recurrences: byTrap,
  };
  lookupsOf.set(facts, lookups);
  return lookups;
}
