import { z } from 'astro/zod';
import { entryBase, atMost } from './common.ts';
import { reference } from './reference.ts';
import { SIGN_PLACES, TRAP_KINDS, keysOf } from './vocabulary.ts';

/** A decision trap: a bias, breakdown or pitfall that sinks projects. */
export const trapSchema = entryBase.extend({
  /** Which family of trap this is. */
  kind: z.enum(keysOf(TRAP_KINDS)),
  /** Where its warning signs show up, for the problem-first way in (`/what-is-happening/`). */
  shows_up_in: z.array(z.enum(keysOf(SIGN_PLACES))).default([]),
  /** What you notice when you are falling into it, one short line each. */
  warning_signs: z
    .array(z.string().trim().min(5).max(500, atMost(500, 'characters')))
    .min(2, 'list at least two warning signs')
    .max(30, atMost(30, 'items')),
  /** Patterns that counter this trap. */
  counter_moves: z
    .array(reference('patterns'))
    .min(1, 'name at least one pattern that counters the trap'),
});

export type Trap = z.output<typeof trapSchema>;
export type TrapKind = Trap['kind'];
