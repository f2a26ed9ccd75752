import { useRef, type ReactNode } from 'react';
import { controlId } from './control-id.ts';
import type { Field } from '../../schemas/form-model.ts';
import type { Value } from './form-values.ts';
import type { FieldContext } from './field-context.ts';
import { wordingOf } from './wording.ts';

// The hint a field's schema limits call for, after its own wording.
function limitsHint(field: Field): string | undefined {
  if (field.kind === 'text' && field.min !== undefined && field.min > 1)
    return field.max
      ? `${field.min} to ${field.max} characters.`
      : `At least ${field.min} characters.`;
  if ((field.kind === 'entries' || field.kind === 'choices') && field.min !== undefined)
    return field.max ? `Choose ${field.min} to ${field.max}.` : `Choose at least ${field.min}.`;
  return undefined;
}

const schemaPath = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/**
 * A field's control id, words, hint and findings, and its two events: `type` for text typed in it and `leave`
 * when focus leaves it. Only a field the person typed in is judged when they leave it: tabbing through must not
 * grow messages under fields, moving the control they are about to click.
 */
export function useField(
  field: Field,
  path: string,
  onChange: (value: Value) => void,
  context: FieldContext,
) {
  const typed = useRef(false);
  const type = (text: string) => {
    typed.current = true;
    onChange(text);
  };
  const leave = () => {
    if (typed.current) context.leave(path);
  };
  const id = controlId(path);
  const wording = wordingOf(schemaPath(path), field.key, context.kind);
  const hint = [wording.hint, limitsHint(field)].filter(Boolean).join(' ');
  const findings = context.messagesAt(path);
  const described = [hint && `${id}-hint`, findings.length > 0 && `${id}-findings`]
    .filter(Boolean)
    .join(' ');
  const aria = {
    'aria-invalid': findings.length > 0 ? (true as const) : undefined,
    'aria-describedby': described || undefined,
  };
  const optional = field.optional && field.kind !== 'list' ? ' (optional)' : '';
  return { id, wording, hint, findings, aria, optional, type, leave };
}

/** What a field's control is drawn with: its id, words and events, and its label, hint and findings drawn. */
export type FieldParts = ReturnType<typeof useField> & {
  label: ReactNode;
  hintText: ReactNode;
  after: ReactNode;
};
