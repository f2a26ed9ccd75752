import type { Field } from '../../schemas/form-model.ts';
import type { FieldParts } from './useField.ts';

interface Props {
  field: Extract<Field, { kind: 'text' | 'date' }>;
  value: string;
  parts: FieldParts;
}

/** A line of text, a paragraph or a date. */
export function TextField({ field, value, parts }: Props) {
  const { id, aria, type, leave } = parts;
  const common = {
    id,
    value,
    onChange: (e: { currentTarget: { value: string } }) => type(e.currentTarget.value),
    onBlur: leave,
    ...aria,
  };
  return (
    <div className="field">
      {parts.label}
      {parts.hintText}
      {field.kind === 'date' ? (
        <input type="date" {...common} />
      ) : field.long ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" {...common} />
      )}
      {parts.after}
    </div>
  );
}

/** Several short values, one a line (warning signs). */
export function LinesField({ value, parts }: { value: string; parts: FieldParts }) {
  const { id, aria, findings } = parts;
  return (
    <div className="field">
      {parts.label}
      <p className="field__hint" id={`${id}-hint`}>
        {[parts.wording.hint, 'One a line.'].filter(Boolean).join(' ')}
      </p>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(e) => parts.type(e.currentTarget.value)}
        onBlur={parts.leave}
        {...aria}
        aria-describedby={`${id}-hint${findings.length ? ` ${id}-findings` : ''}`}
      />
      {parts.after}
    </div>
  );
}
