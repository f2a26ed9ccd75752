import { authorSchema } from './author.ts';
import { eventSchema } from './event.ts';
import { lessonSchema } from './lesson.ts';
import { patternSchema } from './pattern.ts';
import { tagSchema } from './tag.ts';
import { trapSchema } from './trap.ts';

/** Every collection's schema, by collection name: the one source of truth for entries. */
export const schemas = {
  patterns: patternSchema,
  traps: trapSchema,
  lessons: lessonSchema,
  events: eventSchema,
  authors: authorSchema,
  tags: tagSchema,
} as const;

/** A collection's name. */
export type CollectionName = keyof typeof schemas;

/** Every collection, in the order the library reads them. */
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];

/** The collections written as MDX pages (the rest are YAML data). */
export const ENTRY_COLLECTIONS = ['patterns', 'traps', 'lessons', 'events'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];
