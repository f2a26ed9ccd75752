import { z } from 'astro/zod';

const text = z.string().trim().min(1, 'write some text');

/** A page of the site's own prose (About, the writing guide, the policies): MDX written by maintainers. */
export const sitePageSchema = z.strictObject({
  /** The page's heading and title. */
  title: text,
  /** One sentence for search engines and link previews. */
  description: text,
  /** Its link in every page's footer: the words, and its place among the others (lowest first). */
  footer: z.strictObject({ label: text, order: z.number().int() }),
});

/** A site page's frontmatter as written. */
export type SitePage = z.output<typeof sitePageSchema>;
