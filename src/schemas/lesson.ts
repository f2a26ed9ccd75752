import { z } from 'astro/zod';
import { entryBase, isoDate } from './common.ts';
import { reference } from './reference.ts';
import { FAILURE_KINDS, LENSES, keysOf } from './vocabulary.ts';

/** One follow-up action; the owner is a role, never a person. */
export const actionSchema = z.strictObject({
  /** What will be done. */
  what: z.string().trim().min(10),
  /** Who owns it, as a role ("facilitator", "analytics lead"). */
  owner: z.string().trim().min(3),
  /** When it is due. */
  by: isoDate,
  /** How we will know it worked. */
  verify: z.string().trim().min(10),
});

/** A blameless lesson write-up by members who lived through a failure. */
export const lessonSchema = entryBase.extend({
  /** The shared failure the lesson comes from, if any. */
  event: reference('events').optional(),
  /** The lens the author looked through. */
  lens: z.enum(keysOf(LENSES)),
  /** Avoidable, inherent, or a necessary experiment. */
  failure_kind: z.enum(keysOf(FAILURE_KINDS)),
  /** The four questions of a blameless review. */
  questions: z.strictObject({
    /** What we intended. */
    intended: z.string().trim().min(20),
    /** What actually happened. */
    happened: z.string().trim().min(20),
    /** The gap between the two. */
    gap: z.string().trim().min(20),
    /** Why: what made it avoidable, inherent, or a necessary experiment. */
    why: z.string().trim().min(20),
  }),
  /** "The pattern of X showed me I need to develop Y; my plan is to Z." */
  personal_lesson: z.strictObject({
    /** X: the pattern the author noticed in themselves or the work. */
    pattern: z.string().trim().min(5),
    /** Y: the skill or habit to develop. */
    develop: z.string().trim().min(5),
    /** Z: the concrete plan, a verb phrase read after "my plan is to". */
    plan: z.string().trim().min(10),
  }),
  /** Follow-up actions with role owners, dates and a way to verify. */
  actions: z.array(actionSchema).default([]),
  /** Patterns the lesson cites. */
  patterns: z.array(reference('patterns')).default([]),
  /** Traps the lesson fell into. */
  traps: z.array(reference('traps')).default([]),
  /** Shown in the Lesson Share showcase on the home page. */
  featured: z.boolean().default(false),
});

export type Lesson = z.output<typeof lessonSchema>;
export type Action = z.output<typeof actionSchema>;
