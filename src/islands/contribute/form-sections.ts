/**
 * A long form cut into the steps of a task list (GOV.UK's "complete multiple tasks" pattern), read off the form's
 * own fields: each group or list of the schema is a step of its own (the four questions, the actions), a run of
 * plain fields is one (about it, its links to the library), and the body is the last.
 */
import type { Field } from '../../schemas/form-model.ts';
import { wordingOf } from './wording.ts';

/** One step of the form: its heading, its anchor, and the fields it holds (none for the body's step). */
export interface FormSection {
  id: string;
  title: string;
  fields: Field[];
}

// A run of fields that only pick entries of the library (patterns it cites, traps it fell into).
const onlyLinks = (fields: readonly Field[]) =>
  fields.length > 0 && fields.every((f) => f.kind === 'entries' && f.optional);

/** The steps of a kind's form, in the schema's order, with the body as its own last step. */
export function sectionsOf(
  fields: readonly Field[],
  kind: string,
  bodyTitle: string,
): FormSection[] {
  const sections: FormSection[] = [];
  let run: Field[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const first = sections.length === 0;
    const title = first
      ? `About your ${kind}`
      : onlyLinks(run)
        ? 'Links to the library'
        : 'More about it';
    sections.push({ id: `step-${run[0]!.key}`, title, fields: run });
    run = [];
  };
  for (const field of fields) {
    if (field.kind === 'group' || field.kind === 'list') {
      closeRun();
      sections.push({
        id: `step-${field.key}`,
        title: wordingOf(field.path, field.key, kind).label,
        fields: [field],
      });
    } else run.push(field);
  }
  closeRun();
  sections.push({ id: 'step-body', title: bodyTitle, fields: [] });
  return sections;
}
