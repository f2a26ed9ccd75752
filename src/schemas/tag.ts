import { z } from 'astro/zod';

/** A tag in the controlled vocabulary (`content/tags.yaml`, keyed by tag id). */
export const tagSchema = z.strictObject({
  /** The tag as shown on pages. */
  label: z.string().trim().min(2),
  /** One line on what the tag covers. */
  description: z.string().trim().min(10).max(200),
});

export type Tag = z.output<typeof tagSchema>;
