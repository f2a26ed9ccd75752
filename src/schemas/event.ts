import { z } from 'astro/zod';
import { entryBase, isoDate, atMost } from './common.ts';
import { LENSES, keysOf } from './vocabulary.ts';

/** A shared failure that lessons come from: a failed launch, a test that went the wrong way. */
export const eventSchema = entryBase.extend({
  /** When the failure happened (its first day). */
  date: isoDate,
  /** What was tried, in a sentence or two. */
  tried: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
  /** What actually happened, in a sentence or two. */
  happened: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
  /** When the failure began, if not on `date`: with `detected`, the time to detect (`date` stands in when absent). */
  started: isoDate.optional(),
  /** When someone noticed it: with `started`, the time to detect. */
  detected: isoDate.optional(),
  /** When its harm stopped growing (rolled back, switched off, fixed): with `detected`, the time to contain. */
  contained: isoDate.optional(),
  /** The lenses the community examined it through. */
  lenses: z.array(z.enum(keysOf(LENSES))).min(1),
});

export type Event = z.output<typeof eventSchema>;
