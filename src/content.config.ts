import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content-loader.ts';
import { authorSchema } from './schemas/author.ts';
import { eventSchema } from './schemas/event.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { patternSchema } from './schemas/pattern.ts';
import { tagSchema } from './schemas/tag.ts';
import { trapSchema } from './schemas/trap.ts';

export const collections = {
  patterns: defineCollection({ loader: contentLoader('patterns'), schema: patternSchema }),
  traps: defineCollection({ loader: contentLoader('traps'), schema: trapSchema }),
  lessons: defineCollection({ loader: contentLoader('lessons'), schema: lessonSchema }),
  events: defineCollection({ loader: contentLoader('events'), schema: eventSchema }),
  authors: defineCollection({ loader: contentLoader('authors'), schema: authorSchema }),
  tags: defineCollection({ loader: contentLoader('tags'), schema: tagSchema }),
};
