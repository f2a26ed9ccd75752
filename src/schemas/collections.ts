/** What the site does with one collection: every list of kinds in the code is derived from these rows. */
export interface CollectionRow {
  /** Where its entries live under `content/`: one file per entry in a folder of its name, or one file of many. */
  source: { extension: 'mdx' | 'yaml' } | { file: string };
  /** One entry's kind as a word in a URL or a command: `?type=lesson`, `npm run new -- lesson`. */
  singular: string;
  /** Its name on badges and headings. */
  label: { one: string; many: string };
  /**
   * One of the library's entry kinds: written pages with a body, a card in every list and an index. Authors and
   * tags have pages too, but they are data whose pages list what points at them.
   */
  entryKind: boolean;
  /** A link in the site's main navigation, to its index, in registry order. */
  nav: boolean;
  /** Its pages show lists of the entries that point at them (`src/domain/backlinks.ts` declares them). */
  lists: boolean;
  /** Each entry gets a 1200×630 sharing card of its own (pages that are not entries get one from `src/pipeline/og/page-cards.ts`). */
  sharingCard: boolean;
  /** A value of the search page's "type" filter. */
  search: boolean;
  /** Entries keep their former slugs (`aliases`) as redirects. */
  aliases: boolean;
  /** How its entries are ordered everywhere: newest first, or by the named text field. */
  order: 'newest' | 'name' | 'label';
}

/**
 * The library's collections, one row each, in the order the library reads them. Adding a collection is a row
 * here, its schema (`src/schemas/<name>.ts`, named in `index.ts`), its pages and its content; nothing else
 * lists the kinds. Plain data, no schemas: the search island reads the labels without shipping Zod.
 */
export const REGISTRY = {
  patterns: {
    source: { extension: 'mdx' },
    singular: 'pattern',
    label: { one: 'Pattern', many: 'Patterns' },
    entryKind: true,
    nav: true,
    lists: true,
    sharingCard: true,
    search: true,
    aliases: true,
    order: 'newest',
  },
  traps: {
    source: { extension: 'mdx' },
    singular: 'trap',
    label: { one: 'Decision trap', many: 'Decision traps' },
    entryKind: true,
    nav: true,
    lists: true,
    sharingCard: true,
    search: true,
    aliases: true,
    order: 'newest',
  },
  lessons: {
    source: { extension: 'mdx' },
    singular: 'lesson',
    label: { one: 'Lesson', many: 'Lessons' },
    entryKind: true,
    nav: true,
    lists: false,
    sharingCard: true,
    search: true,
    aliases: true,
    order: 'newest',
  },
  events: {
    source: { extension: 'mdx' },
    singular: 'event',
    label: { one: 'Event', many: 'Events' },
    entryKind: true,
    nav: true,
    lists: true,
    sharingCard: true,
    search: true,
    aliases: true,
    order: 'newest',
  },
  authors: {
    source: { extension: 'yaml' },
    singular: 'author',
    label: { one: 'Author', many: 'Authors' },
    entryKind: false,
    nav: true,
    lists: true,
    sharingCard: true,
    search: true,
    aliases: true,
    order: 'name',
  },
  tags: {
    source: { file: 'tags.yaml' },
    singular: 'tag',
    label: { one: 'Tag', many: 'Tags' },
    entryKind: false,
    nav: true,
    lists: false,
    sharingCard: false,
    search: false,
    aliases: false,
    order: 'label',
  },
} as const satisfies Record<string, CollectionRow>;

type Rows = typeof REGISTRY;
/** A collection's name. */
export type CollectionName = keyof Rows;
type Flag = 'entryKind' | 'nav' | 'lists' | 'sharingCard' | 'search' | 'aliases';
/** The collections whose row sets a flag. */
export type CollectionsWhere<F extends Flag> = {
  [C in CollectionName]: Rows[C][F] extends true ? C : never;
}[CollectionName];

/** Every collection, in the order the library reads them. */
export const COLLECTIONS = Object.keys(REGISTRY) as CollectionName[];

/** The collections whose row sets `flag`, in registry order. */
export function collectionsWhere<F extends Flag>(flag: F): CollectionsWhere<F>[] {
  return COLLECTIONS.filter((c) => REGISTRY[c][flag]) as CollectionsWhere<F>[];
}

/** The kinds of entry with a page, a body and a card in lists (the rest are YAML data). */
export const ENTRY_COLLECTIONS = collectionsWhere('entryKind');
/** The name of an entry kind: a collection whose row sets `entryKind`. */
export type EntryKind = (typeof ENTRY_COLLECTIONS)[number];

/** The file or folder a collection's entries live in, relative to `content/`. */
export function sourcePath(collection: CollectionName): string {
  const { source } = REGISTRY[collection];
  return 'file' in source ? source.file : collection;
}

/** Whether a collection's entries are MDX, with a body after the frontmatter (the rest are YAML data). */
export function hasBody(collection: CollectionName): boolean {
  const { source } = REGISTRY[collection];
  return 'extension' in source && source.extension === 'mdx';
}
