import { ChoiceField, EntryField, FlagField } from './ChoiceFields.tsx';
import { EntriesField } from './EntriesField.tsx';
import type { FieldContext } from './field-context.ts';
import { Findings } from './Findings.tsx';
import type { Field } from '../../schemas/form-model.ts';
import { emptyValues, type Value, type Values } from './form-values.ts';
import { LinesField, TextField } from './TextFields.tsx';
import { useField, type FieldParts } from './useField.ts';
import { itemLabel } from './wording.ts';

interface Props {
  field: Field;
  /** The field's place in the values (`actions.0.what`). */
  path: string;
  value: Value;
  onChange: (value: Value) => void;
  context: FieldContext;
}

/** One field of a schema-driven form, with its hint and the findings about it. */
export function FormField({ field, path, value, onChange, context }: Props) {
  const base = useField(field, path, onChange, context);
  const { id, wording, hint } = base;
  const parts: FieldParts = {
    ...base,
    label: (
      <label htmlFor={id}>
        {wording.label}
        {base.optional}
      </label>
    ),
    hintText: hint ? (
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    ) : null,
    after: <Findings id={`${id}-findings`} messages={base.findings} />,
  };
  // A choice is judged as soon as it is made.
  const pick = (next: Value) => {
    onChange(next);
    context.leave(path);
  };

  switch (field.kind) {
    case 'text':
    case 'date':
      return <TextField field={field} value={String(value)} parts={parts} />;
    case 'flag':
      return <FlagField field={field} value={value} pick={pick} parts={parts} />;
    case 'lines':
      return <LinesField value={String(value)} parts={parts} />;
    case 'entry':
      return (
        <EntryField
          field={field}
          value={value}
          pick={pick}
          parts={parts}
          choices={context.choices[field.collection] ?? []}
        />
      );
    case 'choice':
      return <ChoiceField field={field} value={value} pick={pick} parts={parts} />;
    case 'entries':
    case 'choices':
      return (
        <EntriesField
          id={id}
          label={`${wording.label}${base.optional}`}
          hint={parts.hintText}
          aria={base.aria}
          choices={
            field.kind === 'entries'
              ? (context.choices[field.collection] ?? [])
              : field.options.map((o) => ({ value: o.value, label: o.label }))
          }
          selected={value as string[]}
          onChange={pick}
          after={parts.after}
        />
      );
    case 'group':
      return (
        <GroupField
          field={field}
          path={path}
          value={value as Values}
          onChange={onChange}
          context={context}
          parts={parts}
        />
      );
    case 'list':
      return (
        <ListField
          field={field}
          path={path}
          items={value as Values[]}
          onChange={onChange}
          context={context}
          parts={parts}
        />
      );
  }
}

interface HolderProps<Kind extends 'group' | 'list'> {
  field: Extract<Field, { kind: Kind }>;
  path: string;
  onChange: (value: Value) => void;
  context: FieldContext;
  parts: FieldParts;
}

/** Fields that belong together (the four questions), under one legend. */
function GroupField({
  field,
  path,
  value,
  onChange,
  context,
  parts,
}: HolderProps<'group'> & { value: Values }) {
  return (
    <fieldset className="field field--group" id={parts.id}>
      <legend>{parts.wording.label}</legend>
      {parts.hintText}
      {field.fields.map((inner) => (
        <FormField
          key={inner.key}
          field={inner}
          path={`${path}.${inner.key}`}
          value={value[inner.key] ?? ''}
          onChange={(v) => onChange({ ...value, [inner.key]: v })}
          context={context}
        />
      ))}
      {parts.after}
    </fieldset>
  );
}

/** Items of the same fields (actions), added and removed by the person. */
function ListField({
  field,
  path,
  items,
  onChange,
  context,
  parts,
}: HolderProps<'list'> & { items: Values[] }) {
  const label = parts.wording.label;
  const set = (index: number, item: Values) =>
    onChange(items.map((old, i) => (i === index ? item : old)));
  return (
    <fieldset className="field field--list" id={parts.id}>
      <legend>{label}</legend>
      {parts.hintText}
      {items.length === 0 && <p className="field__hint">None yet.</p>}
      {items.map((item, index) => {
        const itemPath = `${path}.${index}`;
        const name = itemLabel(label, index);
        return (
          // Items have no identity but their place; removing one re-renders those after it.
          <fieldset className="field__item" key={index}>
            <legend>{name}</legend>
            {field.fields.map((inner) => (
              <FormField
                key={inner.key}
                field={inner}
                path={`${itemPath}.${inner.key}`}
                value={item[inner.key] ?? ''}
                onChange={(v) => set(index, { ...item, [inner.key]: v })}
                context={context}
              />
            ))}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove {name.toLowerCase()}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange([...items, emptyValues(field.fields)])}
      >
        Add {itemLabel(label, items.length).replace(/ \d+$/, '').toLowerCase()}
      </button>
      {parts.after}
    </fieldset>
  );
}
