import { CHECKLIST_ID } from './problems.ts';

interface Props {
  /** The pull-request template's sanitization checklist, one Markdown line per item. */
  items: string[];
  ticked: boolean[];
  onTick: (index: number, checked: boolean) => void;
}

// `**bold**` and `code` in a checklist line, as React elements: the template's only Markdown.
function inline(markdown: string) {
  return markdown
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .map((part, i) =>
      part.startsWith('**') ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : part.startsWith('`') ? (
        <code key={i}>{part.slice(1, -1)}</code>
      ) : (
        part
      ),
    );
}

/** The pull request's checklist, each item ticked by the person once they have checked it. */
export function Checklist({ items, ticked, onTick }: Props) {
  return (
    <fieldset className="field contribute__checklist" id={CHECKLIST_ID}>
      <legend>Before you send: the pull request’s checklist</legend>
      <p className="field__hint">
        The page will be public and permanent. Tick each box once you have checked it yourself.
      </p>
      {items.map((item, i) => (
        <div className="choice" key={item}>
          <input
            type="checkbox"
            id={`checklist-${i}`}
            checked={ticked[i] ?? false}
            onChange={(e) => onTick(i, e.currentTarget.checked)}
          />
          <label htmlFor={`checklist-${i}`}>{inline(item)}</label>
        </div>
      ))}
    </fieldset>
  );
}
