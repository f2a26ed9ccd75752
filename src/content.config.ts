import { defineCollection } from 'astro:content';
import { libraryLoader } from './loaders/content-loader.ts';
import { authorSchema } from './schemas/author.ts';
import { eventSchema } from './schemas/event.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { patternSchema } from './schemas/pattern.ts';
import { tagSchema } from './schemas/tag.ts';
import { trapSchema } from './schemas/trap.ts';

export const collections = {
  patterns: defineCollection({ loader: libraryLoader('patterns'), schema: patternSchema }),
  traps: defineCollection({ loader: libraryLoader('traps'), schema: trapSchema }),
  lessons: defineCollection({ loader: libraryLoader('lessons'), schema: lessonSchema }),
  events: defineCollection({ loader: libraryLoader('events'), schema: eventSchema }),
  authors: defineCollection({ loader: libraryLoader('authors'), schema: authorSchema }),
  tags: defineCollection({ loader: libraryLoader('tags'), schema: tagSchema }),
};
