import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { site } from '../site.config.ts';
import { contentLoader } from './loaders/content-loader.ts';
import { COLLECTIONS, schemas, type CollectionName } from './schemas/index.ts';
import { sitePageSchema } from './schemas/site-page.ts';

// One collection per registry row (src/schemas/collections.ts), each with its own schema's type.
const entries = Object.fromEntries(
  COLLECTIONS.map((c) => [c, defineCollection({ loader: contentLoader(c), schema: schemas[c] })]),
) as { [C in CollectionName]: { loader: Loader; schema: (typeof schemas)[C] } };

export const collections = {
  ...entries,
  // The site's own prose, trusted: Astro's glob loader hands each file to @astrojs/mdx, imports and all.
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: site.pages }),
    schema: sitePageSchema,
  }),
};
