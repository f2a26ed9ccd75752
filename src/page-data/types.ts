import type { Digest } from '../domain/learning-loop/digest.ts';
// The page data every route renders, in one place: builders in this folder return these, components import them.
import type { Page } from 'astro';
import type { CardGroup } from '../components/GroupedCards.astro';
import type { ListOwner } from '../domain/backlinks.ts';
import type { BacklinkList, ListGroup, Preview } from '../view/backlink-lists.ts';
import type { Card } from '../view/cards.ts';
import type { Evidence } from '../domain/learning-loop/evidence.ts';
import type { LibraryFacts } from '../domain/learning-loop/facts.ts';
import type { LessonAction } from '../domain/learning-loop/follow-through.ts';
import type { Health } from '../domain/learning-loop/health.ts';
import type { CameBack } from '../domain/learning-loop/recurrence.ts';
import type { AwaitingRevisit } from '../domain/learning-loop/revisits.ts';
import type { ContributeProps } from '../islands/contribute/Contribute.tsx';
import type { FileHistory } from '../pipeline/git-history.ts';
import type { EntryKind } from '../schemas/collections.ts';
import type { Action, Lesson } from '../schemas/lesson.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { Citable } from '../view/citation.ts';
import type { PageGroup } from '../view/pagination.ts';
import type { Provenance } from '../view/provenance.ts';
import type { ArticleData } from '../view/structured-data.ts';
import type {
  AuthorEntry,
  EventEntry,
  LessonEntry,
  Library,
  LibraryEntry,
  PatternEntry,
  TagEntry,
  TrapEntry,
} from './library.ts';

/** What every builder here reads, loaded once per build by `src/pipeline/page-data.ts` (a test writes its own). */
export interface PageInputs {
  library: Library;
  /** The library as plain facts for the learning-loop figures (`toFacts`). */
  facts: LibraryFacts;
  /** Every content file's git history, by its path in the repository. */
  history: ReadonlyMap<string, FileHistory>;
  /** The day the site is built: "overdue", "ago" and "as of" are as of this date. */
  date: Date;
  /** The site's configuration (`site.config.ts`). */
  site: SiteConfig;
}

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
  /** Each action with where it stands, in the words of actionStatus() (src/view/action-status.ts). */
  actions: (Action & { statusText: string })[];
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
  actions: (Action & { overdue: boolean; onTime: boolean; statusText: string })[];
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

/** The page of an entry whose kind adds nothing to what every entry page shows. */
export interface PlainPage<K extends EntryKind> extends EntryPage<K> {
  entry: LibraryEntry<K>;
}

/** Each kind's page data, by kind: a kind without a builder of its own gets the plain page. */
export type EntryPageOf = {
  [K in EntryKind]: K extends 'patterns'
    ? PatternPage
    : K extends 'traps'
      ? TrapPage
      : K extends 'lessons'
        ? LessonPage
        : K extends 'events'
          ? EventPage
          : PlainPage<K>;
};

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

/** The props a list route's pages get: the page, and where each group starts when the list is grouped. */
export interface ListProps {
  page: Page<string>;
  groups?: PageGroup<string | number>[];
}

/** What one page of a collection's list shows: its cards, and its groups when the list is grouped. */
export interface ListPage {
  page: Page<string>;
  cards: Card[];
  notes: Record<string, string> | undefined;
  sections: CardGroup[];
}

/** The props one page of a previewed list's own pages gets (`/patterns/pre-mortem/lessons/2/`). */
export interface BacklinkListProps {
  page: Page<string>;
  owner: { collection: ListOwner; id: string; name: string };
  list: {
    /** The list's short name, for the breadcrumb. */
    label: string;
    /** Its heading here, naming the owner. */
    fullTitle: string;
    kind: EntryKind;
    notes: Record<string, string> | undefined;
    groups: (PageGroup & { label: string; id: string })[] | undefined;
  };
}

/** What one page of a previewed list's own pages shows. */
export interface BacklinkListPage extends BacklinkListProps {
  /** The owner's page. */
  ownerUrl: string;
  /** What the list holds, plural and lower case: "lessons". */
  noun: string;
  /** Home, the owner's collection, the owner, the list. */
  trail: { label: string; href: string }[];
  /** The cards on this page. */
  cards: Card[];
  /** The page's groups, when the list is grouped (an event's lessons by lens). */
  sections: CardGroup[] | undefined;
}

/** The props one page of a tag's page gets: the tag, and where each kind starts. */
export interface TagProps {
  entry: TagEntry;
  page: Page<string>;
  groups: PageGroup<EntryKind>[];
}

/** What one page of a tag's page shows: its entries, kind by kind. */
export interface TagPage extends TagProps {
  /** The tag's feed. */
  feed: string;
  sections: CardGroup[];
}

/** The props one page of the follow-ups gets. */
/** The tags index: each dimension of the guide with its tags and how many entries carry each. */
export interface TagsIndexPage {
  groups: {
    dimension: string;
    label: string;
    meaning: string;
    tags: { tag: LibraryEntry<'tags'>; count: number }[];
  }[];
}

/** The map of the library: per trap kind, each trap, its lessons and the patterns that counter it. */
export interface MapPage {
  kinds: {
    kind: string;
    label: string;
    rows: {
      trap: { href: string; title: string };
      /** How many lessons fell into the trap. */
      lessons: number;
      /** Each pattern that counters it, with how many lessons stand behind the link. */
      counters: { href: string; title: string; lessons: number }[];
    }[];
  }[];
}

/** The problem-first way in: warning signs grouped by where they show up, each with its trap and where it leads. */
export interface WhatIsHappeningPage {
  groups: {
    /** The section's id, for the list of places at the top. */
    anchor: string;
    label: string;
    meaning: string | undefined;
    traps: {
      href: string;
      title: string;
      /** The trap's kind, in lower case, as the sentence reads it. */
      kind: string;
      summary: string;
      warningSigns: readonly string[];
      counters: { href: string; title: string }[];
      lessons: { href: string; title: string }[];
    }[];
  }[];
}

/** What a month's learning release is built from: its digest and its neighbours. */
export interface DigestProps {
  digest: Digest;
  /** The month before, when it has a release. */
  previous: string | undefined;
  /** The month after, when it has a release. */
  next: string | undefined;
}

/** A month's learning release as its page shows it. */
/** The monthly releases' index: a card per month, newest first. */
export interface DigestIndexPage {
  releases: { href: string; label: string; figures: string }[];
}

export interface DigestPage extends DigestProps {
  title: string;
  newLessons: Card[];
  /** The titles of the traps and patterns the release names, by id. */
  traps: Record<string, string>;
  patterns: Record<string, string>;
}

export interface FollowUpsProps {
  page: Page<LessonAction>;
  /** How many lessons the overdue actions come from. */
  lessons: number;
  /** Lessons past 30 days with no look back, longest waiting first. */
  unrevisited: AwaitingRevisit[];
}

/** What one page of the follow-ups shows, as of the build date. */
export interface FollowUpsPage extends FollowUpsProps {
  /** The day "overdue" and "ago" are counted to. */
  date: Date;
  /** Each overdue action on this page with how many days it is late, in the page's order. */
  late: (LessonAction & { daysLate: number | undefined })[];
  /** The lessons awaiting a look back this page lists: the longest waiting, on the first page only. */
  revisits: AwaitingRevisit[];
}

/** A table of counts linking to entries: the health page's most-cited patterns and most-hit traps. */
export interface CountTable {
  id: string;
  title: string;
  /** The headers of its two columns: the entry, and what is counted. */
  headers: [string, string];
  rows: { href: string; label: string; value: number }[];
}

/** What the health page shows: the library's figures as of the build date. */
export interface HealthPage {
  date: Date;
  lessons: number;
  health: Health;
  /** The events the days-to-first-lesson chart shows: the newest only. */
  recentEvents: Health['daysToFirstLesson'];
  /** Whether the chart leaves older events out. */
  someEvents: boolean;
  /** The thin-evidence patterns the page lists: the first few. */
  thin: Health['thinPatterns'];
  /** Most-cited patterns, most-hit traps. */
  counts: CountTable[];
}

/** What one page of the authors index shows. */
export interface AuthorsListPage {
  page: Page<string>;
  /** Each author on the page: their page, name, role and what they wrote ("2 lessons · 1 pattern"). */
  authors: { href: string; name: string; role: string; wrote: string }[];
}

/** What one page of the showcase shows. */
export interface ShowcasePage {
  page: Page<string>;
  cards: Card[];
}

/** Everything the contribute page hands its island, worked out at build time: the island's props. */
export type ContributePage = ContributeProps;

/** A lesson of the library that the writing guide shows, with the pattern it cites and the trap it fell into. */
export interface GuideExample {
  title: string;
  /** Its page as a site path (`/lessons/<id>/`): a page's links get the base when they are drawn. */
  path: string;
  questions: Lesson['questions'];
  /** Its personal lesson, as the sentence its page prints. */
  personal: string;
  actions: ActionsRef;
  pattern: Card | undefined;
  trap: Card | undefined;
}

/**
 * What a site page (src/content/pages/*.mdx) can show besides its prose, as `props`: the config and a few facts of
 * the library. Pages that read only these, and no import by path, work from any folder a fork names.
 */
export interface SitePageProps {
  site: SiteConfig;
  /** How many authors the library has. */
  authors: number;
  /** The kinds of failure a lesson is classed as, as readers see them. */
  failureKinds: string[];
  /** The writing guide's example, when the library has a lesson. */
  example: GuideExample | undefined;
}
