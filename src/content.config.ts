import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { authorSchema } from './schemas/author.ts';
import { eventSchema } from './schemas/event.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { patternSchema } from './schemas/pattern.ts';
import { tagSchema } from './schemas/tag.ts';
import { trapSchema } from './schemas/trap.ts';

const root = contentDir();
const entries = (folder: string) => glob({ pattern: '*.mdx', base: `${root}/${folder}` });

export const collections = {
  patterns: defineCollection({ loader: entries('patterns'), schema: patternSchema }),
  traps: defineCollection({ loader: entries('traps'), schema: trapSchema }),
  lessons: defineCollection({ loader: entries('lessons'), schema: lessonSchema }),
  events: defineCollection({ loader: entries('events'), schema: eventSchema }),
  authors: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/authors` }), schema: authorSchema }),
  tags: defineCollection({ loader: file(`${root}/tags.yaml`), schema: tagSchema }),
};
