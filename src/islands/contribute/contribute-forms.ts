/** The contribute pages' forms, one per kind of entry: the schema each is read off, what it leaves to editors, its body. */
import { lessonSchema } from '../../schemas/lesson.ts';
import { patternSchema } from '../../schemas/pattern.ts';
import { trapSchema } from '../../schemas/trap.ts';
import { LESSON_BODY, PATTERN_BODY, TRAP_BODY } from '../../view/entry-templates.ts';
import type { ContributeKind } from './entry-file.ts';
import { fieldsOf, type Field } from '../../schemas/form-model.ts';

/** One kind's form. */
export interface ContributeForm {
  /** The fields, in schema order. */
  fields: Field[];
  /** The body the form starts with: `npm run new`'s, headings and guidance. */
  body: string;
}

// What an editor sets, not a contributor: publication dates, reviewers, former slugs.
const EDITOR = ['published', 'updated', 'reviewers', 'aliases'];

/** The form of each kind of entry. */
export const CONTRIBUTE_FORMS: Record<ContributeKind, ContributeForm> = {
  lesson: {
    // Follow-up outcomes and the showcase are an editor's too.
    fields: fieldsOf(
      lessonSchema,
      new Set([...EDITOR, 'revisited', 'featured', 'actions.status', 'actions.outcome']),
    ),
    body: LESSON_BODY,
  },
  pattern: {
    // A proposal starts at the lowest confidence (entry-file.ts); evidence raises it, and relations are typed in review.
    fields: fieldsOf(patternSchema, new Set([...EDITOR, 'confidence', 'relations'])),
    body: PATTERN_BODY,
  },
  trap: {
    fields: fieldsOf(trapSchema, new Set(EDITOR)),
    body: TRAP_BODY,
  },
};
