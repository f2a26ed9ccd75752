import { createReference } from 'astro/content/runtime';
import { z } from 'astro/zod';

const astroReference = createReference();

/** Which collection each reference field points into, so a form can offer that collection's entries. */
export const referenceTargets = z.registry<{ collection: string }>();

/**
 * Astro's own `reference()`, taken from its runtime rather than the `astro:content`
 * virtual module so that the schemas also load in plain Node (the checker, the scaffolder),
 * and typed to what it yields for an id written in frontmatter.
 */
export function reference<C extends string>(
  collection: C,
): z.ZodType<{ collection: C; id: string }, string> {
  const schema = astroReference(collection) as unknown as z.ZodType<
    { collection: C; id: string },
    string
  >;
  referenceTargets.add(schema, { collection });
  return schema;
}
