import { BodyField } from './BodyField.tsx';
import type { FormSection } from './form-sections.ts';
import type { Values } from './form-values.ts';
import type { FieldContext } from './field-context.ts';
import { FormField } from './FormField.tsx';

interface Props {
  kind: string;
  sections: FormSection[];
  values: Values;
  onChange: (key: string, value: Values[string]) => void;
  /** The body's name: "The story", "The pattern". */
  bodyName: string;
  body: string;
  onBody: (text: string) => void;
  context: FieldContext;
  /** A pattern of the library, for the body's example of a link. */
  examplePattern?: { value: string; label: string } | undefined;
}

/** The form, one numbered step per section; the step without fields is the body's. */
export function EntryForm({
  kind,
  sections,
  values,
  onChange,
  bodyName,
  body,
  onBody,
  context,
  examplePattern,
}: Props) {
  return (
    <form
      className="contribute__form"
      aria-labelledby="form-heading"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="form-heading" className="visually-hidden">
        Your {kind}
      </h2>
      <p className="field__hint">
        Each answer is checked when you leave it, by the same rules as the pull request’s check.
      </p>
      {sections.map((section, i) => (
        <section
          className="form-step"
          id={section.id}
          key={section.id}
          aria-labelledby={`${section.id}-title`}
        >
          <h2 id={`${section.id}-title`}>
            <span className="form-step__number">{i + 1}.</span> {section.title}
          </h2>
          {section.fields.map((field) => (
            <FormField
              key={field.key}
              field={field}
              path={field.key}
              value={values[field.key] ?? ''}
              onChange={(v) => onChange(field.key, v)}
              context={context}
            />
          ))}
          {section.fields.length === 0 && (
            <BodyField
              name={bodyName}
              value={body}
              onChange={onBody}
              onLeave={() => context.leave('body')}
              messages={context.messagesAt('body')}
              examplePattern={examplePattern}
            />
          )}
        </section>
      ))}
    </form>
  );
}
