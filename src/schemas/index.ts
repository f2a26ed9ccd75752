import type { z } from 'astro/zod';
import { authorSchema } from './author.ts';
import type { CollectionName } from './collections.ts';
import { eventSchema } from './event.ts';
import { lessonSchema } from './lesson.ts';
import { patternSchema } from './pattern.ts';
import { tagSchema } from './tag.ts';
import { trapSchema } from './trap.ts';

export {
  COLLECTIONS,
  ENTRY_COLLECTIONS,
  REGISTRY,
  collectionsWhere,
  hasBody,
  sourcePath,
  type CollectionName,
  type CollectionsWhere,
  type EntryKind,
} from './collections.ts';

/** Every collection's schema, by the registry's names (`collections.ts`): the one source of truth for entries. */
export const schemas = {
  patterns: patternSchema,
  traps: trapSchema,
  lessons: lessonSchema,
  events: eventSchema,
  authors: authorSchema,
  tags: tagSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
