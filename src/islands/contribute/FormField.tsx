import { useId, useRef, useState, type ReactNode } from 'react';
import type { Field } from './form-model.ts';
import { emptyValues, type Value, type Values } from './form-values.ts';
import { itemLabel, wordingOf } from './wording.ts';

/** An entry of the library to pick, by id. */
export interface Choice {
  value: string;
  label: string;
}

/** What every field of the form is handed besides its own schema field and value. */
export interface FieldContext {
  /** The kind of entry the form writes, for its wording. */
  kind: string;
  /** The library's entries by collection. */
  choices: Record<string, Choice[]>;
  /** The messages to show beside the field at a path (`actions.0.what`): none until the person has left it or sent. */
  messagesAt: (path: string) => string[];
  /** Marks a field as left, so its findings show. */
  leave: (path: string) => void;
}

interface Props {
  field: Field;
  /** The field's place in the values (`actions.0.what`). */
  path: string;
  value: Value;
  onChange: (value: Value) => void;
  context: FieldContext;
}

/** The DOM id of a field's control, from its path: what an error summary links to. */
export const controlId = (path: string) => `field-${path.replace(/\./g, '-')}`;

/** What needs fixing in a field, under its label as GOV.UK places an error message: "Error:" for screen readers. */
export function Findings({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field__findings" id={id}>
      {messages.map((message) => (
        <li key={message}>
          <span className="visually-hidden">Error: </span>
          {message}
        </li>
      ))}
    </ul>
  );
}

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

/** One field of a schema-driven form, with its hint and the findings about it. */
export function FormField({ field, path, value, onChange, context }: Props) {
  // Only a field the person typed in is judged when they leave it: tabbing through must not grow messages
  // under fields, moving the control they are about to click.
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
  const label = (
    <label htmlFor={id}>
      {wording.label}
      {optional}
    </label>
  );
  const hintText = hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
  const after = <Findings id={`${id}-findings`} messages={findings} />;

  switch (field.kind) {
    case 'text':
    case 'date': {
      const common = {
        id,
        value: String(value),
        onChange: (e: { currentTarget: { value: string } }) => type(e.currentTarget.value),
        onBlur: leave,
        ...aria,
      };
      return (
        <div className="field">
          {label}
          {hintText}
          {field.kind === 'date' ? (
            <input type="date" {...common} />
          ) : field.long ? (
            <textarea rows={3} {...common} />
          ) : (
            <input type="text" {...common} />
          )}
          {after}
        </div>
      );
    }
    case 'flag':
      return (
        <div className="field field--flag">
          <input
            type="checkbox"
            id={id}
            checked={value === true}
            onChange={(e) => {
              onChange(e.currentTarget.checked);
              context.leave(path);
            }}
            {...aria}
          />
          <label htmlFor={id}>{wording.label}</label>
          {hintText}
          {after}
        </div>
      );
    case 'lines':
      return (
        <div className="field">
          {label}
          <p className="field__hint" id={`${id}-hint`}>
            {[wording.hint, 'One a line.'].filter(Boolean).join(' ')}
          </p>
          <textarea
            id={id}
            rows={3}
            value={String(value)}
            onChange={(e) => type(e.currentTarget.value)}
            onBlur={leave}
            {...aria}
            aria-describedby={`${id}-hint${findings.length ? ` ${id}-findings` : ''}`}
          />
          {after}
        </div>
      );
    case 'entry': {
      const choices = context.choices[field.collection] ?? [];
      return (
        <div className="field">
          {label}
          {hintText}
          <select
            id={id}
            value={String(value)}
            onChange={(e) => {
              onChange(e.currentTarget.value);
              context.leave(path);
            }}
            {...aria}
          >
            <option value="">{field.optional ? 'None' : 'Choose one'}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {after}
        </div>
      );
    }
    case 'choice':
      return (
        <fieldset className="field field--choice" id={id} {...aria}>
          <legend>
            {wording.label}
            {optional}
          </legend>
          {hintText}
          {field.options.map((option) => (
            <div className="choice" key={option.value}>
              <input
                type="radio"
                id={`${id}-${option.value}`}
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => {
                  onChange(option.value);
                  context.leave(path);
                }}
              />
              <label htmlFor={`${id}-${option.value}`}>
                {option.label}
                {option.meaning && <span className="choice__meaning"> {option.meaning}</span>}
              </label>
            </div>
          ))}
          {after}
        </fieldset>
      );
    case 'entries':
    case 'choices':
      return (
        <EntriesField
          id={id}
          label={`${wording.label}${optional}`}
          hint={hintText}
          aria={aria}
          choices={
            field.kind === 'entries'
              ? (context.choices[field.collection] ?? [])
              : field.options.map((o) => ({ value: o.value, label: o.label }))
          }
          selected={value as string[]}
          onChange={(ids) => {
            onChange(ids);
            context.leave(path);
          }}
          after={after}
        />
      );
    case 'group':
      return (
        <fieldset className="field field--group" id={id}>
          <legend>{wording.label}</legend>
          {hintText}
          {field.fields.map((inner) => (
            <FormField
              key={inner.key}
              field={inner}
              path={`${path}.${inner.key}`}
              value={(value as Values)[inner.key] ?? ''}
              onChange={(v) => onChange({ ...(value as Values), [inner.key]: v })}
              context={context}
            />
          ))}
          {after}
        </fieldset>
      );
    case 'list': {
      const items = value as Values[];
      const set = (index: number, item: Values) =>
        onChange(items.map((old, i) => (i === index ? item : old)));
      return (
        <fieldset className="field field--list" id={id}>
          <legend>{wording.label}</legend>
          {hintText}
          {items.length === 0 && <p className="field__hint">None yet.</p>}
          {items.map((item, index) => {
            const itemPath = `${path}.${index}`;
            const name = itemLabel(wording.label, index);
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
            Add {itemLabel(wording.label, items.length).replace(/ \d+$/, '').toLowerCase()}
          </button>
          {after}
        </fieldset>
      );
    }
  }
}

interface EntriesProps {
  id: string;
  label: string;
  hint: ReactNode;
  aria: Record<string, unknown>;
  choices: Choice[];
  selected: string[];
  onChange: (ids: string[]) => void;
  after: ReactNode;
}

// A library can hold hundreds of tags: past a screenful of choices, a filter box narrows them.
const FILTER_FROM = 8;

/** Several entries of the library, ticked from a list that a filter box narrows; the ticked ones stay in view. */
function EntriesField({ id, label, hint, aria, choices, selected, onChange, after }: EntriesProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shownChoices = choices.filter(
    (c) =>
      selected.includes(c.value) ||
      words.every((w) => `${c.label} ${c.value}`.toLowerCase().includes(w)),
  );
  return (
    <fieldset className="field field--entries" id={id} {...aria}>
      <legend>{label}</legend>
      {hint}
      {choices.length > FILTER_FROM && (
        <div className="entries__filter">
          <label htmlFor={filterId}>Filter</label>
          <input
            type="search"
            id={filterId}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
      )}
      <ul className="entries">
        {shownChoices.map((c) => (
          <li key={c.value}>
            <input
              type="checkbox"
              id={`${id}-${c.value}`}
              checked={selected.includes(c.value)}
              onChange={(e) =>
                onChange(
                  e.currentTarget.checked
                    ? [...selected, c.value]
                    : selected.filter((v) => v !== c.value),
                )
              }
            />
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
          </li>
        ))}
      </ul>
      {after}
    </fieldset>
  );
}
