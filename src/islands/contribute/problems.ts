/** The error summary's lines: everything still to do before the entry can be sent, in the form's order. */
import type { EntryCheck } from './entry-check.ts';
import type { Field } from '../../schemas/form-model.ts';
import { controlId } from './control-id.ts';
import { plural } from './kind-words.ts';

/** One line of the error summary: what to fix, and the control it links to. */
export interface Problem {
  href: string;
  message: string;
}

/** The anchor of the checklist, which the error summary links to. */
export const CHECKLIST_ID = 'checklist';

interface Options {
  fields: Field[];
  /** The body's name, which its lines start with. */
  bodyName: string;
  /** The messages for a field's path, as the form words them. */
  messagesOf: (path: string) => string[];
  checklistLength: number;
  unticked: number;
}

/** Each field's messages (the body last), the file's findings that belong to no field, then the checklist. */
export function problemsOf(check: EntryCheck | undefined, options: Options): Problem[] {
  if (!check) return [];
  const { fields, bodyName, messagesOf, checklistLength, unticked } = options;
  const order = (path: string) => {
    const at = fields.findIndex((f) => f.key === path.split('.')[0]);
    return at === -1 ? fields.length : at;
  };
  return [
    ...Object.keys(check.byField)
      .sort((a, b) => order(a) - order(b))
      .flatMap((path) =>
        messagesOf(path).map((message) => ({
          href: `#${controlId(path)}`,
          message: path === 'body' ? `${bodyName}: ${message}` : message,
        })),
      ),
    ...check.elsewhere.map((f) => ({
      href: `#${controlId('body')}`,
      message: `Line ${f.line} of the file: ${f.message}`,
    })),
    ...(unticked > 0
      ? [
          {
            href: `#${CHECKLIST_ID}`,
            message: `Tick ${unticked === checklistLength ? 'each item of' : `the ${plural(unticked, 'item')} left on`} the checklist once you have checked it yourself`,
          },
        ]
      : []),
  ];
}

/** How many answers the check asks to give or fix: each field with findings, and the file's other findings as one. */
export const answersToFix = (check: EntryCheck | undefined) =>
  check ? Object.keys(check.byField).length + (check.elsewhere.length > 0 ? 1 : 0) : 0;
