import { createReference } from 'astro/content/runtime';
import type { z } from 'astro/zod';

const astroReference = createReference();

/**
 * Astro's own `reference()`, taken from its runtime rather than the `astro:content`
 * virtual module so that the schemas also load in plain Node (the checker, the scaffolder),
 * and typed to what it yields for an id written in frontmatter.
 */
export function reference<C extends string>(
  collection: C,
): z.ZodType<{ collection: C; id: string }, string> {
  return astroReference(collection) as unknown as z.ZodType<{ collection: C; id: string }, string>;
}
