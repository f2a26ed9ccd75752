import { z } from 'astro/zod';
import { TAG_DIMENSIONS, keysOf } from './vocabulary.ts';

/** A tag in the controlled vocabulary (`content/tags.yaml`, keyed by tag id). */
export const tagSchema = z.strictObject({
  /** The tag as shown on pages. */
  label: z.string().trim().min(2),
  /** One line on what the tag covers. */
  description: z.string().trim().min(10).max(200),
  /** What the tag says about an entry: the system, root cause or impacted metric, or (the default) its topic. */
  dimension: z.enum(keysOf(TAG_DIMENSIONS)).default('topic'),
});

export type Tag = z.output<typeof tagSchema>;
export type TagDimension = Tag['dimension'];
