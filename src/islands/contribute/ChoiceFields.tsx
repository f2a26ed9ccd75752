import type { Choice } from './field-context.ts';
import type { Field } from '../../schemas/form-model.ts';
import type { Value } from './form-values.ts';
import type { FieldParts } from './useField.ts';

interface Props<Kind extends Field['kind']> {
  field: Extract<Field, { kind: Kind }>;
  value: Value;
  /** Called with the new value; a pick is judged at once, as leaving a typed field is. */
  pick: (value: Value) => void;
  parts: FieldParts;
}

/** A yes or no, as one checkbox. */
export function FlagField({ value, pick, parts }: Props<'flag'>) {
  return (
    <div className="field field--flag">
      <input
        type="checkbox"
        id={parts.id}
        checked={value === true}
        onChange={(e) => pick(e.currentTarget.checked)}
        {...parts.aria}
      />
      <label htmlFor={parts.id}>{parts.wording.label}</label>
      {parts.hintText}
      {parts.after}
    </div>
  );
}

/** One entry of the library, from a list. */
export function EntryField({
  field,
  value,
  pick,
  parts,
  choices,
}: Props<'entry'> & { choices: Choice[] }) {
  return (
    <div className="field">
      {parts.label}
      {parts.hintText}
      <select
        id={parts.id}
        value={String(value)}
        onChange={(e) => pick(e.currentTarget.value)}
        {...parts.aria}
      >
        <option value="">{field.optional ? 'None' : 'Choose one'}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {parts.after}
    </div>
  );
}

/** One of a few values, as radio buttons with what each means. */
export function ChoiceField({ field, value, pick, parts }: Props<'choice'>) {
  const { id } = parts;
  return (
    <fieldset className="field field--choice" id={id} {...parts.aria}>
      <legend>
        {parts.wording.label}
        {parts.optional}
      </legend>
      {parts.hintText}
      {field.options.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => pick(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>
            {option.label}
            {option.meaning && <span className="choice__meaning"> {option.meaning}</span>}
          </label>
        </div>
      ))}
      {parts.after}
    </fieldset>
  );
}
