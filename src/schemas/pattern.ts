import { z } from 'astro/zod';
import { entryBase } from './common.ts';
import { reference } from './reference.ts';
import { CONFIDENCE, FIELDS, keysOf } from './vocabulary.ts';

/** The body sections every pattern has, in this order, as `##` headings. */
export const PATTERN_SECTIONS = [
  'Context',
  'Problem',
  'Solution',
  'Implementation',
  'Consequences',
  'Known uses',
  'Vitality',
] as const;

/** A pattern-language entry: a recurring problem and a proven way through it. */
export const patternSchema = entryBase.extend({
  /** Other names the pattern goes by ("also known as"). */
  also_known_as: z.array(z.string().trim().min(2)).default([]),
  /** How established the pattern is: 1 emerging, 2 tested, 3 established. */
  confidence: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: `confidence is 1, 2 or 3 (${Object.values(CONFIDENCE).map((c) => c.label).join(', ')})`,
  }),
  /** Fields of practice the pattern draws on. */
  draws_on: z.array(z.enum(keysOf(FIELDS))).min(1),
  /** Patterns that work well alongside this one. */
  related: z.array(reference('patterns')).default([]),
  /** Decision traps this pattern counters. */
  counters: z.array(reference('traps')).default([]),
});

export type Pattern = z.output<typeof patternSchema>;
export type Confidence = Pattern['confidence'];
