import type { MarkdownHeading, Page, PaginateFunction } from 'astro';
import { site } from '../../site.config.ts';
import { toFacts } from '../../src/page-data/facts.ts';
import { libraryOf, type LibraryEntries, type LibraryEntry } from '../../src/page-data/library.ts';
import type { PageInputs } from '../../src/page-data/types.ts';
import type { FileHistory } from '../../src/pipeline/git-history.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { schemas } from '../../src/schemas/index.ts';

/** A calendar day at midnight UTC, as the content's dates are read. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An entry as one file of the library: frontmatter checked by its collection's schema, an optional rendered body. */
export interface EntrySource {
  collection: CollectionName;
  id: string;
  frontmatter: Record<string, unknown>;
  /** The body's second-level sections, title and HTML; the loader would render them from MDX. */
  sections?: { title: string; html: string }[];
  /** What the loader measures in a body (a pattern's `knownUses`). */
  metadata?: Record<string, unknown>;
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** One entry as the content layer would store it, its frontmatter parsed by the real schema. */
export async function entryOf(source: EntrySource): Promise<LibraryEntry> {
  const parsed = await schemas[source.collection].safeParseAsync(source.frontmatter);
  if (!parsed.success)
    throw new Error(`${source.collection}/${source.id}: ${parsed.error.issues[0]?.message}`);
  const data: unknown = parsed.data;
  const sections = source.sections ?? [];
  const headings: MarkdownHeading[] = sections.map(({ title }) => ({
    depth: 2,
    slug: slug(title),
    text: title,
  }));
  return {
    id: source.id,
    collection: source.collection,
    data,
    filePath: `content/${source.collection}/${source.id}.mdx`,
    rendered: {
      html: sections.map((s) => `<h2 id="${slug(s.title)}">${s.title}</h2>${s.html}`).join(''),
      metadata: { headings, ...source.metadata },
    },
  } as LibraryEntry;
}

/** A library built in memory from entry sources, as `getLibrary()` builds it from the content store. */
export async function libraryFrom(sources: readonly EntrySource[]) {
  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as LibraryEntry[]]));
  for (const source of sources) entries[source.collection]!.push(await entryOf(source));
  return libraryOf(entries as unknown as LibraryEntries);
}

/** Everything a page-data builder reads, for a library built in memory, as of `date`. */
export async function inputsFrom(
  sources: readonly EntrySource[],
  date: Date,
  history: ReadonlyMap<string, FileHistory> = new Map(),
): Promise<PageInputs> {
  const library = await libraryFrom(sources);
  return { library, facts: toFacts(library), history, date, site };
}

/**
 * Astro's `paginate()` as a route sees it, enough for the builders: pages of `pageSize` under `params`,
 * `page` numbered from 1 and left out of the first page's URL.
 */
export const paginate = ((
  data: readonly unknown[],
  options: { pageSize?: number; params?: Record<string, string>; props?: object } = {},
) => {
  const size = options.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(data.length / size));
  const url = (n: number) => `/list/${n === 1 ? '' : `${n}/`}`;
  return Array.from({ length: lastPage }, (_, i) => {
    const currentPage = i + 1;
    const start = i * size;
    const page: Page<unknown> = {
      data: data.slice(start, start + size),
      start,
      end: Math.min(start + size, data.length) - 1,
      size,
      total: data.length,
      currentPage,
      lastPage,
      url: {
        current: url(currentPage),
        prev: currentPage > 1 ? url(currentPage - 1) : undefined,
        next: currentPage < lastPage ? url(currentPage + 1) : undefined,
        first: currentPage > 1 ? url(1) : undefined,
        last: currentPage < lastPage ? url(lastPage) : undefined,
      },
    };
    return {
      params: { ...options.params, page: currentPage === 1 ? undefined : String(currentPage) },
      props: { ...options.props, page },
    };
  });
}) as unknown as PaginateFunction;

// Sentences long enough for the schemas' minimums.
const sentence = (what: string) => `${what}, said in one sentence for the test library.`;

/** An author, by id and name. */
export const author = (id: string, name: string, more: object = {}): EntrySource => ({
  collection: 'authors',
  id,
  frontmatter: {
    name,
    role: 'Product manager',
    bio: sentence(`${name} writes lessons`),
    links: [],
    ...more,
  },
});

/** A tag of the controlled vocabulary. */
export const tag = (id: string, label: string): EntrySource => ({
  collection: 'tags',
  id,
  frontmatter: { label, description: sentence(`The ${label} tag`) },
});

/** A pattern with a Context section, so its page can say when to use it. */
export const pattern = (
  id: string,
  title: string,
  more: object = {},
  knownUses = 0,
): EntrySource => ({
  collection: 'patterns',
  id,
  frontmatter: {
    title,
    summary: sentence(title),
    confidence: 2,
    draws_on: ['learning'],
    authors: ['ana'],
    tags: ['retro'],
    published: '2026-01-10',
    ...more,
  },
  sections: [
    { title: 'Context', html: `<p>Use ${title} when a team repeats a failure. Then more.</p>` },
  ],
  metadata: { knownUses },
});

/** A decision trap. */
export const trap = (id: string, title: string, more: object = {}): EntrySource => ({
  collection: 'traps',
  id,
  frontmatter: {
    title,
    summary: sentence(title),
    kind: 'cognitive-bias',
    warning_signs: [sentence(`A warning sign of ${title}`), sentence(`Another sign of ${title}`)],
    authors: ['ana'],
    tags: ['retro'],
    published: '2026-01-15',
    ...more,
  },
});

/** An event that lessons come from. */
export const event = (id: string, title: string, more: object = {}): EntrySource => ({
  collection: 'events',
  id,
  frontmatter: {
    title,
    summary: sentence(title),
    date: '2026-01-05',
    tried: sentence(`What was tried in ${title}`),
    happened: sentence(`What happened in ${title}`),
    lenses: ['user-assumptions', 'execution-process'],
    authors: ['ana'],
    tags: ['retro'],
    published: '2026-01-20',
    ...more,
  },
});

/** A lesson with its short version; no links or actions unless `more` gives them. */
export const lesson = (id: string, title: string, more: object = {}): EntrySource => ({
  collection: 'lessons',
  id,
  frontmatter: {
    title,
    summary: sentence(title),
    authors: ['ana'],
    lens: 'user-assumptions',
    failure_kind: 'avoidable',
    questions: {
      intended: sentence('What we intended'),
      happened: sentence('What actually happened'),
      gap: sentence('The gap between the two'),
      why: sentence('Why the gap opened'),
    },
    personal_lesson: {
      pattern: 'rushing past doubts',
      develop: `the habit behind ${title}`,
      plan: 'open each planning meeting with a round of doubts',
    },
    tags: ['retro'],
    published: '2026-03-01',
    ...more,
  },
  sections: [
    { title: 'The short version', html: `<p>The story of ${title}.</p>` },
    { title: 'Timeline', html: '<p>What happened when.</p>' },
  ],
});

/** An action a lesson commits to, due on `by`. */
export const action = (what: string, by: string, more: object = {}) => ({
  what,
  owner: 'facilitator',
  by,
  verify: sentence('The next review checks it'),
  ...more,
});
