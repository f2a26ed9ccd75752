/**
 * A form read off a Zod object schema: one field per schema field, in schema order, each with the kind of
 * control its type calls for and the limits the schema sets. A field added to the schema appears in the form
 * without a line of form code; `skip` leaves out what an editor, not a contributor, fills in.
 */
import { z } from 'astro/zod';
import { isoDate, slug } from './common.ts';
import { referenceTargets } from './reference.ts';
import * as vocabularies from './vocabulary.ts';

/** One value a choice field offers. */
export interface Option {
  value: string;
  label: string;
  meaning?: string;
}

interface FieldBase {
  /** The field's path in the entry (`questions.intended`); list items add their index when rendered. */
  path: string;
  /** The field's key in its object. */
  key: string;
  /** Whether the schema lets it be left out. */
  optional: boolean;
}

/** One field of the form, as its schema type calls for. */
export type Field =
  | (FieldBase & { kind: 'text'; long: boolean; min?: number; max?: number })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'flag' })
  | (FieldBase & { kind: 'choice'; options: Option[] })
  | (FieldBase & { kind: 'entry'; collection: string })
  | (FieldBase & { kind: 'entries'; collection: string; min?: number; max?: number })
  | (FieldBase & { kind: 'choices'; options: Option[]; min?: number; max?: number })
  | (FieldBase & {
      kind: 'lines';
      min?: number;
      max?: number;
      itemMin?: number;
      /** Set when each line is a URL slug (a former slug in `aliases`). */
      slugs?: true;
    })
  | (FieldBase & { kind: 'group'; fields: Field[] })
  | (FieldBase & { kind: 'list'; fields: Field[] });

// A text of at least this many characters, or allowed to run past a line, gets a text area.
const LONG_MIN = 10;
const LONG_MAX = 120;

// Optional and default wrappers say whether a field may be left out, not what it holds.
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
      optional = true;
      inner = inner.unwrap() as z.ZodType;
    } else return { inner, optional };
  }
}

// Every vocabulary of the library, to label an enum by the one whose keys it is made of.
type Vocabulary = Record<string, { label: string; meaning?: string }>;
const VOCABULARIES = (Object.values(vocabularies) as unknown[]).filter(
  (v): v is Vocabulary => typeof v === 'object' && v !== null,
);

function optionsOf(values: string[]): Option[] {
  const vocabulary = VOCABULARIES.find(
    (v) => Object.keys(v).length === values.length && values.every((value) => value in v),
  );
  return values.map((value) => {
    const entry = vocabulary?.[value];
    return {
      value,
      label: entry?.label ?? value,
      ...(entry?.meaning ? { meaning: entry.meaning } : {}),
    };
  });
}

// The length limits a string or array check sets, if any.
function limits(schema: z.ZodType): { min?: number; max?: number } {
  const found: { min?: number; max?: number } = {};
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length' && def.minimum !== undefined) found.min = def.minimum;
    if (def.check === 'max_length' && def.maximum !== undefined) found.max = def.maximum;
  }
  return found;
}

function fieldOf(schema: z.ZodType, key: string, path: string, skip: ReadonlySet<string>): Field {
  const { inner, optional } = unwrap(schema);
  const base = { key, path, optional };
  const collection = referenceTargets.get(inner)?.collection;
  if (collection) return { ...base, kind: 'entry', collection };
  if (inner === isoDate) return { ...base, kind: 'date' };
  if (inner instanceof z.ZodBoolean) return { ...base, kind: 'flag' };
  if (inner instanceof z.ZodEnum)
    return { ...base, kind: 'choice', options: optionsOf(inner.options.map(String)) };
  // A pattern's confidence: a union of literals (1, 2, 3) is a choice as much as an enum is.
  if (
    inner instanceof z.ZodUnion &&
    inner.options.every((option) => option instanceof z.ZodLiteral)
  )
    return {
      ...base,
      kind: 'choice',
      options: optionsOf(
        inner.options.flatMap((option) => [...(option as z.ZodLiteral).values]).map(String),
      ),
    };
  if (inner instanceof z.ZodObject)
    return { ...base, kind: 'group', fields: fieldsOf(inner, skip, `${path}.`) };
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType).inner;
    const target = referenceTargets.get(element)?.collection;
    if (target) return { ...base, kind: 'entries', collection: target, ...limits(inner) };
    if (element instanceof z.ZodEnum)
      return {
        ...base,
        kind: 'choices',
        options: optionsOf(element.options.map(String)),
        ...limits(inner),
      };
    if (element instanceof z.ZodObject)
      return { ...base, kind: 'list', fields: fieldsOf(element, skip, `${path}.`) };
    const itemMin = limits(element).min;
    return {
      ...base,
      kind: 'lines',
      ...(element === slug && { slugs: true as const }),
      ...limits(inner),
      ...(itemMin === undefined ? {} : { itemMin }),
    };
  }
  const { min, max } = limits(inner);
  const long = (min ?? 0) >= LONG_MIN || (max ?? Infinity) > LONG_MAX;
  return {
    ...base,
    kind: 'text',
    long: long && !(max !== undefined && max <= LONG_MAX),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
}

/** The form of an object schema, leaving out the fields whose paths (`actions.status`) are in `skip`. */
export function fieldsOf(schema: z.ZodObject, skip: ReadonlySet<string>, prefix = ''): Field[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([key]) => !skip.has(`${prefix}${key}`))
    .map(([key, field]) => fieldOf(field, key, `${prefix}${key}`, skip));
}
