/** The draft the contribute page keeps in the browser as a person types, so nothing is lost to a closed tab. */
import type { Field } from '../../schemas/form-model.ts';
import { emptyValue, type Value, type Values } from './form-values.ts';

/** What is kept: the answers, the body, when, and the file text last sent (to know whether anything is unsent). */
export interface Draft {
  values: Values;
  body: string;
  savedAt: string;
  sent?: string;
}

/** The localStorage key of a kind's draft: a lesson, a pattern and a trap are kept apart. */
export const draftKey = (kind: string) => `lesson-share:contribute:${kind}`;

/** The draft saved under `key`, or undefined when there is none or it cannot be read. */
export function loadDraft(storage: Storage, key: string): Draft | undefined {
  try {
    const raw = storage.getItem(key);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.body !== 'string' || typeof draft.values !== 'object' || !draft.values)
      return undefined;
    return draft as Draft;
  } catch {
    return undefined;
  }
}

/** Keeps the draft; a full or blocked storage only loses the draft, never the page. */
export function saveDraft(storage: Storage, key: string, draft: Draft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing to do: the form still works, it just will not be restored.
  }
}

/** Forgets the draft. */
export function discardDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // As above.
  }
}

// A saved value of the kind the field holds now; a field that changed kind since the draft starts empty.
function restoreValue(field: Field, saved: unknown): Value {
  const empty = emptyValue(field);
  if (saved === undefined) return empty;
  switch (field.kind) {
    case 'group':
      return restoreValues(field.fields, saved);
    case 'list':
      return Array.isArray(saved) ? saved.map((item) => restoreValues(field.fields, item)) : empty;
    case 'entries':
    case 'choices':
      return Array.isArray(saved) ? saved.filter((v): v is string => typeof v === 'string') : empty;
    case 'flag':
      return typeof saved === 'boolean' ? saved : empty;
    default:
      return typeof saved === 'string' ? saved : empty;
  }
}

/** A draft's values fitted to the form as it is now: fields added since start empty, fields removed are dropped. */
export function restoreValues(fields: readonly Field[], saved: unknown): Values {
  const record =
    typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  return Object.fromEntries(
    fields.map((field) => [field.key, restoreValue(field, record[field.key])]),
  );
}
