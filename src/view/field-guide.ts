/**
 * What each field of an entry takes, in words, read off its schema (src/schemas/form-model.ts): the scaffolder's
 * templates list the fields they leave out with it, and CONTRIBUTING.md's field reference is generated from it, so
 * a field or a value added to a schema reaches both without anyone restating it.
 */
import { fieldsOf, type Field, type Option } from '../schemas/form-model.ts';
import { schemas, sourcePath, type CollectionName } from '../schemas/index.ts';

const NONE = new Set<string>();

const singular = (collection: string) => collection.replace(/s$/, '');
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
// Where a collection's ids come from: its folder, or its one file (tags.yaml).
const source = (collection: string) => {
  const path = sourcePath(collection as CollectionName);
  return path.includes('.') ? `content/${path}` : `content/${path}/`;
};

const optionList = (options: readonly Option[]) =>
  options.map(({ value, label }) => (label === value ? value : `${value} (${label})`)).join(', ');

function sizes(min: number | undefined, max: number | undefined, unit: string): string {
  const of = (n: number) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
  if (min !== undefined && max !== undefined) return `, ${min} to ${of(max)}`;
  if (min !== undefined) return `, at least ${of(min)}`;
  if (max !== undefined) return `, at most ${of(max)}`;
  return '';
}

/** What one field takes, in a phrase: "text, at most 120 characters", "one of: …", "a list of pattern ids". */
export function takes(field: Field): string {
  switch (field.kind) {
    case 'text':
      return `text${sizes(field.min, field.max, 'characters')}`;
    case 'date':
      return 'a date, YYYY-MM-DD';
    case 'flag':
      return 'true or false';
    case 'choice':
      return `one of ${optionList(field.options)}`;
    case 'entry':
      return `the id of ${withArticle(singular(field.collection))} (${source(field.collection)})`;
    case 'entries':
      return `a list of ${singular(field.collection)} ids (${source(field.collection)})${sizes(field.min, field.max, 'ids')}`;
    case 'choices':
      return `a list of ${optionList(field.options)}${sizes(field.min, field.max, 'values')}`;
    case 'lines':
      return field.slugs
        ? 'a list of former slugs (lowercase words joined by hyphens), each kept as a redirect'
        : `a list of short lines${sizes(field.min, field.max, 'lines')}`;
    case 'group':
      return `fields of its own: ${parts(field.fields)}`;
    case 'list':
      return `a list of items, each with ${parts(field.fields)}`;
  }
}

const parts = (fields: readonly Field[]): string =>
  fields.map((f) => `\`${f.key}\`${f.optional ? ' (optional)' : ''}: ${takes(f)}`).join('; ');

/** Every field of a collection's entries, in schema order. */
export const fieldsOfCollection = (collection: CollectionName): Field[] =>
  fieldsOf(schemas[collection], NONE);

/**
 * YAML comment lines naming each field of `collection` that a template's frontmatter (`written`) leaves out, with
 * what it takes: the optional fields a contributor may add.
 */
export function leftOutFields(collection: CollectionName, written: string): string[] {
  const present = new Set(
    [...written.matchAll(/^(?:# )?([a-z_]+):/gm)].map((match) => match[1] ?? ''),
  );
  const missing = fieldsOfCollection(collection).filter((field) => !present.has(field.key));
  if (missing.length === 0) return [];
  return [
    '# Optional fields you may add (from the schema):',
    ...missing.map((field) => `# ${field.key}: ${takes(field)}`),
  ];
}

/** CONTRIBUTING.md's field reference: one table per collection, every field with what it takes. */
export function fieldReference(): string {
  return (Object.keys(schemas) as CollectionName[])
    .map((collection) =>
      [
        `#### ${collection}`,
        '',
        '| field | required | takes |',
        '| --- | --- | --- |',
        ...fieldsOfCollection(collection).map(
          (field) =>
            `| ${field.key} | ${field.optional ? 'no' : 'yes'} | ${takes(field).replace(/\|/g, '\\|')} |`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** One field of a collection and what it takes, as a template's comment says it: "title: text, 3 to 120 characters". */
export function fieldNote(collection: CollectionName, key: string): string {
  const field = fieldsOfCollection(collection).find((f) => f.key === key);
  return field ? `${key}: ${takes(field)}` : key;
}
