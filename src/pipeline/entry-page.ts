import type { CollectionEntry } from 'astro:content';
import { site } from '../../site.config.ts';
import { splitAtReferences } from '../components/author/render.ts';
import {
  hasOwnPages,
  listUrl,
  moreFromEvent,
  previewGroups,
  previewOfList,
  type BacklinkList,
  type ListGroup,
  type Preview,
} from '../domain/backlinks.ts';
import type { Card } from '../domain/cards.ts';
import type { EntryKind } from '../schemas/collections.ts';
import { evidenceFor, type Evidence } from '../domain/learning-loop/evidence.ts';
import type { LessonFacts, LibraryFacts, PatternFacts } from '../domain/learning-loop/facts.ts';
import { carriedThrough, closedOnTime, isOverdue } from '../domain/learning-loop/follow-through.ts';
import {
  cameBack,
  recurrences,
  type CameBack,
  type Recurrence,
} from '../domain/learning-loop/recurrence.ts';
import type { Action } from '../schemas/lesson.ts';
import { LENSES, PATTERN_RELATIONS, keysOf } from '../schemas/vocabulary.ts';
import { SHORT_PREVIEW_SIZE, layOutGroups, pageUrl } from '../view/pagination.ts';
import { provenanceOf, type Provenance } from '../view/provenance.ts';
import type { Citable } from '../view/citation.ts';
import { recordFor, searchAttributes } from '../view/search-facets.ts';
import { profileJsonLd, type ArticleData } from '../view/structured-data.ts';
import { absoluteUrl, bodyWithBase, entryUrl, SITE_URL } from '../view/urls.ts';
import { plural } from '../view/format.ts';
import { firstSentence, liftSection } from '../view/body-sections.ts';
import { BUILD_DATE } from './build-date.ts';
import { getHistory } from './git-history.ts';
import { getFacts } from './load-facts.ts';
import {
  getLibrary,
  renderedBody,
  type AuthorEntry,
  type EventEntry,
  type LessonEntry,
  type Library,
  type PatternEntry,
  type TrapEntry,
} from './load-library.ts';
import { entryPageKey } from './page-keys.ts';

/** One section of the "On this page" outline. */
export interface OutlineSection {
  slug: string;
  text: string;
}

/** A list of cards in the side column, as `Related.astro` shows it. */
export interface RelatedList {
  title: string;
  cards: Card[];
  empty: string;
  /** Each card's line saying why it is listed and how much the library leans on it: "Counters this trap · cited by 3 lessons". */
  notes?: Record<string, string> | undefined;
  /** How many entries the whole list holds, when `cards` are only its first few. */
  total?: number | undefined;
  /** The whole list's URL, when `cards` leave some out. */
  more?: string | undefined;
}

/** A lesson's actions as a body's `<ActionTable>` shows them. */
export interface ActionsRef {
  id: string;
  title: string;
  actions: Action[];
}

/** A stored body cut at its references, each reference resolved to what it shows. */
export type BodyPart = { html: string } | { ref: Card } | { actions: ActionsRef };

/** Everything every entry page shows, built once per page. */
export interface EntryPage<K extends EntryKind = EntryKind> {
  kind: K;
  card: Card;
  updated: Date | undefined;
  outline: OutlineSection[];
  /** What structured data and Scholar tags say about the entry. */
  article: ArticleData;
  /** The article's search attributes: facets from the same mapping the search page counts with. */
  search: Record<string, string>;
  reviewers: { id: string; name: string }[];
  provenance: Provenance;
  body: BodyPart[];
  /** The side column's lists of linked entries. */
  aside: RelatedList[];
}

/** A pattern's page: its evidence and its typed relations, read from both ends. */
export interface PatternPage extends EntryPage<'patterns'> {
  entry: PatternEntry;
  evidence: Evidence;
  relations: { label: string; id: string; title: string }[];
  /** "Use it when": the first sentence of its Context, the situation it is for. */
  useWhen: string | undefined;
  /** The traps it counters, for the at-a-glance box. */
  counters: { id: string; title: string }[];
}

/** A trap's page: and whether it caught lessons again after a fix was verified. */
export interface TrapPage extends EntryPage<'traps'> {
  entry: TrapEntry;
  /** The patterns that counter it, for the at-a-glance box. */
  counterMoves: { id: string; title: string }[];
  /** Lessons it caught again after an action against it was verified done. */
  cameBack: CameBack[];
}

/** A lesson's page: its event and its actions with their follow-through. */
export interface LessonPage extends EntryPage<'lessons'> {
  entry: LessonEntry;
  /** Its "The short version" section, lifted out of the body to come before the four questions. */
  shortVersion: BodyPart[];
  event: { id: string; title: string } | undefined;
  actions: (Action & { overdue: boolean; onTime: boolean })[];
}

/** A lens of an event's mosaic: a few of its lessons, and where the rest start. */
export interface LensPreview extends ListGroup {
  cards: Card[];
  /** Where the lens's lessons continue in the full list, when it shows only a few. */
  more: string | undefined;
}

/** An event's page: its lessons by lens. */
export interface EventPage extends EntryPage<'events'> {
  entry: EventEntry;
  lessons: { total: number; empty: string | undefined; all: string | undefined };
  byLens: LensPreview[];
}

type Entry = CollectionEntry<EntryKind>;

const h2s = (entry: Entry) => renderedBody(entry).headings.filter((h) => h.depth === 2);

const absolute = absoluteUrl;

// What every entry page shows, around the sections its kind adds to the outline.
function common<K extends EntryKind>(
  library: Library,
  kind: K,
  entry: Entry,
  outline: OutlineSection[],
  aside: RelatedList[],
): EntryPage<K> {
  const card = library.card(kind, entry.id);
  const { updated, reviewers } = entry.data;
  const article: ArticleData = {
    kind: card.kind === 'lessons' ? 'Article' : 'CreativeWork',
    title: card.title,
    summary: card.summary,
    url: absolute(card.url),
    published: card.published,
    modified: updated ?? card.published,
    keywords: card.tags.map((t) => t.label),
    authors: card.authors.map((a) => {
      const author = library.get.authors(a.id).data;
      return {
        name: author.name,
        url: absolute(entryUrl('authors', a.id)),
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
    provenance: provenanceOf(entry.filePath, site.repository, site.branch, getHistory()),
    body: bodyOf(library, renderedBody(entry).html),
    aside,
  };
}

// The stored HTML as it is, and the entries it names with their current data.
function bodyOf(library: Library, html: string): BodyPart[] {
  return splitAtReferences(html).map((part) => {
    // Bodies link root-relative (`/patterns/x/`), as contributors write; the page puts those links under the base.
    if (typeof part === 'string') return { html: bodyWithBase(part) };
    if (part.collection !== 'lessons') return { ref: library.card(part.collection, part.id) };
    const lesson = library.get.lessons(part.id);
    return { actions: { id: lesson.id, title: lesson.data.title, actions: lesson.data.actions } };
  });
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

// A backlink list as the side column shows it: its first few cards and a link to the rest.
function shown(
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

/** What pattern and trap pages read of the whole library, grouped once per build instead of scanned per page. */
interface FactLookups {
  pattern: Map<string, PatternFacts>;
  /** The lessons that cite each pattern, in the library's order. */
  citing: Map<string, LessonFacts[]>;
  /** Each trap's recurrences, in the library's order. */
  recurrences: Map<string, Recurrence[]>;
}

const lookupsOf = new WeakMap<LibraryFacts, FactLookups>();

function factLookups(facts: LibraryFacts): FactLookups {
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

async function patternPage(library: Library, id: string): Promise<PatternPage> {
  const entry = library.get.patterns(id);
  const { graph } = library;
  const facts = factLookups(await getFacts());
  // Typed relations read from both ends: "refines" here is "refined by" on the other pattern.
  const relations = keysOf(PATTERN_RELATIONS).flatMap((type) => [
    ...graph
      .outgoing('patterns', id, `relations:${type}`)
      .map((other) => ({ label: PATTERN_RELATIONS[type].label, id: other })),
    ...graph
      .incoming('patterns', id, 'patterns', `relations:${type}`)
      .map((other) => ({ label: PATTERN_RELATIONS[type].inverse, id: other })),
  ]);
  const aside = library
    .backlinks('patterns', id)
    .map((list) => shown(library, 'patterns', id, list));
  return {
    ...common(
      library,
      'patterns',
      entry,
      [{ slug: 'at-a-glance', text: 'At a glance' }, ...h2s(entry)],
      aside,
    ),
    entry,
    evidence: evidenceFor(facts.pattern.get(id)!, facts.citing.get(id) ?? []),
    relations: relations.map((r) => ({ ...r, title: library.get.patterns(r.id).data.title })),
    useWhen: firstSentence(renderedBody(entry).html, 'context'),
    counters: titled(library, graph.trapsCounteredBy(id), 'traps'),
  };
}

async function trapPage(library: Library, id: string): Promise<TrapPage> {
  const entry = library.get.traps(id);
  const aside = library.backlinks('traps', id).map((list) => shown(library, 'traps', id, list));
  const came = cameBack(factLookups(await getFacts()).recurrences.get(id) ?? []);
  const outline = [
    { slug: 'warning-signs', text: 'Watch for' },
    ...(came.length ? [{ slug: 'came-back', text: 'Came back after a fix' }] : []),
    ...h2s(entry),
  ];
  return {
    ...common(library, 'traps', entry, outline, aside),
    entry,
    cameBack: came,
    counterMoves: titled(library, library.graph.counterMovesFor(id), 'patterns'),
  };
}

// A lesson's summary section: read before the four questions, as an abstract before a paper.
const SHORT_VERSION = 'the-short-version';

// Entries linked from an at-a-glance box, by title.
function titled(
  library: Library,
  ids: readonly string[],
  kind: 'patterns' | 'traps',
): { id: string; title: string }[] {
  return ids.map((other) => ({ id: other, title: library.get[kind](other).data.title }));
}

function lessonPage(library: Library, id: string): LessonPage {
  const entry = library.get.lessons(id);
  const { data } = entry;
  const event = data.event && library.get.events(data.event.id);
  const short = h2s(entry).filter((h) => h.slug === SHORT_VERSION);
  const outline = [
    ...short,
    { slug: 'four-questions', text: 'The four questions' },
    ...h2s(entry).filter((h) => h.slug !== SHORT_VERSION),
    { slug: 'personal-lesson', text: 'The personal lesson' },
    { slug: 'actions', text: 'Actions' },
    ...(data.revisited.length ? [{ slug: 'revisited', text: 'Revisited' }] : []),
  ];
  // The event's other lessons: a few here, more on the event's page, which links to all of them.
  const siblings = event && moreFromEvent(library.graph, event.id, id);
  const patterns = data.patterns.map((p) => p.id);
  const traps = data.traps.map((t) => t.id);
  const aside: RelatedList[] = [
    {
      title: 'Patterns it cites',
      cards: library.cards('patterns', patterns),
      empty: 'This lesson cites no pattern.',
      notes: relatedNotes(library, 'patterns', patterns, () => 'Cited here'),
    },
    {
      title: 'Traps it fell into',
      cards: library.cards('traps', traps),
      empty: 'This lesson names no trap.',
      notes: relatedNotes(library, 'traps', traps, () => 'Fell into it here'),
    },
    ...(siblings
      ? [
          {
            title: 'More from this event',
            cards: library.cards('lessons', siblings.ids),
            total: siblings.total,
            more: siblings.more,
            empty: 'No other lesson from this event yet.',
            notes: relatedNotes(library, 'lessons', siblings.ids, (other) => {
              const lens = library.get.lessons(other).data.lens;
              return lens === data.lens
                ? 'Same event, same lens'
                : `Same event, ${LENSES[lens].label} lens`;
            }),
          },
        ]
      : []),
  ];
  const page = common(library, 'lessons', entry, outline, aside);
  const [shortVersion, body] = liftSection(
    page.body,
    SHORT_VERSION,
    (part) => ('html' in part ? part.html : undefined),
    (html) => ({ html }),
  );
  return {
    ...page,
    body,
    shortVersion,
    entry,
    event: event ? { id: event.id, title: event.data.title } : undefined,
    actions: data.actions.map((action) => ({
      ...action,
      overdue: isOverdue(action, BUILD_DATE),
      onTime: closedOnTime(action),
    })),
  };
}

function eventPage(library: Library, id: string): EventPage {
  const entry = library.get.events(id);
  const [lessons, ...cited] = library.backlinks('events', id);
  const lensGroups = lessons?.groups ?? [];
  // Where each lens starts in the full list, for "more through this lens" links.
  const fullList = listUrl('events', id, 'lessons');
  const starts = new Map(
    layOutGroups(lensGroups.map((g) => ({ key: g.key, items: g.ids }))).groups.map((g) => [
      g.key,
      pageUrl(fullList, g.startPage),
    ]),
  );
  // The mosaic: every lens the event was examined through, and any other a lesson used; a few lessons of each.
  const byLens = previewGroups(lensGroups, lessons?.preview ?? 0)
    .filter((group) => group.ids.length > 0 || (entry.data.lenses as string[]).includes(group.key))
    .map(({ shown: ids, ...group }) => ({
      ...group,
      cards: library.cards('lessons', ids),
      more: ids.length < group.ids.length ? `${starts.get(group.key)}#${group.id}` : undefined,
    }));
  const outline = [
    { slug: 'in-short', text: 'In short' },
    { slug: 'lessons', text: 'Lessons by lens' },
    ...h2s(entry),
  ];
  return {
    ...common(
      library,
      'events',
      entry,
      outline,
      cited.map((list) => shown(library, 'events', id, list)),
    ),
    entry,
    lessons: {
      total: lessons?.ids.length ?? 0,
      empty: lessons?.ids.length === 0 ? lessons.empty : undefined,
      all: lessons && hasOwnPages(lessons) ? fullList : undefined,
    },
    byLens,
  };
}

/** The page of an entry whose kind adds nothing to what every entry page shows. */
export interface PlainPage<K extends EntryKind> extends EntryPage<K> {
  entry: CollectionEntry<K>;
}

// A kind with no builder of its own (a collection just added to the registry) gets the common page.
function plainPage<K extends EntryKind>(library: Library, kind: K, id: string): PlainPage<K> {
  const entry = library.get[kind](id) as CollectionEntry<K>;
  return { ...common(library, kind, entry, h2s(entry), []), entry };
}

const builders = { patterns: patternPage, traps: trapPage, lessons: lessonPage, events: eventPage };

type Built = { [K in keyof typeof builders]: Awaited<ReturnType<(typeof builders)[K]>> };

/** Each kind's page data, by kind. */
export type EntryPageOf = { [K in EntryKind]: K extends keyof Built ? Built[K] : PlainPage<K> };

/** Everything an entry's page shows, built once from the library. */
export async function entryPage<K extends EntryKind>(kind: K, id: string): Promise<EntryPageOf[K]> {
  const library = await getLibrary();
  const build = (builders as Partial<Record<EntryKind, (library: Library, id: string) => unknown>>)[
    kind
  ];
  return (await (build ? build(library, id) : plainPage(library, kind, id))) as EntryPageOf[K];
}

/**
 * An entry route's `getStaticPaths`: one page per entry, keyed for the incremental build by
 * everything it shows. The page itself is built when rendered, so an unchanged page costs only its key.
 */
export const entryPaths = (kind: EntryKind) => pathsOf(kind, 'slug');

// One page per entry or author, under the route's parameter name, with its page key.
async function pathsOf(collection: EntryKind | 'authors', param: 'slug' | 'id') {
  const library = await getLibrary();
  return library[collection].map((entry) => ({
    params: { [param]: entry.id },
    props: { id: entry.id },
    cacheKey: entryPageKey(library, collection, entry.id),
  }));
}

/** An author's page: their portfolio, a few of each kind they wrote, and the skills their newest lessons name. */
export interface AuthorPage {
  entry: AuthorEntry;
  jsonLd: Record<string, unknown>;
  /** The page's search attributes, from the same mapping the search page counts with. */
  search: Record<string, string>;
  /** The lists of what the author wrote, only the kinds they wrote any of: the strip already counts the others as 0. */
  sections: { list: BacklinkList; preview: Preview; cards: Card[] }[];
  /** How many lessons the author wrote. */
  lessons: number;
  /** The lessons they chose to lead with (their `featured`, those they wrote), shown first and not again below. */
  featured: Card[];
  skills: { id: string; title: string; skill: string }[];
  /** What the author has done, as the strip at the top counts it: lessons, patterns, traps, events, actions. */
  record: { count: number; label: string }[];
  /** The portfolio's permanent address, absolute: what a CV links to and the Copy link control copies. */
  permalink: string;
  /** The newest date among the author's entries: the portfolio is current as of that day. */
  asOf: Date | undefined;
  /** The portfolio as a citable work, for "Cite this portfolio". */
  citation: Citable;
}

const tally = (count: number, one: string, many: string) => ({
  count,
  label: count === 1 ? one : many,
});

/** Everything an author's page shows, built once from the library. */
export async function authorPage(id: string): Promise<AuthorPage> {
  const library = await getLibrary();
  const entry = library.get.authors(id);
  const wrote = new Set(library.graph.byAuthor(id).lessons);
  const featured = entry.data.featured.map((f) => f.id).filter((lesson) => wrote.has(lesson));
  // The newest of each kind here, every one on the list's own pages: a portfolio stays one page long.
  const sections = library.backlinks('authors', id).map((list) => {
    const preview = previewOfList('authors', id, list);
    // A featured lesson is shown once, at the top: the list below holds the others.
    const ids = preview.ids.filter((other) => list.kind !== 'lessons' || !featured.includes(other));
    return { list, preview, cards: library.cards(list.kind, ids) };
  });
  const lessons = sections.find(({ list }) => list.kind === 'lessons')?.preview ?? {
    ids: [],
    total: 0,
  };
  // The skills the author's newest personal lessons say they are developing: a portfolio reads them as growth.
  const skills = lessons.ids.slice(0, SHORT_PREVIEW_SIZE).map((lesson) => ({
    id: lesson,
    title: library.get.lessons(lesson).data.title,
    skill: library.get.lessons(lesson).data.personal_lesson.develop,
  }));
  const { name, role, links, bio } = entry.data;
  const count = (kind: EntryKind) =>
    sections.find(({ list }) => list.kind === kind)?.list.ids ?? [];
  // Actions in any of their lessons, not only the ones shown: the strip counts the whole record.
  const carried = count('lessons').flatMap((lesson) =>
    library.get.lessons(lesson).data.actions.filter(carriedThrough),
  ).length;
  const dates = sections.flatMap(({ list }) =>
    list.ids.map((entryId) => library.card(list.kind, entryId).published),
  );
  const asOf = dates.length ? new Date(Math.max(...dates.map(Number))) : undefined;
  const permalink = absolute(entryUrl('authors', id));
  return {
    entry,
    // A CV lists what was done, not what was not: a kind with none is left off the strip.
    record: [
      tally(count('lessons').length, 'lesson', 'lessons'),
      tally(count('patterns').length, 'pattern', 'patterns'),
      tally(count('traps').length, 'decision trap', 'decision traps'),
      tally(count('events').length, 'event analysed', 'events analysed'),
      tally(carried, 'action carried through', 'actions carried through'),
    ].filter(({ count }) => count > 0),
    permalink,
    asOf,
    citation: {
      title: `${name}: portfolio of lessons`,
      authors: [name],
      published: asOf ?? BUILD_DATE,
      url: permalink,
      container: site.title,
      kind: 'Author portfolio',
      id,
    },
    jsonLd: profileJsonLd({
      name,
      url: permalink,
      jobTitle: role,
      sameAs: links.map((l) => l.url),
      description: bio,
    }),
    search: searchAttributes(recordFor(library, 'authors', id)),
    // An empty list would print a heading and "No patterns yet.": a portfolio shows what was done.
    sections: sections.filter(({ list }) => list.ids.length > 0),
    lessons: lessons.total,
    featured: library.cards('lessons', featured),
    skills,
  };
}

/** The author route's `getStaticPaths`, keyed like an entry's by everything the page shows. */
export const authorPaths = () => pathsOf('authors', 'id');
