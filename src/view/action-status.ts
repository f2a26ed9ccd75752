import { closedOnTime, isOverdue } from '../domain/learning-loop/follow-through.ts';
import type { Action } from '../schemas/lesson.ts';
import { ACTION_STATUSES } from '../schemas/vocabulary.ts';

/**
 * Where an action stands, in the words every page uses for it ("Planned, overdue", "Done, on time", "Dropped"),
 * as of `today`, the build date: the lesson's own table, an `<ActionTable>` in any body and /follow-ups/ agree.
 */
export function actionStatus(
  action: Pick<Action, 'status' | 'by' | 'outcome'>,
  today: Date,
): string {
  const notes = [isOverdue(action, today) && 'overdue', closedOnTime(action) && 'on time'].filter(
    Boolean,
  );
  return [ACTION_STATUSES[action.status].label, ...notes].join(', ');
}
