import { z } from 'astro/zod';
import { entryBase } from './common.ts';
import { reference } from './reference.ts';
import { CONFIDENCE, FIELDS, PATTERN_RELATIONS, keysOf } from './vocabulary.ts';

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
    error: `confidence is 1, 2 or 3 (${Object.values(CONFIDENCE)
      .map((c) => c.label)
      .join(', ')})`,
  }),
  /** Fields of practice the pattern draws on. */
  draws_on: z.array(z.enum(keysOf(FIELDS))).min(1),
  /** Patterns that work well alongside this one. */
  related: z.array(reference('patterns')).default([]),
  /** Typed relations to other patterns, shown on both patterns' pages. */
  relations: z
    .array(
      z.strictObject({
        /** complements, alternative-to or refines. */
        type: z.enum(keysOf(PATTERN_RELATIONS)),
        /** The other pattern. */
        pattern: reference('patterns'),
      }),
    )
    .default([]),
  /** Decision traps this pattern counters. */
  counters: z.array(reference('traps')).default([]),
});

export type Pattern = z.output<typeof patternSchema>;
export type Confidence = Pattern['confidence'];

/** The fewest independent instances (distinct events, unattached lessons, known uses) each confidence level needs. */
export const EVIDENCE_NEEDED: Record<Confidence, number> = { 1: 0, 2: 1, 3: 3 };
