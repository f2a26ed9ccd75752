/** A form's values, shaped like the entry its fields come from: empty to start, and cleaned of what was left blank. */
import type { Field } from '../../schemas/form-model.ts';

/** What one field holds while a person types: text, a tick, chosen ids, a group's values or a list of them. */
export type Value = string | boolean | string[] | Values | Values[];
/** The values of a group of fields, by key. */
export interface Values {
  [key: string]: Value;
}

/** A field's value before anything is typed. */
export function emptyValue(field: Field): Value {
  switch (field.kind) {
    case 'flag':
      return false;
    case 'entries':
    case 'choices':
      return [];
    case 'list':
      // One item to fill in, as `npm run new` writes one action; it can be removed.
      return [emptyValues(field.fields)];
    case 'group':
      return emptyValues(field.fields);
    default:
      return '';
  }
}

/** The values of a set of fields before anything is typed. */
export function emptyValues(fields: readonly Field[]): Values {
  return Object.fromEntries(fields.map((field) => [field.key, emptyValue(field)]));
}

const isBlank = (value: Value): boolean =>
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isBlank));

/** The values as entry data: text trimmed, `lines` split, blank optional fields left out (a blank required one stays, for the schema to name). */
export function cleanValues(fields: readonly Field[], values: Values): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key] ?? emptyValue(field);
    if (field.optional && isBlank(value)) continue;
    data[field.key] = cleanValue(field, value);
  }
  return data;
}

function cleanValue(field: Field, value: Value): unknown {
  switch (field.kind) {
    case 'group':
      return cleanValues(field.fields, value as Values);
    case 'list':
      return (value as Values[]).map((item) => cleanValues(field.fields, item));
    case 'lines':
      return linesOf(String(value));
    case 'text':
    case 'date':
    case 'choice':
    case 'entry':
      return String(value).trim();
    default:
      return value;
  }
}

// A line typed as a Markdown list item ("- sign", "* sign", "1. sign", "• sign"): the page prints its own marker.
const LIST_MARKER = /^(?:[-*+•]|\d+[.)])\s+/;

/** A one-a-line field's items: trimmed, blank lines dropped, and a Markdown list marker typed before one removed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(LIST_MARKER, '').trim())
    .filter(Boolean);
}
