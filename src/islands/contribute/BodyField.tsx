import { useRef } from 'react';
import { controlId } from './control-id.ts';
import { Findings } from './Findings.tsx';

interface Props {
  /** The body's name: "The story", "The pattern". */
  name: string;
  value: string;
  onChange: (text: string) => void;
  /** Marks the body as left, so its findings show. */
  onLeave: () => void;
  messages: string[];
  /** A pattern of the library being built, so the example link is one that works here. */
  examplePattern?: { value: string; label: string } | undefined;
}

/** The entry's body, in Markdown, under the headings it starts with. */
export function BodyField({ name, value, onChange, onLeave, messages, examplePattern }: Props) {
  // Only a body the person typed in is judged when they leave it.
  const typed = useRef(false);
  const id = controlId('body');
  return (
    <div className="field">
      <label htmlFor={id}>{name}, in Markdown</label>
      <p className="field__hint" id={`${id}-hint`}>
        The headings are in place: write under each, in your own words. Patterns and traps can be
        linked as{' '}
        <code>
          {examplePattern
            ? `[${examplePattern.label}](/patterns/${examplePattern.value}/)`
            : '[Title](/patterns/<slug>/)'}
        </code>
        .
      </p>
      <textarea
        id={id}
        className="contribute__body"
        rows={16}
        value={value}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          typed.current = true;
        }}
        onBlur={() => {
          if (typed.current) onLeave();
        }}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={`${id}-hint${messages.length ? ` ${id}-findings` : ''}`}
      />
      <Findings id={`${id}-findings`} messages={messages} />
    </div>
  );
}
