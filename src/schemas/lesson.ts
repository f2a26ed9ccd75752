import { z } from 'astro/zod';
import { entryBase, isoDate, atMost } from './common.ts';
import { reference } from './reference.ts';
import {
  ACTION_STATUSES,
  DECISION_RULE_TIMINGS,
  FAILURE_KINDS,
  LENSES,
  keysOf,
} from './vocabulary.ts';

/** What came of an action, and when we knew. */
export const outcomeSchema = z.strictObject({
  /** When the outcome was verified (or the action dropped). */
  date: isoDate,
  /** What happened: "verified: the checklist caught two cases in the next release". */
  text: z.string().trim().min(10).max(1000, atMost(1000, 'characters')),
});

/** One follow-up action; the owner is a role, never a person. */
export const actionSchema = z
  .strictObject({
    /** What will be done. */
    what: z.string().trim().min(10).max(1000, atMost(1000, 'characters')),
    /** Who owns it, as a role ("facilitator", "analytics lead"). */
    owner: z.string().trim().min(3).max(200, atMost(200, 'characters')),
    /** When it is due. */
    by: isoDate,
    /** How we will know it worked. */
    verify: z.string().trim().min(10).max(1000, atMost(1000, 'characters')),
    /** Planned, done or dropped. */
    status: z.enum(keysOf(ACTION_STATUSES)).default('planned'),
    /** The dated outcome, once the action is done or dropped. */
    outcome: outcomeSchema.optional(),
    /** Traps this action is meant to counter: once it is done, a later lesson caught by one of them is a recurrence. */
    counters: z.array(reference('traps')).default([]),
  })
  .check((ctx) => {
    const { status, outcome } = ctx.value;
    if (status !== 'planned' && !outcome) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['outcome'],
        message: `a ${status} action needs an \`outcome\` with a date and what happened`,
      });
    }
    if (status === 'planned' && outcome) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['status'],
        message: 'an action with an outcome is `done` or `dropped`, not `planned`',
      });
    }
  });

/** A dated note added when the author looked back at the lesson later. */
export const revisitSchema = z.strictObject({
  /** When the author looked back. */
  date: isoDate,
  /** What they saw then. */
  note: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
});

/** For an experiment: whether it had a rule for what each result would mean, and when that rule was written. */
export const decisionRuleSchema = z
  .strictObject({
    /** `before` it ran, only `after` results came in, or `never`. */
    declared: z.enum(keysOf(DECISION_RULE_TIMINGS)),
    /** The rule itself: "stop below 15 sign-ups in two weeks; continue above 30". */
    rule: z.string().trim().min(10).max(1000, atMost(1000, 'characters')).optional(),
  })
  .check((ctx) => {
    const { declared, rule } = ctx.value;
    if (declared !== 'never' && !rule) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['rule'],
        message: `a decision rule declared \`${declared}\` needs its \`rule\`: what result meant stop, adapt or continue`,
      });
    }
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
    intended: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
    /** What actually happened. */
    happened: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
    /** The gap between the two. */
    gap: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
    /** Why: what made it avoidable, inherent, or a necessary experiment. */
    why: z.string().trim().min(20).max(3000, atMost(3000, 'characters')),
  }),
  /** "The pattern of X showed me I need to develop Y; my plan is to Z." */
  personal_lesson: z.strictObject({
    /** X: the pattern the author noticed in themselves or the work. */
    pattern: z.string().trim().min(5).max(500, atMost(500, 'characters')),
    /** Y: the skill or habit to develop. */
    develop: z.string().trim().min(5).max(500, atMost(500, 'characters')),
    /** Z: the concrete plan, a verb phrase read after "my plan is to". */
    plan: z.string().trim().min(10).max(500, atMost(500, 'characters')),
  }),
  /** Follow-up actions with role owners, dates and a way to verify. */
  actions: z.array(actionSchema).max(30, atMost(30, 'items')).default([]),
  /** Dated notes from looking back at the lesson later. */
  revisited: z.array(revisitSchema).max(30, atMost(30, 'items')).default([]),
  /** For an experiment: its decision rule and when it was declared (counted on the health page). */
  decision_rule: decisionRuleSchema.optional(),
  /** Patterns the lesson cites. */
  patterns: z.array(reference('patterns')).default([]),
  /** Traps the lesson fell into. */
  traps: z.array(reference('traps')).default([]),
  /** Shown in the Lesson Share showcase on the home page. */
  featured: z.boolean().default(false),
});

export type Lesson = z.output<typeof lessonSchema>;
export type Action = z.output<typeof actionSchema>;
export type Revisit = z.output<typeof revisitSchema>;
export type DecisionRule = z.output<typeof decisionRuleSchema>;
