/** Where each step of the form stands, as the task list shows it. */
import type { EntryCheck } from './entry-check.ts';
import type { FormSection } from './form-sections.ts';
import type { Values } from './form-values.ts';

/** A step's state in the task list. */
export type TaskState = 'Not started' | 'In progress' | 'Completed';

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.every(isBlank)) ||
  (typeof value === 'object' && value !== null && Object.values(value).every(isBlank));

interface Answers {
  values: Values;
  body: string;
  /** The body the form starts with. */
  start: string;
  check: EntryCheck | undefined;
  /** Whether the check is of the answers on screen. */
  fresh: boolean;
}

/** A step's state, from its answers and what the check says of them: the body's step is the one without fields. */
export function taskState(
  section: FormSection,
  { values, body, start, check, fresh }: Answers,
): TaskState {
  if (section.fields.length === 0) {
    if (body === start) return 'Not started';
    return check?.byField['body']?.length ? 'In progress' : 'Completed';
  }
  const keys = section.fields.map((f) => f.key);
  if (keys.every((k) => isBlank(values[k]))) return 'Not started';
  const open =
    !fresh ||
    Object.keys(check?.byField ?? {}).some((path) => keys.includes(path.split('.')[0] ?? '')) ||
    section.fields.some((f) => !f.optional && isBlank(values[f.key]));
  return open ? 'In progress' : 'Completed';
}
