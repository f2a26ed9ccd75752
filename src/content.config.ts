import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content-loader.ts';
import { COLLECTIONS, schemas, type CollectionName } from './schemas/index.ts';

// One collection per registry row (src/schemas/collections.ts), each with its own schema's type.
export const collections = Object.fromEntries(
  COLLECTIONS.map((c) => [c, defineCollection({ loader: contentLoader(c), schema: schemas[c] })]),
) as { [C in CollectionName]: { loader: Loader; schema: (typeof schemas)[C] } };
