/**
 * What the contribute form says about an answer that needs fixing, in plain words written for that field (GOV.UK's
 * error-message pattern): read off the field's schema limits and its wording, never the validator's own words.
 */
import type { Field } from '../../schemas/form-model.ts';
import type { Value, Values } from './form-values.ts';
import { wordingOf } from './wording.ts';
import type { Finding } from '../../check/types.ts';

/** A field of a form by its value path (`actions.0.what`), with the wording of its schema path. */
export function fieldAt(fields: readonly Field[], path: string): Field | undefined {
  const [key, ...rest] = path.split('.');
  const field = fields.find((f) => f.key === key);
  if (!field || rest.length === 0) return field;
  if (field.kind === 'group') return fieldAt(field.fields, rest.join('.'));
  if (field.kind === 'list') return fieldAt(field.fields, rest.slice(1).join('.'));
  return undefined;
}

/** The value at a path (`actions.0.what`) of a form's values. */
export function valueAt(values: Values, path: string): Value | undefined {
  let at: Value | undefined = values;
  for (const key of path.split('.')) {
    if (at === undefined || typeof at !== 'object') return undefined;
    at = Array.isArray(at) ? (at as Values[])[Number(key)] : (at as Values)[key];
  }
  return at;
}

const schemaPath = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');
const quoted = (label: string) => `“${label.replace(/…/g, '').trim()}”`;
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// The schema's verdict on a field, said from what the field holds and the limits the schema sets.
function schemaMessage(field: Field, path: string, value: Value | undefined, kind: string): string {
  const wording = wordingOf(schemaPath(path), field.key, kind);
  const name = quoted(wording.label);
  switch (field.kind) {
    case 'text': {
      const text = String(value ?? '').trim();
      if (!text) return wording.missing ?? `Enter ${name}`;
      if (field.min !== undefined && text.length < field.min)
        return `${name} must be ${count(field.min, 'character')} or more`;
      if (field.max !== undefined && text.length > field.max)
        return `${name} must be ${count(field.max, 'character')} or fewer`;
      return `Check ${name}: it cannot be published as it is`;
    }
    case 'date':
      return String(value ?? '').trim()
        ? `Enter ${name} as a real date`
        : (wording.missing ?? `Enter ${name}`);
    case 'choice':
    case 'entry':
      return wording.missing ?? `Choose ${name}`;
    case 'entries':
    case 'choices': {
      const chosen = Array.isArray(value) ? value.length : 0;
      if (field.max !== undefined && chosen > field.max)
        return `Choose no more than ${field.max} for ${name}`;
      return wording.missing ?? `Choose at least ${field.min ?? 1} for ${name}`;
    }
    case 'lines': {
      const lines = String(value ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (field.itemMin !== undefined && lines.some((l) => l.length < field.itemMin!))
        return `Each line of ${name} must be ${count(field.itemMin, 'character')} or more`;
      return (
        wording.missing ??
        `Write at least ${field.min ?? 1} ${count(field.min ?? 1, 'line').replace(/^\d+ /, '')} in ${name}, one a line`
      );
    }
    default:
      return wording.missing ?? `Fill in ${name}`;
  }
}

/**
 * The message for one finding on a field: the schema's in words written for the field; another rule's (an
 * e-mail address, a blaming phrase, a secret) as that rule words it for a person, without its rule id.
 */
export function messageFor(
  fields: readonly Field[],
  values: Values,
  path: string,
  finding: Finding,
  kind: string,
): string {
  const field = fieldAt(fields, path);
  const value = valueAt(values, path);
  // A field left empty is said to be empty, whichever rule noticed (the file holds the template's guidance there).
  const empty = value === undefined || (typeof value === 'string' && !value.trim());
  if (field && (finding.rule === 'schema' || empty)) return schemaMessage(field, path, value, kind);
  // A rule's message names the field first ("`summary`: …"), which the place it is shown already says.
  return finding.message.replace(/^`[^`]+`:\s+/, '');
}
