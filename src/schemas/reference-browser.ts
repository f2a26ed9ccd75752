import { z } from 'astro/zod';

// Zod compiles object parsers with `new Function`, which the site's Content-Security-Policy forbids. It decides
// when a schema is made, so this is said here: every schema module imports this one (as reference.ts) first.
z.config({ jitless: true });

/**
 * Astro's `createReference()` as its runtime (astro/dist/content/runtime.js) writes it, for the browser only:
 * that module also carries the content store, which a page's script must not. The contribute page's schemas
 * get this one through src/integrations/browser-reference.ts; tests/unit/contribute.test.ts holds it to
 * Astro's own on every kind of value.
 */
export function createReference() {
  return function reference(collection: string) {
    return z
      .union([
        z.number().transform((num) => num.toString(10)),
        z.string(),
        z.object({ id: z.string(), collection: z.string() }),
        z.object({ slug: z.string(), collection: z.string() }),
      ])
      .transform((lookup, ctx) => {
        if (typeof lookup === 'object') {
          if (lookup.collection !== collection) {
            const flattenedErrorPath = ctx.issues[0]?.path?.join('.');
            ctx.addIssue({
              code: 'custom',
              message: `**${flattenedErrorPath}**: Reference to ${collection} invalid. Expected ${collection}. Received ${lookup.collection}.`,
            });
            return;
          }
          return lookup;
        }
        return { id: lookup, collection };
      });
  };
}
