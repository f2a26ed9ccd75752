import { EVIDENCE_NEEDED } from '../../schemas/pattern.ts';
import type { LessonFacts, PatternFacts } from './facts.ts';

/** What stands behind a pattern, computed from the library rather than typed. */
export interface Evidence {
  /** Lessons that cite the pattern. */
  lessons: string[];
  /** Distinct events those lessons come from. */
  events: string[];
  /** Citing lessons attached to no event: each is an instance of its own. */
  unattached: number;
  /** Known uses documented in the pattern itself. */
  knownUses: number;
  /** Independent instances: distinct events + unattached lessons + known uses. */
  instances: number;
  /** The fewest instances the pattern's confidence claims. */
  needed: number;
}

/** The evidence behind one pattern, from the lessons that cite it. */
export function evidenceFor(pattern: PatternFacts, lessons: readonly LessonFacts[]): Evidence {
  const citing = lessons.filter((l) => l.patterns.includes(pattern.id));
  const events = [...new Set(citing.flatMap((l) => (l.event ? [l.event] : [])))];
  const unattached = citing.filter((l) => !l.event).length;
  return {
    lessons: citing.map((l) => l.id),
    events,
    unattached,
    knownUses: pattern.knownUses,
    instances: events.length + unattached + pattern.knownUses,
    needed: EVIDENCE_NEEDED[pattern.confidence],
  };
}

/** Whether a pattern claims more confidence than its instances support. */
export const overclaims = (evidence: Evidence) => evidence.instances < evidence.needed;

/** Evidence is thin when it barely meets, or misses, what the claim needs (fewer than two instances beyond it). */
export const isThin = (evidence: Evidence) => evidence.instances < evidence.needed + 2;
