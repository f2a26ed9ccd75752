import type { ActionFacts, LessonFacts } from '../../src/domain/learning-loop/facts.ts';

/** A calendar day at midnight UTC, as the content's dates are read. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An action due on `by` (or undated), verified on `done` if given, countering the listed traps. */
export const actionFacts = (
  by: string | undefined,
  status: ActionFacts['status'] = 'planned',
  done?: string,
  counters: string[] = [],
): ActionFacts => ({
  what: by ? `Action due ${by}.` : 'Action with no date.',
  owner: 'facilitator',
  by: by ? day(by) : undefined,
  status,
  outcome: done ? { date: day(done), text: 'verified in the next release' } : undefined,
  counters,
});

/** A lesson with no links and no actions unless `more` gives them. */
export const lessonFacts = (
  id: string,
  published: string,
  more: Partial<LessonFacts> = {},
): LessonFacts => ({
  id,
  title: id.toUpperCase(),
  published: day(published),
  lens: 'business',
  failureKind: 'avoidable',
  patterns: [],
  traps: [],
  actions: [],
  ...more,
});
